/**
 * Every TikTok selector Scrollwise relies on, in one place.
 *
 * Why these hooks: TikTok's class names are `css-<hash>-<build>--<Component>` and the hash and build id
 * change on every deploy, so only `data-e2e` values, ids, ARIA and single component-name fragments are
 * used. Each view lists several hooks, strongest first, so one renamed hook does not blind a detector;
 * legacy hooks stay as the last fallbacks.
 *
 * Every hook names its evidence on its line (a unit test checks): the source and date from
 * ../shared/research/tiktok-dom-evidence-2026-11.md (§ = its section), tiktok-dm-evidence-2026-11.md
 * (DM §1) or tiktok-dom-evidence-2026-12.md (2026-12 §, its sources S1–S12), or "fixture only, unconfirmed". A tester with a live account can check them all from the
 * options page ("Check TikTok").
 */

/** A selector list joined for `querySelector`, kept as an array so tests can check each hook alone. */
export type SelectorList = readonly string[];

export const join = (list: SelectorList): string => list.join(',');

export const COMMENTS = {
  /** The list container of every comment layout (video page, For You sidebar, browse modal). */
  list: [
    '[class*="DivCommentListContainer"]', // §2: 5 public sources, 2024-12 → 2026-04
    '[data-e2e="search-comment-container"]', // §2: browse modal, public userscripts 2025–26
    '[class*="DivCommentMain"]', // §2: confirmed 2024–26
    'section[class*="SectionCommentSidebarContainer"]', // legacy: tiktok-dom.md (2024), not seen 2024–26
  ],
  /** One rendered comment. */
  item: [
    '[data-e2e^="comment-level-"]', // §2: confirmed 2024–26 (browsertrix-behaviors 2026-04)
    '[data-e2e^="comment-username-"]', // §2: confirmed 2024–26
    '[class*="DivCommentItemWrapper"]', // §2: confirmed 2024–26
    '[class*="DivCommentObjectWrapper"]', // §2: confirmed 2024–26
    '[class*="DivCommentItemContainer"]', // §2: confirmed 2024–26
    '[data-comment-ui-enabled="true"]', // 2026-12 §2: the browse row, S1 2026-09-19 and 7 scripts (S9)
    '[class*="DivCommentContentContainer"]', // 2026-12 §2: the browse row, S1 2026-09-19
  ],
  /** A comment's "⋯" in its header, where Report lives; shown on hover, so it may have no size. */
  moreTrigger: [
    '[class*="DivMore"][aria-haspopup]', // 2026-12 §2: the drawer's ⋯, S1 2026-09-19
    '[data-e2e="comment-more-icon"]', // 2026-12 §2: the browse row's ⋯, S1 2026-09-19
    '[class*="DivMore"]', // §2: AdNull 2026-01
  ],
  /** The composer: the tip must never cover it. */
  composer: [
    '[data-e2e="comment-input"]', // §2: confirmed 2024–26
    '[class*="DivCommentFooter"]', // §2: confirmed 2024–26
    '[class*="DivBottomCommentContainer"]', // §2: browse modal, public userscripts 2025–26
    '[data-e2e="comment-text"]', // 2026-12 §2: the editor's wrapper, S2 live 2026-09-19
    '[class*="DivCommentBarContainer"]', // 2026-12 §2: the bar around it, S2 live 2026-09-19
    '[class*="DivEnhancedBottomCommentContainer"]', // 2026-12 §2: the search viewer's bar, S2 2026-09
    '[data-e2e="comment-post"]', // 2026-12 §2: the Post button, S2 live 2026-09-19
  ],
  /** The video page's Comments tab; "You may like" shares the tab bar. */
  tab: [
    '#comments', // 2026-12 §S8: a wrapper whose button is the tab (automation clicks it), 2025–26
  ],
  /** The tab bar's mark of the selected tab: a class, not `aria-selected` (2026-12 §S8, two scripts). */
  tabActive: ['[class*="TUXTabBar-itemTitle--active"]', '[class*="TUXTabBar-item--active"]'],
} as const;

