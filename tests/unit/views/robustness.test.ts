import { describe, expect, it } from 'vitest';
import { comments } from '@/utils/views/comments';
import { fallback } from '@/utils/views/fallback';
import { commentFiltersByWords, filterToShow } from '@/utils/views/fallback/comment-filters';
import { privacySettings } from '@/utils/views/privacy-settings';
import { detectViews, type ViewId } from '@/utils/views/registry';
import { report } from '@/utils/views/report';
import { reportSent } from '@/utils/views/report-sent';
import { screenTimeSettings } from '@/utils/views/screen-time-settings';
import { isSettingsPage } from '@/utils/views/shared/settings-section';
import type { View } from '@/utils/views/shared/view';

// Markup no fixture shows: other hashes and build ids, other languages, other layouts, decoys.
const page = (body: string, lang = 'en') =>
  new DOMParser().parseFromString(`<!doctype html><html lang="${lang}"><body>${body}</body></html>`, 'text/html');
/** Every element counts as on screen: these cases are about markup; layout has its own tests. */
const shownAll = () => true;
/** A view recognized as on TikTok's page: by its hooks, else by the fallback layer. */
const recognizes = (view: View<ViewId>, url: URL, doc: Document) =>
  view.detect?.(url, doc, shownAll) ?? fallback(view.id, url, doc, shownAll);
const VIDEO = new URL('https://www.tiktok.com/@someone/video/7500000000000000000');
const SETTING = new URL('https://www.tiktok.com/setting?lang=fr');

/** The settings page as the 2025–26 evidence shows it: tabs at some depth, aria-selected on the active one. */
const nav = (labels: string[], active: number, how: 'aria' | 'colour' | 'none' = 'aria', e2e: string[] = []) =>
  `<div class="z-DivSomeNewWrapper"><div class="x-DivLayoutNav"><div class="y-DivNavScrollContainer" role="tablist">${labels
    .map((label, index) => {
      const named = e2e[index] ? ` data-e2e="${e2e[index]}"` : '';
      const selected = how === 'aria' ? ` aria-selected="${index === active}"` : '';
      const colour =
        how === 'colour' ? ` style="color: ${index === active ? 'rgb(254, 44, 85)' : 'rgb(22, 24, 35)'}"` : '';
      return `<div class="n-DivNavItem" role="tab"${named}${selected}${colour}><span class="s-SpanItemContent">${label}</span></div>`;
    })
    .join(
      '',
    )}</div></div><div class="q-DivContentContainer"><section><h2>${labels[active] ?? ''}</h2><div class="tux-list-cell__main__x"><div role="switch" aria-checked="true"></div></div></section></div></div>`;

const SEVEN_E2E = [
  'nav-manage-account',
  'nav-privacy',
  'nav-push',
  'nav-business-account',
  'nav-ads',
  'nav-stm',
  'nav-keyword-filtering',
];
const EIGHT_DE = [
  'Konto verwalten',
  'Datenschutz',
  'Push-Benachrichtigungen',
  'Unternehmensverifizierung',
  'Werbung',
  'Bildschirmzeit',
  'Inhaltseinstellungen',
  'Bedienungshilfen',
];
const EIGHT_UNKNOWN = ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'];

describe('comments detector beyond the fixtures', () => {
  it('matches a new hash, build id and prefix', () => {
    const doc = page(
      '<div class="tiktok-7q2w-0badc0de--DivCommentListContainer e1"><div><span data-e2e="comment-level-1">hey</span></div></div>',
    );
    expect(comments.detect(VIDEO, doc, shownAll)).not.toBeNull();
  });

  it('matches comment rows when every container name has changed', () => {
    const doc = page(
      '<aside class="NewPanel"><div><span data-e2e="comment-level-1">hey</span><a data-e2e="comment-username-1">x</a></div></aside>',
    );
    expect(comments.detect(VIDEO, doc, shownAll)?.tagName).toBe('ASIDE');
  });

  it('ignores a closed panel that TikTok keeps in the DOM but hides', () => {
    for (const hide of ['hidden', 'aria-hidden="true"', 'style="display: none"']) {
      const doc = page(
        `<div ${hide}><div class="a-DivCommentListContainer"><span data-e2e="comment-level-1">hey</span></div></div>`,
      );
      expect(comments.detect(VIDEO, doc, shownAll), hide).toBeNull();
    }
  });

  it('ignores an empty list shell still animating in', () => {
    expect(comments.detect(VIDEO, page('<div class="a-DivCommentListContainer"></div>'))).toBeNull();
  });

  it('works in any UI language because it reads no text', () => {
    const doc = page(
      '<div class="a-DivCommentListContainer"><span data-e2e="comment-level-1">コメント</span></div>',
      'ja',
    );
    expect(comments.detect(VIDEO, doc, shownAll)).not.toBeNull();
  });
});

