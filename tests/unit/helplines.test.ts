import { describe, expect, it } from 'vitest';
import {
  COUNTRY_CODES,
  countryOfZone,
  HELPLINE_DIRECTORY,
  HELPLINES,
  helplineFor,
  NO_COUNTRY_HELPLINE,
  resolveCountry,
} from '@/utils/helplines';

describe('helplines', () => {
  it('has one for every country the tips cover, plus the EU fallback', () => {
    for (const country of COUNTRY_CODES) expect(HELPLINES[country].phone).toMatch(/^\d{3,11}$/);
    expect(helplineFor(null, 'Europe/Vienna')).toEqual(HELPLINES.EU);
    expect(helplineFor(null, 'Europe/Vienna').name).toBe('116 111');
  });

  it('offers no 116 111 outside Europe, where it is not a child line: the directory of national lines', () => {
    expect(helplineFor(null, 'Asia/Tokyo')).toEqual(NO_COUNTRY_HELPLINE);
    expect(helplineFor(null, 'Asia/Tokyo').url).toBe(HELPLINE_DIRECTORY);
    expect(helplineFor(null)).toEqual(NO_COUNTRY_HELPLINE);
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
    [
      'FR',
      [
        'Europe/Paris',
        'Indian/Reunion',
        'Indian/Mayotte',
        'America/Guadeloupe',
        'America/Martinique',
        'America/Cayenne',
        'America/Miquelon',
        'Pacific/Noumea',
        'Pacific/Tahiti',
        'Pacific/Marquesas',
        'Pacific/Wallis',
      ],
    ],
    ['BE', ['Europe/Brussels']],
    ['CH', ['Europe/Zurich']],
    [
      'CA',
      [
        'America/Toronto',
        'America/Montreal',
        'America/Vancouver',
        'America/Edmonton',
        'America/Winnipeg',
        'America/Halifax',
        'America/St_Johns',
        'America/Regina',
        'America/Whitehorse',
        'America/Iqaluit',
        'Canada/Eastern',
      ],
    ],
    [
      'US',
      [
        'America/New_York',
        'America/Chicago',
        'America/Denver',
        'America/Los_Angeles',
        'America/Phoenix',
        'America/Anchorage',
        'Pacific/Honolulu',
        'America/Indiana/Indianapolis',
        'America/Kentucky/Louisville',
        'America/Boise',
        'America/Detroit',
        'US/Eastern',
      ],
    ],
    ['GB', ['Europe/London']],
    ['IE', ['Europe/Dublin']],
    [
      'AU',
      [
        'Australia/Sydney',
        'Australia/Melbourne',
        'Australia/Brisbane',
        'Australia/Perth',
        'Australia/Adelaide',
        'Australia/Hobart',
        'Australia/Darwin',
      ],
    ],
    ['DE', ['Europe/Berlin']],
    ['ES', ['Europe/Madrid', 'Atlantic/Canary']],
    ['IT', ['Europe/Rome']],
    ['NL', ['Europe/Amsterdam']],
  ] as const)('every %s zone in the map gives %s', (country, names) => {
    for (const name of names) expect(countryOfZone(name), name).toBe(country);
  });

  it.each([
    // The zone says where the computer is; the browser's language does not.
    ['auto', ['fr-FR'], 'Europe/Brussels', 'BE'],
    ['auto', ['en-US'], 'Europe/Paris', 'FR'],
    ['auto', ['fr-FR'], 'Indian/Reunion', 'FR'],
    ['auto', ['fr-FR'], 'America/Montreal', 'CA'],
    ['auto', ['fr-FR'], 'UTC', 'FR'],
    ['auto', ['fr-BE', 'fr'], 'Europe/Paris', 'FR'],
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
