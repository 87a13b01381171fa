import { join, SETTINGS } from './selectors';
import { firstShown } from './shared/dom';
import { activeSettingsSection, SETTINGS_HOOKS } from './shared/settings-section';
import { defineView } from './shared/view';

/** The privacy-settings view: `/setting` with its Privacy section in view. */
export const privacySettings = defineView({
  id: 'privacy-settings',
  theme: 'privacy',
  holdsNudges: false,
  hooks: SETTINGS_HOOKS,
  detect(url, doc, onScreen) {
    const active = activeSettingsSection(url, doc, onScreen);
    return active?.section === 'privacy' ? active.anchor : null;
  },
  showMeTarget: (anchor) =>
    firstShown(anchor, SETTINGS.toggle)?.closest(join(SETTINGS.row)) ?? firstShown(anchor, SETTINGS.row),
});
