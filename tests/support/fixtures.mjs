// The TikTok fixtures, each with the URL it is served at and the view it shows. One table for the unit
// tests, the end-to-end tests, the demo and the bench, so a new fixture is added once.
//
// Every page is the project's own (tests/fixtures/tiktok/), the two real saved TikTok pages included
// (tests/fixtures/tiktok/real/), so a bare clone runs every check, CI or not.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, URL as NodeURL } from 'node:url';

/** The project's own fixtures. */
export const PROJECT_FIXTURES_DIR = fileURLToPath(new NodeURL('../fixtures/tiktok/', import.meta.url));

const VIDEO = '/@creator.one/video/7390000000000000001';

/**
 * @typedef {{ name: string, file: string, path: string, view: string | null, beneath?: string[], afterStretch?: string, lang: 'en' | 'fr', real?: boolean }} Fixture
 * `view`: the tip the page shows on arrival.
 * `real: true`: a real saved page, served as saved (its own styles, none of ours).
 * `afterStretch`: the view the detectors find that opens only after a stretch of watching (the feed's).
 * `beneath`: views still open under the fixture's own (its own comes first, as the registry orders them).
 */

/** @type {readonly Fixture[]} */
export const FIXTURES = [
  {
    name: 'foryou-feed',
    file: 'decoys/foryou-feed.html',
    path: '/foryou',
    view: null,
    afterStretch: 'feed',
    lang: 'en',
  },
  { name: 'video-with-comments', file: 'comments/video-page.html', path: VIDEO, view: 'comments', lang: 'en' },
  {
    name: 'video-with-comments.fr',
    file: 'comments/video-page.fr.html',
    path: `${VIDEO}?lang=fr`,
    view: 'comments',
    lang: 'fr',
  },
  { name: 'video-you-may-like', file: 'comments/you-may-like.decoy.html', path: VIDEO, view: null, lang: 'en' },
  // The tab bar as 2025–26 code shows it: the selected tab marked by a class, no role or aria-selected.
  { name: 'video-class-tab', file: 'comments/video-page.class-tab.html', path: VIDEO, view: 'comments', lang: 'en' },
  {
    name: 'video-you-may-like.class-tab',
    file: 'comments/you-may-like.class-tab.decoy.html',
    path: VIDEO,
    view: null,
    lang: 'en',
  },
  {
    name: 'feed-comment-sidebar',
    file: 'comments/feed-sidebar.html',
    path: '/foryou',
    view: 'comments',
    afterStretch: 'feed',
    lang: 'en',
  },
  { name: 'browse-modal', file: 'comments/browse-modal.html', path: VIDEO, view: 'comments', lang: 'en' },
  // The shapes of September 2026 (2026-12 evidence): the drawer, the browse layout, a comment's ⋯ menu.
  { name: 'drawer-2026-09', file: 'comments/drawer.2026-09.html', path: VIDEO, view: 'comments', lang: 'en' },
  { name: 'browse-2026-09', file: 'comments/browse.2026-09.html', path: VIDEO, view: 'comments', lang: 'en' },
  {
    name: 'comment-delete-menu',
    file: 'comments/delete-menu.not-report.html',
    path: VIDEO,
    view: 'comments',
    lang: 'en',
  },
  { name: 'report-modal', file: 'report/reasons.html', path: VIDEO, view: 'report', lang: 'en' },
  { name: 'report-modal.fr', file: 'report/reasons.fr.html', path: `${VIDEO}?lang=fr`, view: 'report', lang: 'fr' },
  { name: 'report-modal-subreasons', file: 'report/sub-reasons.html', path: VIDEO, view: 'report', lang: 'en' },
  { name: 'report-modal-submit', file: 'report/submit.html', path: VIDEO, view: 'report', lang: 'en' },
  {
    name: 'report-self-harm',
    file: 'report-self-harm/details.html',
    path: VIDEO,
    view: 'report-self-harm',
    // The report view's hooks find the same dialog; only the words say which reason it is on.
    beneath: ['report'],
    lang: 'en',
  },
  {
    name: 'report-self-harm.fr',
    file: 'report-self-harm/details.fr.html',
    path: `${VIDEO}?lang=fr`,
    view: 'report-self-harm',
    // The report view's hooks find the same dialog; only the words say which reason it is on.
    beneath: ['report'],
    lang: 'fr',
  },
  {
    name: 'report-self-harm-subreasons',
    file: 'report-self-harm/sub-reasons.html',
    path: VIDEO,
    view: 'report-self-harm',
    // The report view's hooks find the same dialog; only the words say which reason it is on.
    beneath: ['report'],
    lang: 'en',
  },
  { name: 'report-modal-done', file: 'report-sent/done.html', path: VIDEO, view: 'report-sent', lang: 'en' },
  {
    name: 'report-modal-done.fr',
    file: 'report-sent/done.fr.html',
    path: `${VIDEO}?lang=fr`,
    view: 'report-sent',
    lang: 'fr',
  },
  {
    name: 'report-no-submit-step',
    file: 'report-sent/no-submit-step.html',
    path: VIDEO,
    view: 'report-sent',
    lang: 'en',
  },
  {
    name: 'settings-privacy',
    file: 'privacy-settings/privacy.html',
    path: '/setting',
    view: 'privacy-settings',
    lang: 'en',
  },
  {
    name: 'settings-privacy.fr',
    file: 'privacy-settings/privacy.fr.html',
    path: '/setting?lang=fr',
    view: 'privacy-settings',
    lang: 'fr',
  },
  {
    name: 'settings-privacy-deep-link',
    file: 'privacy-settings/deep-link.html',
    path: '/setting/privacy',
    view: 'privacy-settings',
    lang: 'en',
  },
  {
    name: 'settings-privacy-position-only',
    file: 'privacy-settings/position-only.html',
    path: '/setting',
    view: 'privacy-settings',
    lang: 'en',
  },
  {
    name: 'settings-screen-time',
    file: 'screen-time-settings/screen-time.html',
    path: '/setting',
    view: 'screen-time-settings',
    lang: 'en',
  },
  {
    name: 'settings-time-and-well-being',
    file: 'screen-time-settings/time-and-well-being.html',
    path: '/setting',
    view: 'screen-time-settings',
    lang: 'en',
  },
  {
    name: 'settings-screen-time.fr',
    file: 'screen-time-settings/screen-time.fr.html',
    path: '/setting?lang=fr',
    view: 'screen-time-settings',
    lang: 'fr',
  },
  {
    name: 'settings-screen-time-after-deep-link',
    file: 'screen-time-settings/after-deep-link.html',
    path: '/setting/privacy',
    view: 'screen-time-settings',
    lang: 'en',
  },
  {
    name: 'settings-notifications',
    file: 'decoys/settings-notifications.html',
    path: '/setting',
    view: null,
    lang: 'en',
  },
  {
    name: 'real-hashtag',
    file: 'real/tiktok-hashtag-2025-07.html',
    path: '/tag/tiktokmademebuyit',
    view: null,
    lang: 'en',
    real: true,
  },
  {
    name: 'real-collection',
    file: 'real/tiktok-collection-2026-02.html',
    path: '/@recipe.pocket/collection/recipes-7223156686599572226',
    view: null,
    lang: 'en',
    real: true,
  },
  { name: 'messages-inbox', file: 'messages/inbox.legacy.html', path: '/messages', view: 'messages', lang: 'en' },
  {
    name: 'messages-inbox.dm-new.fr',
    file: 'messages/inbox.dm-new.fr.html',
    path: '/messages?lang=fr',
    view: 'messages',
    lang: 'fr',
  },
  {
    name: 'messages-chat.fr',
    file: 'messages/chat.legacy.fr.html',
    path: '/messages?lang=fr',
    view: 'messages',
    lang: 'fr',
  },
  { name: 'messages-chat.dm-new', file: 'messages/chat.dm-new.html', path: '/messages', view: 'messages', lang: 'en' },
  {
    name: 'messages-mixed-generations',
    file: 'messages/mixed-generations.html',
    path: '/messages',
    view: 'messages',
    lang: 'en',
  },
  {
    name: 'message-request.no-stranger-box.fr',
    file: 'message-request/no-stranger-box.dm-new.fr.html',
    path: '/messages?lang=fr',
    view: 'message-request',
    // The hooks see an ordinary chat; the fallback layer sees the request, which comes first.
    beneath: ['messages'],
    lang: 'fr',
  },
  {
    name: 'message-request',
    file: 'message-request/opened.legacy.html',
    path: '/messages',
    view: 'message-request',
    lang: 'en',
  },
  {
    name: 'message-request.dm-new.fr',
    file: 'message-request/opened.dm-new.fr.html',
    path: '/messages?lang=fr',
    view: 'message-request',
    lang: 'fr',
  },
  {
    name: 'activity-panel',
    file: 'messages/decoy-activity-panel.html',
    path: '/foryou',
    view: null,
    afterStretch: 'feed',
    lang: 'en',
  },
  { name: 'messages-under-16', file: 'messages/decoy-under-16.html', path: '/messages', view: null, lang: 'en' },
  {
    name: 'settings-comment-filters',
    file: 'comment-filters/comments-sheet.html',
    path: '/setting',
    view: 'comment-filters',
    beneath: ['privacy-settings'],
    lang: 'en',
  },
  {
    name: 'settings-comment-filters.fr',
    file: 'comment-filters/comments-sheet.fr.html',
    path: '/setting?lang=fr',
    view: 'comment-filters',
    beneath: ['privacy-settings'],
    lang: 'fr',
  },
  {
    name: 'content-preferences',
    file: 'content-preferences/content-preferences.html',
    path: '/setting',
    view: 'content-preferences',
    lang: 'en',
  },
  {
    name: 'content-preferences.fr',
    file: 'content-preferences/content-preferences.fr.html',
    path: '/setting?lang=fr',
    view: 'content-preferences',
    lang: 'fr',
  },
  // The feed: no tip on arrival; the feed tip after a stretch of watching (`afterStretch`).
  {
    name: 'feed-menu-closed',
    file: 'feed/menu-closed.html',
    path: '/foryou',
    view: null,
    afterStretch: 'feed',
    lang: 'en',
  },
  {
    name: 'feed-menu-open',
    file: 'feed/menu-open.html',
    path: '/foryou',
    view: null,
    afterStretch: 'feed',
    lang: 'en',
  },
  {
    name: 'feed-menu-open.no-not-interested',
    file: 'feed/menu-open.no-not-interested.html',
    path: '/following',
    view: null,
    afterStretch: 'feed',
    lang: 'en',
  },
  // For You once scrolled: it puts the video playing in the address bar (2026-11 evidence §2).
  {
    name: 'feed-scrolled',
    file: 'feed/menu-closed.html',
    path: '/@winter.fan/video/7390000000000000042',
    view: null,
    afterStretch: 'feed',
    lang: 'en',
  },
];

