import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  COUNTRY_CODES,
  countryOfZone,
  HELPLINE_DIRECTORY,
  HELPLINES,
  helplineContact,
  helplineFor,
  NO_COUNTRY_HELPLINE,
  resolveCountry,
} from '@/utils/helplines';

/** Noon in Paris and Brussels, in winter. */
const PARIS_NOON = new Date('2026-12-07T11:00:00Z');

const FACTS = resolve(__dirname, '../../../../shared/research/tip-facts.md');
const facts = existsSync(FACTS) ? readFileSync(FACTS, 'utf8') : null;
if (!facts) console.info('tip-facts.md is not in ../shared/research: the helpline figures are not compared with it.');

describe('helplines', () => {
  it('has one for every country the tips cover, plus the EU fallback, each with a phone number as text', () => {
    for (const country of COUNTRY_CODES) {
      const call = HELPLINES[country].channels.find((channel) => channel.kind === 'phone');
      expect(call && 'number' in call && call.number, country).toMatch(/^\d[\d -]{1,14}\d$/);
    }
    expect(helplineFor(null, 'Europe/Vienna')).toEqual(HELPLINES.EU);
    expect(helplineFor(null, 'Europe/Vienna').name).toBe('116 111');
  });

  it('offers no 116 111 outside Europe, where it is not a child line: an adult you trust and the directory', () => {
    expect(helplineFor(null, 'Asia/Tokyo')).toEqual(NO_COUNTRY_HELPLINE);
    expect(helplineContact(helplineFor(null, 'Asia/Tokyo'), 'en')).toMatchObject({
      name: null,
      link: { kind: 'directory', url: HELPLINE_DIRECTORY },
    });
    expect(helplineFor(null)).toEqual(NO_COUNTRY_HELPLINE);
  });

  it('opens the 3018’s chat, with its hours in both languages; the name is the number', () => {
    expect(helplineContact(helplineFor('FR'), 'fr', PARIS_NOON, 'Europe/Paris')).toMatchObject({
      link: { kind: 'chat', url: 'https://3018.fr' },
      hours: '7j/7 de 9h à 23h',
      phone: { number: '3018', hours: '7j/7 de 9h à 23h' },
      namedByNumber: true,
    });
    expect(helplineContact(helplineFor('FR'), 'en', PARIS_NOON, 'Europe/Paris').hours).toBe('7 days a week, 9am–11pm');
  });

  it('gives the number and hours for a phone, and says whether the name already shows the number', () => {
    expect(helplineContact(HELPLINES.CA, 'en')).toMatchObject({
      phone: { number: '1-800-668-6868', hours: '24/7' },
      namedByNumber: false,
    });
    expect(helplineContact(HELPLINES.GB, 'en')).toMatchObject({ phone: { hours: '24/7' }, namedByNumber: false });
    expect(helplineContact(HELPLINES.US, 'en')).toMatchObject({ hours: '24/7', namedByNumber: true });
    expect(helplineContact(HELPLINES.BE, 'fr', PARIS_NOON, 'Europe/Brussels')).toMatchObject({
      phone: { number: '103' },
      namedByNumber: false,
    });
  });

  it('opens Jeunesse, J’écoute for French readers in Canada, and gives the texting keyword only where it is confirmed', () => {
    expect(helplineContact(HELPLINES.CA, 'fr').link.url).toBe('https://jeunessejecoute.ca');
    expect(helplineContact(HELPLINES.CA, 'en').link.url).toBe('https://kidshelpphone.ca');
    expect(helplineContact(HELPLINES.CA, 'en').text).toMatchObject({ number: '686868', keyword: 'CONNECT' });
    expect(helplineContact(HELPLINES.CA, 'fr').text?.keyword).toBeUndefined();
  });

  it('sends a line with no confirmed site to the directory, never to a tel: link', () => {
    expect(helplineContact(HELPLINES.BE, 'fr', PARIS_NOON, 'Europe/Brussels')).toMatchObject({
      name: { name: 'Écoute-Enfants', to: 'à Écoute-Enfants' },
      link: { kind: 'directory', url: HELPLINE_DIRECTORY },
    });
  });

  it('only links to https pages', () => {
    for (const line of Object.values(HELPLINES)) {
      for (const channel of line.channels) if ('url' in channel) expect(channel.url).toMatch(/^https:\/\//);
      for (const other of [line.night, line.crisis]) if (other?.page) expect(other.page.url).toMatch(/^https:\/\//);
    }
  });

  // Every number, page and hour figure must be the research's: a typo here sends a teen to the wrong line.
  it.runIf(facts)('takes every number, page and figure from tip-facts.md and names its row', () => {
    const text = facts ?? '';
    const digitsOf = (value: string) => value.replace(/\D/g, '');
    const factDigits = digitsOf(text.replace(/\s|-/g, ''));
    for (const line of [...Object.values(HELPLINES), NO_COUNTRY_HELPLINE]) {
      expect(line.source).toMatch(/^tip-facts\.md §B, /);
      for (const channel of line.channels) {
        if ('url' in channel) expect(text, channel.url).toContain(channel.url.replace(/\/$/, ''));
        else expect(factDigits, channel.number).toContain(digitsOf(channel.number));
        if (channel.hours?.en === '24/7') expect(text).toContain('24/7');
      }
    }
  });

  // The night and crisis lines are not in tip-facts.md: each is in the README's "Helpline facts" with the
  // sources that say its number, its page and that it is open day and night.
  it('takes every night and crisis line from the README’s helpline facts, number, page and source', () => {
    const readme = readFileSync(resolve(__dirname, '../../../README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### Helpline facts'));
    const rows = section.split('\n').filter((line) => line.startsWith('|'));
    for (const line of Object.values(HELPLINES))
      for (const other of [line.night, line.crisis]) {
        if (!other) continue;
        const row = rows.find((candidate) => candidate.includes(`| ${other.number} |`));
        expect(row, `${other.name} ${other.number}`).toBeDefined();
        if (other.page) expect(row).toContain(other.page.url.replace(/^https:\/\//, ''));
        expect(row).toMatch(/24\/7/);
      }
    const emergency = new Set(Object.values(HELPLINES).flatMap((line) => line.emergency));
    for (const number of emergency)
      expect(
        rows.some((row) => row.includes(`| ${number} |`)),
        number,
      ).toBe(true);
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
