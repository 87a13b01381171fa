import { SETTINGS } from './selectors';
import { firstShown } from './shared/dom';
import { sectionDetector } from './shared/settings-section';
import { defineView } from './shared/view';

/** The screen-time-settings view: `/setting` with its Screen time section in view. */
export const screenTimeSettings = defineView({
  id: 'screen-time-settings',
  theme: 'screenTime',
  holdsReminders: false,
  offersHelp: false,
  attention: 'spaced',
  detect: sectionDetector('screen-time'),
  showMeTarget: (anchor) => firstShown(anchor, SETTINGS.row),
});
