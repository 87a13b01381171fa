import { activeSettingsSection } from './settings-section';

/** The screen-time-settings view: `/setting` with its Screen time section in view. */
export function detectScreenTimeSettings(url: URL, doc: Document): Element | null {
  const active = activeSettingsSection(url, doc);
  return active?.section === 'screen-time' ? active.anchor : null;
}
