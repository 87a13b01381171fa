import { CUES } from '../selectors';
import { firstShown, isShown } from '../shared/dom';
import {
  hookedItems,
  hookedSection,
  labelOf,
  markedItem,
  type NavReading,
  outermost,
  SECTIONS,
  type SettingsSection,
  sectionDetector,
} from '../shared/settings-section';

/**
 * Navigation labels per section in the languages TikTok's web UI is most used in by our users, and the
 * name the app gave "Screen time" in 2025 ("Time and Well-being", 2026-12 §4; its French is a guess, and a
 * wrong guess costs nothing). In another language the nav position below still works.
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
    'time and well-being',
    'time and wellbeing',
    'temps et bien-être',
    'tiempo de pantalla',
    'tiempo en pantalla',
    'bildschirmzeit',
    'tempo di utilizzo',
    'tempo de ecrã',
    'tempo de tela',
    'schermtijd',
  ],
  'content-preferences': ['content preferences', 'préférences de contenu', 'preferencias de contenido'],
};

/**
 * Where the tabs sit when no other hook names them: Privacy 2nd, Screen time 6th and Content preferences
 * 7th, in the 7-tab nav of 2025–26 and in the 8-tab one before it.
 */
const KNOWN_NAV_LENGTHS = [7, 8];
const SECTION_POSITION: Record<SettingsSection, number> = { privacy: 1, 'screen-time': 5, 'content-preferences': 6 };

/**
 * The nav read as a person reads it: its tabs found by role when the nav's names are gone (the tabs, or
 * the older nav's buttons marked `aria-current`), the selected one by its mark or, unmarked, by the colour
 * only it has, and named by its hook, its words, then its place.
 */
const BY_PERSON: NavReading = {
  // The tabs around the selected one, unless the hooks find more (a nav whose mark is a colour).
  items(nav, doc, onScreen) {
    const hooked = hookedItems(nav, doc);
    const around = itemsAround(firstShown(doc, CUES.marked, onScreen));
    return around.length >= hooked.length ? around : hooked;
  },
  active: (items) => markedItem(items) ?? oddColour(items),
  section: (active, items) => hookedSection(active) ?? byWords(active) ?? byPlace(active, items),
};

export const privacySettingsFallback = sectionDetector('privacy', BY_PERSON);
export const screenTimeSettingsFallback = sectionDetector('screen-time', BY_PERSON);
export const contentPreferencesFallback = sectionDetector('content-preferences', BY_PERSON);

/** The selected item's kind (its role, else its tag), gathered in the nearest ancestor holding three or more. */
function itemsAround(marked: Element | null): Element[] {
  if (!marked) return [];
  const role = marked.getAttribute('role');
  const kind = role ? `[role="${role}"]` : marked.tagName.toLowerCase();
  let nav = marked.parentElement;
  for (let depth = 0; nav && depth < 4; depth++, nav = nav.parentElement) {
    const items = outermost([...nav.querySelectorAll(kind)]);
    if (items.length >= 3) return items;
  }
  return [];
}

function byWords(active: Element): SettingsSection | null {
  const words = [active.getAttribute('aria-label')?.toLowerCase().trim() ?? '', labelOf(active)];
  return SECTIONS.find((section) => words.some((word) => SECTION_LABELS[section].includes(word))) ?? null;
}

/** By place, in a nav of a known length; never a section whose own hook another tab carries. */
function byPlace(active: Element, items: Element[]): SettingsSection | null {
  if (!KNOWN_NAV_LENGTHS.includes(items.length)) return null;
  const section = SECTIONS.find((key) => SECTION_POSITION[key] === items.indexOf(active)) ?? null;
  return section && !items.some((item) => hookedSection(item) === section) ? section : null;
}

/** Without a mark, TikTok only colours the active item: the odd one out by colour is it. */
function oddColour(items: Element[]): Element | null {
  const colours = items.map(colourOf);
  const odd = colours.filter((colour) => colours.indexOf(colour) === colours.lastIndexOf(colour));
  return odd.length === 1 && items.length > 2 ? (items[colours.indexOf(odd[0] as string)] ?? null) : null;
}

function colourOf(item: Element): string {
  const inline = (item as HTMLElement).style?.color;
  if (inline) return inline;
  const view = item.ownerDocument.defaultView;
  return view && isShown(item) ? view.getComputedStyle(item).color : '';
}