/** The settings nav's tabs in their 2025–26 order (../shared/research/tiktok-dom-evidence-2026-11.md §1). */
export const SETTINGS_TAB_LABELS = [
  'Manage account',
  'Privacy',
  'Push notifications',
  'Business account',
  'Ads',
  'Screen time',
  'Content preferences',
];

/** The address a fixture is served at; the query names the fixture so pages sharing a path stay apart. */
export function fixtureUrl(fixture, origin = 'https://www.tiktok.com') {
  const separator = fixture.path.includes('?') ? '&' : '?';
  return `${origin}${fixture.path}${separator}fixture=${encodeURIComponent(fixture.name)}`;
}

export function fixtureByName(name) {
  const fixture = FIXTURES.find((candidate) => candidate.name === name);
  if (!fixture) throw new Error(`No fixture named ${name}`);
  return fixture;
}

/** The one stylesheet every project fixture links (`../layout.css`), inlined where the fixture is served. */
const LAYOUT_LINK = /<link rel="stylesheet" href="(?:\.\.\/)*layout\.css">/;

export function readFixture(fixture) {
  const file = `${PROJECT_FIXTURES_DIR}${fixture.file}`;
  if (!existsSync(file)) throw new Error(`Fixture ${file} is missing.`);
  const html = readFileSync(file, 'utf8');
  if (fixture.real) return html;
  if (!LAYOUT_LINK.test(html)) throw new Error(`Fixture ${file} must link ../layout.css, the shared TikTok layout.`);
  return html.replace(LAYOUT_LINK, () => `<style>${readFileSync(`${PROJECT_FIXTURES_DIR}layout.css`, 'utf8')}</style>`);
}
