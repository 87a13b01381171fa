import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../wxt.config';
import {
  AMO_DATA_COLLECTION,
  DESCRIPTION,
  PERMISSIONS,
  PRIVACY_PRACTICES,
  SINGLE_PURPOSE,
  SUMMARY,
} from '../store/listing.mjs';

type Manifest = {
  permissions: string[];
  host_permissions: string[];
  browser_specific_settings?: { gecko: { data_collection_permissions: unknown } };
};
const manifestFor = (browser: 'chrome' | 'firefox') =>
  (config.manifest as (env: { browser: string }) => Manifest)({ browser });
const locale = (language: 'en' | 'fr') =>
  JSON.parse(readFileSync(resolve(__dirname, `../../public/_locales/${language}/messages.json`), 'utf8'));

describe('#27 the store listing matches what the extension does', () => {
  it('justifies every permission and host the manifest asks for, and nothing it does not ask for', () => {
    const manifest = manifestFor('chrome');
    const asked = [...manifest.permissions, ...manifest.host_permissions.map((host) => `host:${host}`)];
    expect(Object.keys(PERMISSIONS).sort()).toEqual(asked.sort());
  });

  it('uses the manifest’s own description as its summary, within the Chrome Web Store’s 132 characters', () => {
    for (const language of ['en', 'fr'] as const) {
      expect(SUMMARY[language].length, language).toBeLessThanOrEqual(132);
      expect(locale(language).extDescription.message).toBe(SUMMARY[language]);
    }
  });

  it('declares no data collection, to both stores, as the Firefox manifest does', () => {
    expect(manifestFor('firefox').browser_specific_settings?.gecko.data_collection_permissions).toEqual(
      AMO_DATA_COLLECTION,
    );
    expect(Object.values(PRIVACY_PRACTICES.categories).every((collected) => collected === false)).toBe(true);
  });

  it('describes the product in both languages and states its single purpose', () => {
    expect(DESCRIPTION.en).toMatch(/no network requests/);
    expect(DESCRIPTION.fr).toMatch(/pas de requête réseau/);
    expect(SINGLE_PURPOSE).toMatch(/TikTok/);
  });
});
