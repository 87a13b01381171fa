import { join, SETTINGS, type SelectorList } from '../selectors';
import { firstShown, isShown, normalizedText } from './dom';
import type { OnScreen } from './view';

/** Hooks whose appearance can open a settings section. */
export const SETTINGS_HOOKS: SelectorList = [...SETTINGS.nav, ...SETTINGS.navItem.slice(0, 2)];

/** The two settings sections Scrollwise has a tip for. */
export type SettingsSection = 'privacy' | 'screen-time';

/** `/setting` and its deep links (`/setting/privacy/...`), with or without a language prefix. */
export function isSettingsPage(url: URL): boolean {
  return /^(?:\/[a-z]{2}(?:-[a-z]{2,4})?)?\/setting(?:\/|$)/i.test(url.pathname);
}

/**
 * Navigation labels per section in the languages TikTok's web UI is most used in by our users.
 * Labels are a second hook only: the nav position below still works in a language not listed here.
 */
const SECTION_LABELS: Record<SettingsSection, readonly string[]> = {
  privacy: [
    'privacy',
    'confidentialité',
    'privacidad',
    'privatsphäre',
    'datenschutz',
    'privacidade',
    'privacy e sicurezza',
  ],
  'screen-time': [
    'screen time',
    "temps d'écran",
    'tiempo de pantalla',
    'tiempo en pantalla',
    'bildschirmzeit',
    'tempo di utilizzo',
    'tempo de ecrã',
    'tempo de tela',
    'schermtijd',
  ],
};

/**
 * Where the tabs sit when no other hook names them: Privacy 2nd and Screen time 6th, in the 7-tab nav of
 * 2025–26 and in the 8-tab one before it.
 */
const KNOWN_NAV_LENGTHS = [7, 8];
const SECTION_POSITION: Record<SettingsSection, number> = { privacy: 1, 'screen-time': 5 };
const SECTION_TAB: Record<SettingsSection, SelectorList> = {
  privacy: SETTINGS.privacyTab,
  'screen-time': SETTINGS.screenTimeTab,
};

/** Deep links: where the teen landed, not where they are now (clicking a tab never changes the URL). */
const DEEP_LINKS: Record<SettingsSection, RegExp> = {
  privacy: /\/setting\/privacy/i,
  'screen-time': /\/setting\/(?:screen[-_]?time|digital[-_]wellbeing)/i,
};

/**
 * Which section of `/setting` is in view, and the element a tip should sit beside. `/setting` and the nav's
 * tabs are enough to know the page; no wrapper's name is needed. The selected tab wins over the URL; a
 * deep link counts only while no tab is marked selected.
 */
export function activeSettingsSection(
  url: URL,
  doc: Document,
  onScreen: OnScreen = () => true,
): { section: SettingsSection; anchor: Element } | null {
  if (!isSettingsPage(url)) return null;
  const nav = firstShown(doc, SETTINGS.nav, onScreen);
  const items = navItems(nav, doc);
  if (items.length === 0) return null;
  const active = activeItem(items);
  const section = active
    ? sectionOf(active, items)
    : ((Object.keys(DEEP_LINKS) as SettingsSection[]).find((key) => DEEP_LINKS[key].test(url.pathname)) ?? null);
  if (!section) return null;
  const content = firstShown(doc, SETTINGS.content, onScreen);
  const label = active ? labelOf(active) : null;
  const heading = content && label ? sectionElement(content, label) : null;
  return { section, anchor: heading ?? content ?? nav ?? (items[0]?.parentElement as Element) };
}

/** The nav's tabs at any depth, outermost match only; without a nav, only tabs that name themselves. */
function navItems(nav: Element | null, doc: Document): Element[] {
  const found = [...(nav ?? doc).querySelectorAll(join(nav ? SETTINGS.navItem : SETTINGS.namedTab))];
  return found.filter((item) => isShown(item) && !found.some((other) => other !== item && other.contains(item)));
}

function activeItem(items: Element[]): Element | null {
  const marked = items.find((item) => item.getAttribute('aria-selected') === 'true');
  if (marked) return marked;
  // Without the attribute, TikTok only colours the active item: the odd one out by colour is it.
  const colours = items.map((item) => colourOf(item));
  const odd = colours.filter((colour) => colours.indexOf(colour) === colours.lastIndexOf(colour));
  return odd.length === 1 && items.length > 2 ? (items[colours.indexOf(odd[0] as string)] ?? null) : null;
}

/** The tab's own words: its label element, else its aria-label, else its text. */
function labelOf(item: Element): string {
  const span = item.querySelector(join(SETTINGS.navLabel));
  return span ? normalizedText(span) : (item.getAttribute('aria-label')?.toLowerCase().trim() ?? normalizedText(item));
}

/** By data-e2e first, then by label (aria-label, then text), then, last, by position. */
function sectionOf(active: Element, items: Element[]): SettingsSection | null {
  const sections = Object.keys(SECTION_TAB) as SettingsSection[];
  const byHook = sections.find((section) => active.matches(join(SECTION_TAB[section])));
  if (byHook) return byHook;
  // Another tab that names itself (notifications, ads…): not one Scrollwise has a tip for.
  if (active.matches(join(SETTINGS.namedTab))) return null;
  const words = [active.getAttribute('aria-label')?.toLowerCase().trim() ?? '', labelOf(active)];
  const byLabel = sections.find((section) => words.some((word) => SECTION_LABELS[section].includes(word)));
  if (byLabel) return byLabel;
  if (!KNOWN_NAV_LENGTHS.includes(items.length)) return null;
  const index = items.indexOf(active);
  return sections.find((section) => SECTION_POSITION[section] === index) ?? null;
}

function colourOf(item: Element): string {
  const view = item.ownerDocument.defaultView;
  const inline = (item as HTMLElement).style?.color;
  if (inline) return inline;
  return view ? view.getComputedStyle(item).color : '';
}

/** The content section whose heading reads like the active nav item. */
function sectionElement(content: Element, label: string): Element | null {
  for (const title of content.querySelectorAll(join(SETTINGS.sectionTitle))) {
    if (normalizedText(title) === label) return title.parentElement ?? title;
  }
  return null;
}
