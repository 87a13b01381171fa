import { join, SETTINGS } from './selectors';
import { firstShown } from './shared/dom';
import { sectionDetector } from './shared/settings-section';
import { defineView } from './shared/view';

/** The privacy-settings view: `/setting` with its Privacy section in view. */
export const privacySettings = defineView({
  id: 'privacy-settings',
  theme: 'privacy',
  holdsReminders: false,
  offersHelp: false,
  attention: 'spaced',
  detect: sectionDetector('privacy'),
  // The "Private account" row: the outermost list cell around the section's first switch.
  showMeTarget(anchor) {
    const toggle = firstShown(anchor, SETTINGS.toggle);
    let row = toggle?.closest(join(SETTINGS.row)) ?? null;
    for (
      let outer = row?.parentElement?.closest(join(SETTINGS.row));
      outer;
      outer = outer.parentElement?.closest(join(SETTINGS.row))
    )
      row = outer;
    return row ?? toggle ?? firstShown(anchor, SETTINGS.row);
  },
});
