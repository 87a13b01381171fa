import { join, SETTINGS } from '../selectors';
import { isShown, normalizedText, wordHolders } from '../shared/dom';
import { isSettingsPage } from '../shared/settings-section';
import type { Detector, OnScreen } from '../shared/view';

/**
 * TikTok's names for the comment filters (tiktok-dom.md §5.3 and §7: the help centre's English, the French
 * confirmed on TikTok's French pages). No markup for them is known on the web: the names on screen are the
 * hook, and a name that changes only costs this tip, never a wrong one.
 */
const FILTER_LABELS = new Set([
  'filter all comments',
  'filter spam and offensive comments',
  'filter keywords',
  'filtrer tous les commentaires',
  'filtrer les spams et les commentaires offensants',
  'filtrer les mots-clés',
]);
const KEYWORDS = new Set(['filter keywords', 'filtrer les mots-clés']);

/** The comment settings open on `/setting` (a sheet, or rows of their own) with a filter's name on screen. */
export const commentFiltersByWords: Detector = (url, doc, onScreen = () => true) => {
  if (!isSettingsPage(url)) return null;
  const label = filterLabels(doc.body ?? doc.documentElement, onScreen).next().value;
  if (!label) return null;
  return label.closest(join(SETTINGS.sheet)) ?? label.closest(join(SETTINGS.row))?.parentElement ?? label.parentElement;
};

/** "Filter keywords", the filter that needs the teen's own words; else the first filter. */
export function filterToShow(anchor: Element): Element | null {
  const labels = [...filterLabels(anchor, () => true)];
  const label = labels.find((element) => KEYWORDS.has(normalizedText(element))) ?? labels[0];
  return label ? (label.closest(join(SETTINGS.row)) ?? label) : null;
}

/** The innermost shown elements whose whole text is a filter's name, in document order, as they are found. */
function* filterLabels(root: Element, onScreen: OnScreen): Generator<Element, void> {
  for (const element of wordHolders(root))
    if (FILTER_LABELS.has(normalizedText(element)) && isShown(element) && onScreen(element)) yield element;
}