describe('report detectors beyond the fixtures', () => {
  it('does not take the word Report or Signaler in a caption, a comment or a closed menu for the report dialog', () => {
    const doc = page(`
      <div data-e2e="video-desc">Report this if you agree! Signaler ce compte #report</div>
      <div class="a-DivCommentListContainer"><span data-e2e="comment-level-1">I will report you</span></div>
      <button data-e2e="more-menu-icon" aria-label="Report">…</button>
      <div role="dialog" aria-label="Report"><h4>Report</h4></div>`);
    expect(report.detect(VIDEO, doc, shownAll)).toBeNull();
    expect(reportSent.detect(VIDEO, doc, shownAll)).toBeNull();
    expect(detectViews(VIDEO, doc).map((view) => view.id)).toEqual(['comments']);
  });

  it('recognizes the reason step in French through its hooks', () => {
    const doc = page(
      `<div role="dialog"><form data-e2e="report-form" class="z-FormReport">
      <label data-e2e="report-card-reason"><div>Haine et harcèlement</div></label>
      <label data-e2e="report-card-reason"><div>Spam</div></label></form></div>`,
      'fr',
    );
    expect(report.detect(VIDEO, doc, shownAll)).not.toBeNull();
    expect(reportSent.detect(VIDEO, doc, shownAll)).toBeNull();
  });

  it('finds the dialog through a reason row when the form hook is renamed', () => {
    const doc = page(
      '<div role="dialog"><div class="NewForm"><label data-e2e="report-card-reason">Spam</label></div></div>',
    );
    expect(report.detect(VIDEO, doc, shownAll)).not.toBeNull();
  });

  it('recognizes the last step with no finish hooks by its own words, above the report view', () => {
    const doc = page(
      '<div role="dialog"><div data-e2e="report-form"><div><p>Merci pour ton signalement</p><button>OK</button></div></div></div>',
      'fr',
    );
    expect(reportSent.detect(VIDEO, doc, shownAll)).toBeNull();
    expect(recognizes(reportSent, VIDEO, doc)).not.toBeNull();
    expect(detectViews(VIDEO, doc, shownAll, fallback)[0]?.id).toBe('report-sent');
  });

  it('regression: a step whose one button is a disabled Submit is never the done step', () => {
    const doc = page(
      '<div role="dialog"><div data-e2e="report-form"><h4>Report</h4><div><p>Select a reason</p><button disabled>Submit</button></div></div></div>',
    );
    expect(recognizes(reportSent, VIDEO, doc)).toBeNull();
    expect(detectViews(VIDEO, doc, shownAll, fallback)[0]?.id).toBe('report');
  });

  it('keeps the details step (a text box and Submit) as the report view', () => {
    const doc = page(
      '<form data-e2e="report-form"><textarea></textarea><button class="a-ButtonSubmit">Envoyer</button></form>',
    );
    expect(report.detect(VIDEO, doc, shownAll)).not.toBeNull();
    expect(reportSent.detect(VIDEO, doc, shownAll)).toBeNull();
  });

  it('shows the report tip, not the comments one, when a comment is reported from an open panel', () => {
    const doc = page(`<div class="a-DivCommentListContainer"><span data-e2e="comment-level-1">mean</span></div>
      <div role="dialog"><form data-e2e="report-form"><label data-e2e="report-card-reason">Harassment</label></form></div>`);
    expect(detectViews(VIDEO, doc)[0]?.id).toBe('report');
  });
});

