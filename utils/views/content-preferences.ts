import { join, SETTINGS } from './selectors';
import { firstShown, normalizedText } from './shared/dom';
import { sectionDetector } from './shared/settings-section';
import { defineView } from './shared/view';

/**
 * The content-preferences view: `/setting` with its Content preferences section in view, where the teen
 * filters video keywords (`nav-keyword-filtering`, 2026-12 §4). Its words are never the comment filters'.
 */
export const contentPreferences = defineView({
  id: 'content-preferences',
  theme: 'feed',
  holdsReminders: false,
  offersHelp: false,
  attention: 'spaced',
  detect: sectionDetector('content-preferences'),
  // The keyword filter's row (its words name keywords), else the section's first row.
  showMeTarget: (anchor) =>
    [...anchor.querySelectorAll(join(SETTINGS.row))].find((row) => /keyword|mots.cl/.test(normalizedText(row))) ??
    firstShown(anchor, SETTINGS.row),
});