export const REPORT = {
  /**
   * The report dialog's form, at every step (a `<form>` while choosing, a `<div>` when done). The 2022 name
   * `FormReport` is gone: a renamed form is still found by its title and rows, or by the fallback layer.
   */
  form: [
    '[data-e2e="report-form"]', // §3: MuchoRio/Tiktok-Report-Bot 2025-08, inside #tux-portal-container
  ],
  /** The dialog's header. */
  title: [
    'h4[data-e2e="report-title"]', // §3: 2025-08
  ],
  /** A reason or sub-reason row. */
  reason: [
    'label[data-e2e="report-card-reason"]', // §3: 2025-08, text in DivReasonText (build 5e6d46e3)
  ],
  /** The step where the teen writes details and submits. */
  submit: [
    'button[class*="ButtonSubmit"]', // §3: build 5e6d46e3
    '[data-e2e="report-form"] > div:last-child button[type="submit"]', // §3: structure, 2025-08
  ],
  /**
   * The last step ("Thanks for reporting" / "Report submitted"). The 2022 names for its title and content
   * are gone: the fallback layer reads the step's own words instead (WORDS.reportDone).
   */
  finished: [
    'button[class*="ButtonFinish"]', // §3: the done step's button, 2025-08
  ],
} as const;

/**
 * A settings tab that names its section (`nav-privacy`, `nav-push`…). Only as a tab: TikTok's own sidebar
 * links carry `nav-foryou`, `nav-explore`… too.
 */
const NAMED_TAB: SelectorList = [
  '[role="tab"][data-e2e^="nav-"]', // §1: public code, build 5e6d46e3
];

export const SETTINGS = {
  /** The tabs' container on `/setting`. */
  nav: [
    '[class*="DivLayoutNav"]', // §1: public code, build 5e6d46e3
    '[class*="DivNavScrollContainer"]', // §1: public code, build 5e6d46e3
  ],
  /** One tab; collected at any depth (they are not direct children of the nav). */
  navItem: [
    ...NAMED_TAB,
    'div[class*="DivNavItem"]', // §1: public code, build 5e6d46e3
    '[role="tab"]', // §1: the items are tabs, build 5e6d46e3
  ],
  namedTab: NAMED_TAB,
  /** A tab's label. */
  navLabel: [
    '[class*="SpanItemContent"]', // §1: public code, build 5e6d46e3
  ],
  /** The tabs Scrollwise has a tip for, by their data-e2e (7 tabs in 2025–26, not 8). */
  privacyTab: [
    '[data-e2e="nav-privacy"]', // §1: public code, build 5e6d46e3
  ],
  screenTimeTab: [
    '[data-e2e="nav-stm"]', // §1: "Screen time", public code, build 5e6d46e3
  ],
  /** "Content preferences": video keywords, never the comment filters (2026-12 §4). */
  contentPreferencesTab: [
    '[data-e2e="nav-keyword-filtering"]', // §1: "Content preferences", public code, build 5e6d46e3
  ],
  /** The scrolling pane with the sections, and a section's heading. */
  content: [
    '[class*="DivContentContainer"]', // fixture only, unconfirmed (the name is also the video modal's comment column, §2)
  ],
  sectionTitle: [
    'h2', // fixture only, unconfirmed
    '[class*="DivSettingTitle"]', // legacy: no 2024–26 source (§1)
  ],
  /** Rows and switches, for "show me" highlights. */
  row: [
    '[class*="tux-list-cell"]', // §1: a Playwright settings helper, ≈2025 (hashed module classes)
  ],
  toggle: [
    '[role="switch"][aria-checked]', // §1: beside "Private account", ≈2025
  ],
  /** A sheet a row opens (the comments audience, the keyword filter editor): tiktok-dom.md §5.1, §5.3. */
  sheet: [
    '[role="dialog"]', // §1: settings pickers open a [role="dialog"], a Playwright settings helper, ≈2025
  ],
} as const;

/**
 * The messages page (`/messages`). Two generations of `data-e2e` ship there: legacy (a saved page of about
 * 2025-05, scripts of 2026-01 → 03) and `dm-new-*` (scripts checked on the live site, 2026-06 → 08); the
 * component names span both. `inbox-*` hooks are the Activity panel, never messages.
 */