describe('settings detectors beyond the fixtures', () => {
  it('reads the section from a French nav label', () => {
    const labels = [
      'Gérer le compte',
      'Confidentialité',
      'Notifications',
      'Vérification',
      'Publicités',
      'Temps d’écran',
      'Préférences',
      'Accessibilité',
    ];
    expect(recognizes(privacySettings, SETTING, page(nav(labels, 1), 'fr'))).not.toBeNull();
    expect(recognizes(screenTimeSettings, SETTING, page(nav(labels, 5), 'fr'))).not.toBeNull();
    expect(recognizes(privacySettings, SETTING, page(nav(labels, 5), 'fr'))).toBeNull();
  });

  it('reads German labels, and falls back to the position in a language it does not know', () => {
    expect(recognizes(screenTimeSettings, SETTING, page(nav(EIGHT_DE, 5), 'de'))).not.toBeNull();
    expect(recognizes(privacySettings, SETTING, page(nav(EIGHT_UNKNOWN, 1), 'xx'))).not.toBeNull();
    expect(recognizes(screenTimeSettings, SETTING, page(nav(EIGHT_UNKNOWN, 5), 'xx'))).not.toBeNull();
  });

  it('does not guess by position when the nav has changed length', () => {
    expect(recognizes(privacySettings, SETTING, page(nav(EIGHT_UNKNOWN.slice(0, 6), 1), 'xx'))).toBeNull();
  });

  it('finds the active item by its colour when TikTok drops aria-selected', () => {
    expect(recognizes(privacySettings, SETTING, page(nav(EIGHT_DE, 1, 'colour')))).not.toBeNull();
    expect(recognizes(screenTimeSettings, SETTING, page(nav(EIGHT_DE, 5, 'colour')))).not.toBeNull();
  });

  it('reads the tabs by their data-e2e first, whatever their words and position', () => {
    const shuffled = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
    const e2e = [
      'nav-stm',
      'nav-push',
      'nav-privacy',
      'nav-ads',
      'nav-manage-account',
      'nav-business-account',
      'nav-keyword-filtering',
    ];
    expect(recognizes(screenTimeSettings, SETTING, page(nav(shuffled, 0, 'aria', e2e)))).not.toBeNull();
    expect(recognizes(privacySettings, SETTING, page(nav(shuffled, 2, 'aria', e2e)))).not.toBeNull();
    // A tab that names another section is that section, even where Privacy used to be.
    expect(recognizes(privacySettings, SETTING, page(nav(shuffled, 1, 'aria', e2e)))).toBeNull();
  });

  it('knows the 7-tab nav of 2025–26 by position too, as well as the 8-tab one', () => {
    expect(recognizes(privacySettings, SETTING, page(nav(EIGHT_UNKNOWN.slice(0, 7), 1), 'xx'))).not.toBeNull();
    expect(recognizes(screenTimeSettings, SETTING, page(nav(EIGHT_UNKNOWN.slice(0, 7), 5), 'xx'))).not.toBeNull();
  });

  it('follows a deep link only while no tab is selected', () => {
    const deep = new URL('https://www.tiktok.com/setting/privacy/direct-messages');
    const unmarked = page(nav(EIGHT_UNKNOWN.slice(0, 7), -1, 'none'));
    expect(recognizes(privacySettings, deep, unmarked)).not.toBeNull();
    expect(recognizes(screenTimeSettings, new URL('https://www.tiktok.com/setting/privacy'), unmarked)).toBeNull();
  });

  it('regression: after a deep link to privacy, the Screen time tab the teen clicked wins over the URL', () => {
    const deep = new URL('https://www.tiktok.com/setting/privacy');
    const doc = page(nav(EIGHT_UNKNOWN.slice(0, 7), 5, 'aria', SEVEN_E2E));
    expect(recognizes(screenTimeSettings, deep, doc)).not.toBeNull();
    expect(recognizes(privacySettings, deep, doc)).toBeNull();
  });

  it('regression: needs no particular wrapper, only /setting and the tabs', () => {
    const bare = page(
      `<main>${SEVEN_E2E.map((id, index) => `<div role="tab" data-e2e="${id}" aria-selected="${index === 1}">${id}</div>`).join('')}</main>`,
    );
    expect(recognizes(privacySettings, SETTING, bare)).not.toBeNull();
  });

  it('needs the /setting address and its tabs', () => {
    const labels = ['Manage account', 'Privacy', 'C', 'D', 'E', 'Screen time', 'G', 'H'];
    expect(recognizes(privacySettings, VIDEO, page(nav(labels, 1)))).toBeNull();
    expect(recognizes(privacySettings, SETTING, page('<div>Privacy</div>'))).toBeNull();
    expect(isSettingsPage(new URL('https://www.tiktok.com/@setting/video/1'))).toBe(false);
    expect(isSettingsPage(new URL('https://www.tiktok.com/fr/setting'))).toBe(true);
    expect(isSettingsPage(new URL('https://www.tiktok.com/settings-tips'))).toBe(false);
  });
});

