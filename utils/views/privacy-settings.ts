import { activeSettingsSection } from './settings-section';

/** The privacy-settings view: `/setting` with its Privacy section in view. */
export function detectPrivacySettings(url: URL, doc: Document): Element | null {
  const active = activeSettingsSection(url, doc);
  return active?.section === 'privacy' ? active.anchor : null;
}