export const MESSAGES = {
  /** The conversation list. */
  list: [
    '[data-e2e="dm-new-conversation-list"]', // DM §1: 5 scripts checked on the live site, 2026-06 → 08
    '[class*="MessageDrawerContainer"]', // DM §1: capture 2025-05, Safari_Automations 2026-01, public code → 2026-08
    '[class*="DivConversationListContainer"]', // DM §1: capture 2025-05, Safari_Automations 2026-01
  ],
  /** One conversation row. */
  row: [
    '[data-e2e="dm-new-conversation-item"]', // DM §1: 5 scripts, 2026-06 → 08
    '[data-e2e="chat-list-item"]', // DM §1: legacy, capture 2025-05, Safari_Automations 2026-01 → 03
    '[class*="DivItemWrapper"]', // DM §1: both generations, 2025-05 → 2026-08
    '[data-conv-id]', // 2026-12 §5: S3 2026-09-29, S4 2026-08
    '[id^="more-action-icon-"]', // 2026-12 §5: the whole row's id, spelled right since S6 2026-06-18
    '[id^="more-acton-icon-"]', // 2026-12 §5: the same row, TikTok's old spelling, capture 2025-05
  ],
  /** The chat pane (with no chat open it holds only an icon). */
  chatBox: [
    '[data-e2e="dm-new-chatbox"]', // DM §1: 4 scripts, 2026
    '[class*="DivChatBox"]', // DM §1: legacy, capture 2025-05
    '#main-content-messages', // DM §1: 4 scripts, one on build 5e6d46e3, → 2026-08
  ],
  /** What only an open chat has: its header, its messages. */
  chatOpen: [
    '[data-e2e="dm-new-chat-nickname"]', // DM §1: 4 scripts, 2026-01 → 08
    '[data-e2e="dm-new-message-list"]', // DM §1: 2 scripts, 2026
    '[data-e2e="chat-nickname"]', // DM §1: legacy, Safari_Automations 2026-01
    '[data-e2e="chat-uniqueid"]', // DM §1: both generations, 2026-01 → 08
    '[class*="DivChatMain"]', // DM §1: legacy, Safari_Automations 2026
  ],
  /** The composer and send button: never covered (send renders only after typing). */
  composer: [
    '[data-e2e="dm-new-input-editor"]', // DM §1: 5 scripts, 2026-06 → 08
    '[data-e2e="message-input-area"]', // DM §1: legacy, capture 2025-05
    '[class*="DivChatBottom"]', // DM §1: capture 2025-05, public code 2026
    '[data-e2e="dm-new-chat-bottom"]', // 2026-12 §5: the composer's area, S7 (late 2026, weak)
    '[data-e2e="dm-new-send-btn"]', // DM §1: 5 scripts, 2026
    '[class*="StyledSendButton"]', // 2026-12 §5: S5 2026-04-25
    'svg[aria-label="Send"]', // 2026-12 §5: S4 2026-08, shown after typing (English UI)
    '[data-e2e="message-send"]', // 2026-12 §5: gone since 2026-04 (S5), the last fallback
  ],
  /** A chat's "⋯" menu trigger: never covered. */
  more: [
    '[data-e2e="more-action-icon"]', // DM §1: capture 2025-05, Safari_Automations
    '[data-e2e="conversation-more-action"]', // DM §1: 1 script, 2026-06
  ],
  /** An opened message request: "Accept / Delete / Report this user" in place of the composer. */
  request: [
    '[class*="DivStrangerBox"]', // DM §1: Safari_Automations scripts/tiktok-message-requests.ts and 2 scripts, 2026-01
  ],
} as const;

export const FEED = {
  /** One video of the For You / Following feed; thousands get mounted while scrolling. Each an `article`. */
  item: [
    'article[data-e2e="recommend-list-item-container"]', // §4: sanersocialmedia 2025-11, AdNull 2026-01
  ],
  /**
   * A video's "⋯" (More actions), whose menu (`.TUXPopover-popover--open`) holds "Not interested". Public
   * code found again on 2026-12-05 (7 files) goes article → this button → the open popover → the item.
   */
  more: [
    'button[data-e2e="more-menu-icon"]', // tiktok-dom.md: ≥9 public sources, 2024 → 2026
    '[data-e2e="more-menu-icon"]', // tiktok-dom.md: the same hook on another element, 2024 → 2026
  ],
  /** "Not interested" in that menu; its effect on the feed is UNCONFIRMED (tip-facts.md), so the tip says little. */
  notInterested: [
    '[data-e2e="more-menu-popover_not-interested"]', // tiktok-dom.md; div.TUXMenuItem in 7 public files, 2025–26
  ],
} as const;