describe('comment-filters detector beyond the fixtures', () => {
  const SETTINGS_PAGE = new URL('https://www.tiktok.com/setting');
  const row = (label: string) =>
    `<div class="tux-list-cell__main__n3w"><span>${label}</span><div role="switch" aria-checked="false"></div></div>`;
  const sheet = (rows: string, attributes = '') =>
    `${nav(['Manage account', 'Privacy'], 1)}<div role="dialog"${attributes}><h3>Comments</h3>${rows}</div>`;

  it('anchors on the sheet, and points at Filter keywords, the filter that needs the teen’s own words', () => {
    const doc = page(sheet(row('Filter all comments') + row('Filter keywords')));
    const anchor = commentFiltersByWords(SETTINGS_PAGE, doc, shownAll);
    expect(anchor?.getAttribute('role')).toBe('dialog');
    expect(anchor && filterToShow(anchor)?.textContent).toBe('Filter keywords');
    expect(detectViews(SETTINGS_PAGE, doc, shownAll, fallback).map((view) => view.id)).toEqual([
      'comment-filters',
      'privacy-settings',
    ]);
  });

  it('finds the filters as rows of their own when no sheet wraps them, in French too', () => {
    const doc = page(
      `${nav(['Compte', 'Confidentialité'], 1)}<section>${row('Filtrer les mots-clés')}</section>`,
      'fr',
    );
    expect(commentFiltersByWords(SETTING, doc, shownAll)?.tagName).toBe('SECTION');
  });

  it('ignores a closed sheet, another page, and names that only look alike', () => {
    expect(commentFiltersByWords(SETTINGS_PAGE, page(sheet(row('Filter keywords'), ' hidden')), shownAll)).toBeNull();
    expect(
      commentFiltersByWords(SETTINGS_PAGE, page(sheet(row('Filter keywords'), ' aria-hidden="true"')), shownAll),
    ).toBeNull();
    // A comment under a video that says the words is not the settings.
    expect(commentFiltersByWords(VIDEO, page(`<p>Filter keywords</p>`), shownAll)).toBeNull();
    // Content preferences' video filter is another setting.
    expect(commentFiltersByWords(SETTINGS_PAGE, page(sheet(row('Filter video keywords'))), shownAll)).toBeNull();
  });

  it('is closed while the names are in the page but not on screen', () => {
    const doc = page(sheet(row('Filter keywords')));
    expect(commentFiltersByWords(SETTINGS_PAGE, doc, () => false)).toBeNull();
  });
});

describe('visibility: open means on screen', () => {
  /** The unit tests' stand-in for layout: what the fixture marks as hidden by its stylesheet. */
  const styled = (element: Element) => !element.closest('[data-inactive], .offscreen, .zero-size');
  const list = '<div class="x-DivCommentListContainer"><p data-e2e="comment-level-1">hi</p></div>';

  it('regression: a comment list mounted behind the "You may like" tab is closed', () => {
    const tabs = (selected: 'comments' | 'like') =>
      page(
        `<div role="tablist"><button id="comments" role="tab" aria-selected="${selected === 'comments'}">Comments</button><button role="tab" aria-selected="${selected === 'like'}">You may like</button></div><div${selected === 'like' ? ' data-inactive' : ''}>${list}</div>`,
      );
    expect(comments.detect(VIDEO, tabs('comments'), styled)).not.toBeNull();
    expect(comments.detect(VIDEO, tabs('like'), styled)).toBeNull();
    // Even when layout cannot tell (the panel has a size), the tab bar says the list is not the one shown.
    expect(comments.detect(VIDEO, tabs('like'), shownAll)).toBeNull();
  });

  it('closes a view whose element is off screen, of zero size or hidden by a stylesheet, and opens it when shown', () => {
    for (const hidden of ['offscreen', 'zero-size']) {
      const doc = page(`<div class="${hidden}">${list}</div>`);
      expect(comments.detect(VIDEO, doc, styled), hidden).toBeNull();
      doc.querySelector(`.${hidden}`)?.classList.remove(hidden);
      expect(comments.detect(VIDEO, doc, styled), hidden).not.toBeNull();
    }
  });

  it('takes the shown report form when a hidden copy comes first', () => {
    const doc = page(
      '<div data-inactive><form data-e2e="report-form"><label data-e2e="report-card-reason">Spam</label></form></div><div role="dialog"><form data-e2e="report-form"><h4 data-e2e="report-title">Report</h4><label data-e2e="report-card-reason">Spam</label></form></div>',
    );
    expect(report.detect(VIDEO, doc, styled)).toBe(doc.querySelectorAll('form')[1]);
  });
});

describe('late rendering', () => {
  it('is a pure function of the document: nothing, then the view once its DOM arrives', () => {
    const doc = page('<div id="app"></div>');
    expect(detectViews(VIDEO, doc)).toEqual([]);
    doc
      .getElementById('app')
      ?.insertAdjacentHTML(
        'beforeend',
        '<div class="x-DivCommentListContainer"><p data-e2e="comment-level-1">hi</p></div>',
      );
    expect(detectViews(VIDEO, doc).map((view) => view.id)).toEqual(['comments']);
  });
});
