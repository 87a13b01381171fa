import { SETTINGS } from './selectors';
import { firstShown } from './shared/dom';
import { activeSettingsSection, SETTINGS_HOOKS } from './shared/settings-section';
import { defineView } from './shared/view';

/** The screen-time-settings view: `/setting` with its Screen time section in view. */
export const screenTimeSettings = defineView({
  id: 'screen-time-settings',
  theme: 'screenTime',
  holdsReminders: false,
  offersHelp: false,
  attention: 'spaced',
  hooks: SETTINGS_HOOKS,
  detect(url, doc, onScreen) {
    const active = activeSettingsSection(url, doc, onScreen);
    return active?.section === 'screen-time' ? active.anchor : null;
  },
  showMeTarget: (anchor) => firstShown(anchor, SETTINGS.row),
});