/**
 * The tag of every `FEED.item` hook: the feed's look after each scroll reads the page's articles one at a
 * time, as far as the video on screen, not the whole page (utils/views/shared/dom.ts).
 */
export const FEED_ITEM_TAG = 'article';

/**
 * What survives a redesign: roles, ARIA and the page's structure. The hooks above come first; the fallback
 * layer (utils/views/fallback/) reads these only where the hooks find nothing, and the sentinel looks at
 * them to know when to ask it.
 */
export const CUES = {
  /** A dialog or sheet: the report flow, the browse modal, a comment's menu and its confirmation. */
  dialog: [
    '[role="dialog"]', // §3: the report dialog, 2025-08; 2026-12 §2: the ⋯ popover and the delete confirmation, S1 2026-09-19
    '[aria-modal="true"]', // fixture only, unconfirmed
  ],
  /** A place to type: the comment and message composers. */
  textbox: [
    '[contenteditable="true"]', // 2026-12 §2: the comment editor, S2 live 2026-09-19; DM §1: DraftEditor, 2026-08
    '[role="textbox"]', // 2026-12 §2: the same editor, S2 live 2026-09-19
  ],
  /** A nav's or a tab bar's selected item. */
  marked: [
    '[role="tab"][aria-selected="true"]', // §1: the settings tabs, build 5e6d46e3
    '[aria-current]:not([aria-current="false"])', // legacy: tiktok-dom.md (2024), the settings nav's role=button items
  ],
  /** Elements whose class marks a selected tab: a class change on them can open or close a view. */
  tabs: [
    '[role="tab"]', // §1: build 5e6d46e3
    '[class*="TUXTabBar"]', // 2026-12 §2: S8, mid/late 2026
    ...COMMENTS.tab,
  ],
} as const;

/**
 * What the fallback layer and the tip's placement read (the UI file only: the sentinel never needs them).
 */
export const LAYOUT_CUES = {
  /** What a person presses, types into or follows: kept clear of every tip inside a view or an open layer. */
  control: [
    'button', // 2026-12 §2: TUXButton, S1 2026-09-19
    '[role="button"]', // 2026-12 §2: the reply and ⋯ controls, S1 2026-09-19
    'a[href]', // 2026-12 §2: username and avatar links, S1 2026-09-19
    'input', // 2026-12 §4: tux-radio inputs, build 5e6d46e3
    'textarea', // §3: the report's details step, 2025-08
    '[role="textbox"]', // 2026-12 §2: S2 live 2026-09-19
    '[contenteditable="true"]', // 2026-12 §2: S2 live 2026-09-19
    '[role="tab"]', // §1: build 5e6d46e3
    '[role="switch"]', // §1: ≈2025
    '[role="menuitem"]', // fixture only, unconfirmed
  ],
  /** A control that opens a menu (a chat's or a comment's ⋯): kept clear wherever it sits. */
  menuTrigger: [
    '[aria-haspopup]:not([aria-haspopup="false"])', // 2026-12 §2: the comment ⋯, S1 2026-09-19; DM §1: conversation-more-action, 2026-06
  ],
  /** Open layers whose controls are kept clear too, wherever they sit, and the page's navigation. */
  layer: [
    'nav', // §4: the side nav of both real saved pages (2025-07, 2026-02)
    '[role="navigation"]', // fixture only, unconfirmed
    '[role="dialog"]', // §3: 2025-08; 2026-12 §2: S1 2026-09-19
    '[role="menu"]', // fixture only, unconfirmed
    '[role="listbox"]', // fixture only, unconfirmed
  ],
  /** A link to a profile: each comment row has one (its avatar, its username). */
  profileLink: [
    'a[href*="/@"]', // 2026-12 §2: comment-avatar links, S1 2026-09-19
  ],
} as const;

/**
 * TikTok's own words, in the UI languages Scrollwise supports (English and French). In any other language
 * the fallbacks that read words find nothing and say nothing: a missing tip, never a wrong one.
 */
