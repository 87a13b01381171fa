import { describe, expect, it } from 'vitest';
import { COUNTRY_CODES, HELPLINES, helplineFor, resolveCountry } from '@/utils/helplines';

describe('helplines', () => {
  it('has one for every country the tips cover, plus the EU fallback', () => {
    for (const country of COUNTRY_CODES) expect(HELPLINES[country].phone).toMatch(/^\d{3,11}$/);
    expect(helplineFor(null)).toEqual(HELPLINES.EU);
    expect(helplineFor(null).name).toBe('116 111');
  });

  it('gives France the 3018 with its hours in both languages', () => {
    const line = helplineFor('FR');
    expect(line.phone).toBe('3018');
    expect(line.url).toBe('https://3018.fr');
    expect(line.hours?.fr).toContain('9h à 23h');
  });

  it('only links to https sites', () => {
    for (const line of Object.values(HELPLINES)) if (line.url) expect(line.url).toMatch(/^https:\/\//);
  });

  it.each([
    ['auto', ['fr-FR'], 'UTC', 'FR'],
    ['auto', ['fr-BE', 'fr'], 'Europe/Paris', 'BE'],
    ['auto', ['en-UK'], 'UTC', 'GB'],
    ['auto', ['fr'], 'Europe/Zurich', 'CH'],
    ['auto', ['fr'], 'America/Montreal', 'CA'],
    ['auto', ['en'], 'Asia/Tokyo', null],
    ['auto', ['pt-BR'], 'America/Sao_Paulo', null],
    ['IE', ['fr-FR'], 'Europe/Paris', 'IE'],
  ] as const)('setting %s, languages %j, zone %s → %s', (setting, languages, zone, expected) => {
    expect(resolveCountry(setting, languages, zone)).toBe(expected);
  });
});
