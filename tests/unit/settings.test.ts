import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, parseSettings, TIP_THEMES } from '@/utils/settings';

describe('parseSettings', () => {
  it('gives the defaults for nothing stored yet, without a notice', () => {
    expect(parseSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, invalid: [] });
  });

  it('keeps every valid field', () => {
    const stored = {
      tips: { comments: false, reporting: true, privacy: false, screenTime: true, messages: false },
      language: 'fr',
      helplineCountry: 'BE',
    };
    expect(parseSettings(stored)).toEqual({ settings: { ...DEFAULT_SETTINGS, ...stored }, invalid: [] });
  });

  it('replaces only the bad fields with defaults, and names them', () => {
    const { settings, invalid } = parseSettings({
      tips: { comments: 'yes', privacy: false },
      language: 'klingon',
      helplineCountry: 'FR',
    });
    expect(settings.tips).toEqual({ ...DEFAULT_SETTINGS.tips, privacy: false });
    expect(settings.language).toBe('auto');
    expect(settings.helplineCountry).toBe('FR');
    expect(invalid.sort()).toEqual(['language', 'tips.comments']);
  });

  it('survives a record that is not an object at all', () => {
    expect(parseSettings('garbage')).toEqual({ settings: DEFAULT_SETTINGS, invalid: ['settings'] });
    expect(parseSettings([1, 2])).toEqual({ settings: DEFAULT_SETTINGS, invalid: ['settings'] });
  });
});

describe('the browser-policy schema', () => {
  it('lets an administrator set every tips theme, and only those', async () => {
    const { readFileSync } = await import('node:fs');
    const schema = JSON.parse(readFileSync('public/managed_schema.json', 'utf8'));
    expect(Object.keys(schema.properties.tips.properties).sort()).toEqual([...TIP_THEMES].sort());
  });
});
