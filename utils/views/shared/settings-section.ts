import { CUES, join, SETTINGS, type SelectorList } from '../selectors';
import { firstShown, isShown, normalizedText } from './dom';
import type { Detector, OnScreen, PageAddress } from './view';

/**
 * The settings sections Scrollwise has a tip for. A literal, not read from SECTION_TAB at start: the
 * sentinel needs only `isSettingsPage`, and builds nothing else of this module.
 */
export const SECTIONS = ['privacy', 'screen-time', 'content-preferences'] as const;
export type SettingsSection = (typeof SECTIONS)[number];

/** `/setting` and its deep links (`/setting/privacy/...`), with or without a language prefix. */
export function isSettingsPage(url: PageAddress): boolean {
  return /^(?:\/[a-z]{2}(?:-[a-z]{2,4})?)?\/setting(?:\/|$)/i.test(url.pathname);
}

/** Deep links: where the teen landed, not where they are now (clicking a tab never changes the URL). */
const DEEP_LINKS: Partial<Record<SettingsSection, RegExp>> = {
  privacy: /\/setting\/privacy/i,
  'screen-time': /\/setting\/(?:screen[-_]?time|digital[-_]wellbeing)/i,
};

const SECTION_TAB: Record<SettingsSection, SelectorList> = {
  privacy: SETTINGS.privacyTab,
  'screen-time': SETTINGS.screenTimeTab,
  'content-preferences': SETTINGS.contentPreferencesTab,
};

/** How the selected tab is found and named: the hooks here, the fallback layer's reading otherwise. */
export interface NavReading {
  items(nav: Element | null, doc: Document, onScreen: OnScreen): Element[];
  active(items: Element[]): Element | null;
  section(active: Element, items: Element[]): SettingsSection | null;
}

/** The section a tab names by its data-e2e. */
export const hookedSection = (active: Element): SettingsSection | null =>
  SECTIONS.find((section) => active.matches(join(SECTION_TAB[section]))) ?? null;

/** The nav's tabs at any depth, outermost match only; without a nav, only tabs that name themselves. */
export const hookedItems = (nav: Element | null, doc: Document): Element[] =>
  outermost([...(nav ?? doc).querySelectorAll(join(nav ? SETTINGS.navItem : SETTINGS.namedTab))]);

/** The hooks' reading: the nav's tabs, marked selected, named by data-e2e. */
const BY_HOOKS: NavReading = {
  items: hookedItems,
  active: markedItem,
  section: hookedSection,
};

/**
 * Which section of `/setting` is in view, and the element a tip should sit beside. `/setting` and the nav's
 * tabs are enough to know the page; no wrapper's name is needed. The selected tab wins over the URL; a
 * deep link counts only while no tab on the page is marked selected.
 */
export function activeSettingsSection(
  url: PageAddress,
  doc: Document,
  onScreen: OnScreen = () => true,
  reading: NavReading = BY_HOOKS,
): { section: SettingsSection; anchor: Element } | null {
  if (!isSettingsPage(url)) return null;
  const nav = firstShown(doc, SETTINGS.nav, onScreen);
  const items = reading.items(nav, doc, onScreen);
  if (items.length === 0) return null;
  const active = reading.active(items);
  // A tab marked selected that these items miss: the URL is not where the teen is now.
  if (!active && doc.querySelector(join(CUES.marked))) return null;
  const section = active
    ? reading.section(active, items)
    : (SECTIONS.find((key) => DEEP_LINKS[key]?.test(url.pathname)) ?? null);
  if (!section) return null;
  const content = firstShown(doc, SETTINGS.content, onScreen);
  const label = active ? labelOf(active) : null;
  const heading = content && label ? sectionElement(content, label) : null;
  return { section, anchor: heading ?? content ?? nav ?? (items[0]?.parentElement as Element) };
}

/** The elements not inside another of them, shown. */
export const outermost = (found: Element[]): Element[] =>
  found.filter((item) => isShown(item) && !found.some((other) => other !== item && other.contains(item)));

/** The tab marked selected: `aria-selected` on tabs, `aria-current` on the older nav's buttons and links. */
export function markedItem(items: readonly Element[]): Element | null {
  const current = (item: Element) => (item.getAttribute('aria-current') ?? 'false') !== 'false';
  return items.find((item) => item.getAttribute('aria-selected') === 'true' || current(item)) ?? null;
}

/** The tab's own words: its label element, else its aria-label, else its text. */
export function labelOf(item: Element): string {
  const span = item.querySelector(join(SETTINGS.navLabel));
  return span ? normalizedText(span) : (item.getAttribute('aria-label')?.toLowerCase().trim() ?? normalizedText(item));
}

/** The content section whose heading reads like the active nav item. */
function sectionElement(content: Element, label: string): Element | null {
  for (const title of content.querySelectorAll(join(SETTINGS.sectionTitle))) {
    if (normalizedText(title) === label) return title.parentElement ?? title;
  }
  return null;
}

/** The detector of one section: the anchor while that section is the one in view, by `reading`. */
export const sectionDetector =
  (section: SettingsSection, reading: NavReading = BY_HOOKS): Detector =>
  (url, doc, onScreen) => {
    const active = activeSettingsSection(url, doc, onScreen, reading);
    return active?.section === section ? active.anchor : null;
  };