export const WORDS = {
  /** The report dialog's title (§3: "Report", 2025-08; French « Signaler » in our fixtures). */
  reportTitle: /^(report|signaler)\b/,
  /** What only the report's done step says (2026-12 §3: the completion texts an Indonesian bot waits for). */
  reportDone:
    /thanks? for (your |the )?report|report (submitted|received|sent)|merci (pour|de) (ton|votre) signalement|signalement (envoy|reçu)/,
  /** A comment's reply control (2026-12 §2: `comment-reply-1`, S1; French « Répondre »). */
  reply: /^(reply|répondre)$/,
  /** A message request's two answers (DM §1: "Accept / Delete", capture 2025-05). */
  accept: /^(accept|accepter)$/,
  decline: /^(delete|supprimer|decline|refuser)$/,
} as const;

/**
 * TikTok's controls a tip must stay clear of: every button and label of the report dialog and its close
 * button (the dialog as a whole, not a list of names), the comment and message composers, a chat's "⋯",
 * a message request's buttons, the settings tabs and switches. Lists of lists, not one spread list, so
 * that the sentinel, which never reads them, does not build them at start.
 */
export const PROTECTED_CONTROLS: readonly SelectorList[] = [
  [
    '[data-e2e="report-form"] :is(button, label, [role="button"])', // §3 (2025-08): protect the dialog as a whole
    '[role="dialog"] button', // §3 (2025-08): the report dialog's close button has no data-e2e; §2: the browse modal is a dialog
  ],
  COMMENTS.composer,
  MESSAGES.composer,
  MESSAGES.more,
  MESSAGES.request,
  SETTINGS.navItem,
  SETTINGS.toggle,
];

/** Colour-scheme attributes TikTok sets on `<html>` (§4: both real saved pages). */
export const THEME_ATTRIBUTES = ['data-theme', 'data-tux-color-scheme'] as const;

/**
 * Attributes that open and close TikTok's panels and settings sections without adding nodes: a selected
 * tab, a hidden panel, and the class or style change that hides a panel from a stylesheet (§2).
 */
const ARIA_MARKS = ['aria-hidden', 'aria-selected', 'aria-current'] as const;
export const WATCHED_ATTRIBUTES = ['hidden', ...ARIA_MARKS, ...THEME_ATTRIBUTES, 'lang'] as const;
/** Watched too, but only where they touch a view's hooks: they change on most frames of a playing video. */
export const LAYOUT_ATTRIBUTES = ['class', 'style'] as const;

/** Hooks whose appearance can open the report dialog, at any step. */
const REPORT_OPENS: SelectorList = [...REPORT.form, ...REPORT.title, ...REPORT.reason, ...REPORT.finished];
/** Hooks whose appearance can open a settings section. */
const SETTINGS_OPENS: SelectorList = [...SETTINGS.nav, ...SETTINGS.navItem.slice(0, 2)];

/**
 * Each view's hooks, by the view's id (utils/views/<id>.ts): the elements whose appearance can open it. A
 * frame whose changes add none of them is not looked at. Kept here rather than beside each detector so the
 * sentinel's first pass (utils/views/first-pass.ts) carries the hooks and no view's detector.
 */
export const VIEW_HOOKS = {
  'report-sent': REPORT_OPENS,
  'report-self-harm': REPORT_OPENS,
  report: REPORT_OPENS,
  'message-request': MESSAGES.request,
  messages: [...MESSAGES.list, ...MESSAGES.chatOpen, ...MESSAGES.row.slice(0, 2)],
  // A sheet or rows appearing; not the switches, which sit in rows here and in TikTok's player menus elsewhere.
  'comment-filters': [...SETTINGS.sheet, ...SETTINGS.row],
  'privacy-settings': SETTINGS_OPENS,
  'screen-time-settings': SETTINGS_OPENS,
  'content-preferences': SETTINGS_OPENS,
  comments: [...COMMENTS.list, ...COMMENTS.item.slice(0, 2), ...COMMENTS.tab],
  feed: FEED.notInterested,
} satisfies Record<string, SelectorList>;

/** Every group of hooks, by the part of TikTok it belongs to: what the field check counts. */
export const HOOK_GROUPS = { comments: COMMENTS, report: REPORT, settings: SETTINGS, messages: MESSAGES, feed: FEED };
