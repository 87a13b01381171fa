import { describe, expect, it } from 'vitest';
import { resolveLanguage } from '@/utils/language';

describe('resolveLanguage', () => {
  it.each([
    ['auto', 'fr', ['en-US'], 'fr'],
    ['auto', 'fr-FR', ['en-US'], 'fr'],
    ['auto', 'en-GB', ['fr-FR'], 'en'],
    ['auto', 'de', ['fr-CH', 'de'], 'fr'],
    ['auto', '', ['es-ES', 'en'], 'en'],
    ['auto', null, ['ja'], 'en'],
    ['en', 'fr', ['fr-FR'], 'en'],
    ['fr', 'en', ['en-US'], 'fr'],
  ] as const)('setting %s, page %s, browser %j → %s', (setting, page, browser, expected) => {
    expect(resolveLanguage(setting, page, browser)).toBe(expected);
  });
});
