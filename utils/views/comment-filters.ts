import { join, SETTINGS } from './selectors';
import { isShown, normalizedText, wordHolders } from './shared/dom';
import { isSettingsPage } from './shared/settings-section';
import { defineView, type OnScreen } from './shared/view';

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

/**
 * The comment-filters view: on `/setting`, the comment settings are open (the sheet the Privacy section's
 * Comments row opens, or rows of their own in a later layout) with a filter's name on screen. It comes
 * before the privacy view: the teen is one step further in.
 */
export const commentFilters = defineView({
  id: 'comment-filters',
  theme: 'comments',
  holdsReminders: false,
  offersHelp: false,
  attention: 'spaced',
  // A sheet or rows appearing; not the switches, which sit in rows here and in TikTok's player menus elsewhere.
  hooks: [...SETTINGS.sheet, ...SETTINGS.row],
  detect(url, doc, onScreen = () => true) {
    if (!isSettingsPage(url)) return null;
    const label = filterLabels(doc.body ?? doc.documentElement, onScreen).next().value;
    if (!label) return null;
    return (
      label.closest(join(SETTINGS.sheet)) ?? label.closest(join(SETTINGS.row))?.parentElement ?? label.parentElement
    );
  },
  // "Filter keywords", the filter that needs the teen's own words; else the first filter.
  showMeTarget(anchor) {
    const labels = [...filterLabels(anchor, () => true)];
    const label = labels.find((element) => KEYWORDS.has(normalizedText(element))) ?? labels[0];
    return label ? (label.closest(join(SETTINGS.row)) ?? label) : null;
  },
});

/** The innermost shown elements whose whole text is a filter's name, in document order, as they are found. */
function* filterLabels(root: Element, onScreen: OnScreen): Generator<Element, void> {
  for (const element of wordHolders(root))
    if (FILTER_LABELS.has(normalizedText(element)) && isShown(element) && onScreen(element)) yield element;
}
