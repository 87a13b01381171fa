/**
 * Every TikTok selector Scrollwise relies on, in one place.
 *
 * Why these hooks: TikTok's class names are `css-<hash>-<build>--<Component>` and the hash and build id
 * change on every deploy, so only `data-e2e` values, ids, ARIA and single component-name fragments are
 * used (../shared/research/tiktok-dom.md). Each view lists several hooks, strongest first, so one
 * renamed hook does not blind a detector.
 */

/** A selector list joined for `querySelector`, kept as an array so tests can check each hook alone. */
export type SelectorList = readonly string[];

export const join = (list: SelectorList): string => list.join(',');

export const COMMENTS = {
  /** The list container of every comment layout (drawer, feed sidebar, browse modal), 2022→2026. */
  list: [
    '[class*="DivCommentListContainer"]',
    'section[class*="SectionCommentSidebarContainer"]',
    '[class*="DivCommentMain"]',
  ],
  /** One rendered comment; the best hook TikTok has had since 2022. */
  item: [
    '[data-e2e^="comment-level-"]',
    '[data-e2e^="comment-username-"]',
    '[class*="DivCommentItemWrapper"]',
    '[class*="DivCommentContentContainer"]',
    '[class*="DivCommentObjectWrapper"]',
    '[class*="DivCommentItemContainer"]',
  ],
  /** A comment's "⋯" trigger, where Report lives. Hover-gated, so it may have no size until hovered. */
  moreTrigger: [
    '[aria-haspopup="dialog"][class*="DivMore"]',
    '[data-e2e="comment-more-icon"]',
    '[class*="DivMoreContainer"]',
  ],
  /** The composer: the tip must never cover it. */
  composer: [
    '[data-e2e="comment-input"]',
    '[data-e2e="comment-post"]',
    '[class*="DivCommentFooter"]',
    '[class*="DivCommentBarContainer"]',
  ],
} as const;

export const REPORT = {
  /** The report dialog's form, used for every step (a `<form>` while choosing, a `<div>` when done). */
  form: ['[data-e2e="report-form"]', '[class*="FormReport"]'],
  /** A reason or sub-reason row; stable since 2022. */
  reason: ['label[data-e2e="report-card-reason"]'],
  /** The step where the teen writes details and submits. */
  submit: ['button[class*="ButtonSubmit"]', '[class*="DivFooter"] button[type="submit"]'],
  /** The "Thanks for reporting" step. */
  finished: ['[class*="DivFinishTitle"]', 'button[class*="ButtonFinish"]', '[class*="DivFinishContent"]'],
} as const;

export const SETTINGS = {
  /** The settings page shell (no data-e2e exists on /setting). */
  container: ['[class*="DivSettingContainer"]', '[class*="DivLayoutContainer"]'],
  /** The left navigation; its items are not links and the URL never changes when they are clicked. */
  nav: ['[class*="DivLayoutNav"]'],
  navItem: ['[class*="DivNavItem"]', '[role="button"]', '[role="tab"]', 'a', 'li'],
  /** The scrolling pane and its section headings. */
  content: ['[class*="DivContentContainer"]'],
  sectionTitle: ['[class*="DivSettingTitle"]', 'h2'],
  /** Rows and switches, for "show me" highlights. */
  row: ['.tux-list-cell', '[class*="DivSettingItem"]', '[class*="DivSettingRow"]'],
  toggle: ['[role="switch"][aria-checked]'],
} as const;

/**
 * The messages page (`/messages`). Two generations of `data-e2e` ship there: legacy (a saved page of about
 * 2025-05, scripts of 2026-01 → 03) and `dm-new-*` (scripts checked on the live site, 2026-06 → 08); the
 * component names span both. Every list names the newer hook first, then the legacy one, then the
 * component name. ../shared/research/tiktok-dm-evidence-2026-11.md, section 1. `inbox-*` hooks are the
 * Activity panel, never messages.
 */
export const MESSAGES = {
  /** The conversation list. dm-new: 5 scripts, 2026-06 → 08; drawer: the 2025-05 capture and 2 sources. */
  list: [
    '[data-e2e="dm-new-conversation-list"]',
    '[class*="MessageDrawerContainer"]',
    '[class*="DivConversationListContainer"]',
  ],
  /** One conversation row. dm-new: 5 scripts, 2026; legacy: the capture and Safari_Automations, 2025-05 → 2026-03. */
  row: ['[data-e2e="dm-new-conversation-item"]', '[data-e2e="chat-list-item"]', '[class*="DivItemWrapper"]'],
  /** The chat pane (with no chat open it holds only an icon). dm-new: 4 scripts; legacy: the capture. */
  chatBox: ['[data-e2e="dm-new-chatbox"]', '[class*="DivChatBox"]', '#main-content-messages'],
  /** What only an open chat has: its header, its messages. dm-new: 2–4 scripts, 2026; legacy: the capture. */
  chatOpen: [
    '[data-e2e="dm-new-chat-nickname"]',
    '[data-e2e="dm-new-message-list"]',
    '[data-e2e="chat-nickname"]',
    '[data-e2e="chat-uniqueid"]',
    '[class*="DivChatMain"]',
  ],
  /** The composer and send button: never covered. 5 scripts, 2025 → 2026-08 (send renders after typing). */
  composer: [
    '[data-e2e="dm-new-input-editor"]',
    '[data-e2e="message-input-area"]',
    '[class*="DivChatBottom"]',
    '[data-e2e="dm-new-send-btn"]',
    '[data-e2e="message-send"]',
  ],
  /** A chat's "⋯" menu trigger: never covered. The capture (2025-05); conversation-more-action: 1 script, 2026-06. */
  more: ['[data-e2e="more-action-icon"]', '[data-e2e="conversation-more-action"]', '[id^="more-acton-icon-"]'],
  /**
   * An opened message request: in place of the composer, "Accept / Delete / Report this user".
   * Safari_Automations `scripts/tiktok-message-requests.ts` and 2 scripts, 2026-01; its `dm-new` form is unknown.
   */
  request: ['[class*="DivStrangerBox"]'],
} as const;

export const FEED = {
  /** One video of the For You / Following feed; thousands get mounted while scrolling. */
  item: ['article[data-e2e="recommend-list-item-container"]'],
} as const;

/** Dialogs that sit above the page: a tip must stay clear of their buttons. */
export const PROTECTED_CONTROLS: SelectorList = [
  ...REPORT.submit,
  ...REPORT.finished.slice(1, 2),
  '[data-e2e="report-card-cancel"]',
  ...COMMENTS.composer,
  ...MESSAGES.composer,
  ...MESSAGES.more,
  ...MESSAGES.request,
];

/** Colour-scheme attributes TikTok sets on `<html>`. */
export const THEME_ATTRIBUTES = ['data-theme', 'data-tux-color-scheme'] as const;

/** Attributes that open and close TikTok's panels and settings sections without adding nodes. */
export const WATCHED_ATTRIBUTES = [
  'hidden',
  'aria-hidden',
  'aria-current',
  'aria-selected',
  ...THEME_ATTRIBUTES,
  'lang',
] as const;
