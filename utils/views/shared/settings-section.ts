import { join, SETTINGS, type SelectorList } from '../selectors';
import { firstShown, isShown, normalizedText } from './dom';

/** Hooks whose appearance can open a settings section. */
export const SETTINGS_HOOKS: SelectorList = [...SETTINGS.container, ...SETTINGS.nav];

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

/** TikTok's 2026 nav has 8 items: Manage account, Privacy, ..., Screen time (6th). */
const KNOWN_NAV_LENGTH = 8;
const SECTION_POSITION: Record<SettingsSection, number> = { privacy: 1, 'screen-time': 5 };

const DEEP_LINKS: Record<SettingsSection, RegExp> = {
  privacy: /\/setting\/privacy/i,
  'screen-time': /\/setting\/(?:screen[-_]?time|digital[-_]wellbeing)/i,
};

/**
 * Which section of `/setting` is in view, and the element a tip should sit beside.
 * Clicking the nav only scrolls the pane and never changes the URL, so the active nav item (marked with
 * `aria-current`, or by being the one item drawn in a different colour) is the signal.
 */
export function activeSettingsSection(url: URL, doc: Document): { section: SettingsSection; anchor: Element } | null {
  if (!isSettingsPage(url)) return null;
  const container = firstShown(doc, SETTINGS.container);
  if (!container) return null;
  const content = firstShown(container, SETTINGS.content) ?? container;

  for (const [section, pattern] of Object.entries(DEEP_LINKS) as [SettingsSection, RegExp][]) {
    if (pattern.test(url.pathname)) return { section, anchor: content };
  }

  const nav = firstShown(container, SETTINGS.nav);
  if (!nav) return null;
  const items = navItems(nav);
  const active = activeItem(items);
  if (!active) return null;
  const section = sectionOf(active, items);
  if (!section) return null;
  return { section, anchor: sectionElement(content, normalizedText(active)) ?? content };
}

function navItems(nav: Element): Element[] {
  const direct = [...nav.children].filter(isShown);
  if (direct.length > 1) return direct;
  return [...nav.querySelectorAll(join(SETTINGS.navItem))].filter(isShown);
}

function activeItem(items: Element[]): Element | null {
  const marked = items.find((item) => {
    const current = item.getAttribute('aria-current');
    return (current !== null && current !== 'false') || item.getAttribute('aria-selected') === 'true';
  });
  if (marked) return marked;
  // TikTok only colours the active item; the odd one out by colour is it.
  const colours = items.map((item) => colourOf(item));
  const odd = colours.filter((colour) => colours.indexOf(colour) === colours.lastIndexOf(colour));
  return odd.length === 1 && items.length > 2 ? (items[colours.indexOf(odd[0] as string)] ?? null) : null;
}

function colourOf(item: Element): string {
  const view = item.ownerDocument.defaultView;
  const inline = (item as HTMLElement).style?.color;
  if (inline) return inline;
  return view ? view.getComputedStyle(item).color : '';
}

function sectionOf(active: Element, items: Element[]): SettingsSection | null {
  const label = normalizedText(active);
  for (const [section, labels] of Object.entries(SECTION_LABELS) as [SettingsSection, readonly string[]][]) {
    if (labels.includes(label)) return section;
  }
  if (items.length !== KNOWN_NAV_LENGTH) return null;
  const index = items.indexOf(active);
  for (const [section, position] of Object.entries(SECTION_POSITION) as [SettingsSection, number][]) {
    if (position === index) return section;
  }
  return null;
}

/** The content section whose heading reads like the active nav item. */
function sectionElement(content: Element, label: string): Element | null {
  for (const title of content.querySelectorAll(join(SETTINGS.sectionTitle))) {
    if (normalizedText(title) === label) return title.parentElement ?? title;
  }
  return null;
}
