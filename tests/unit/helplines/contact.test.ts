import { describe, expect, it, vi } from 'vitest';
import { helplineLabel, reachLine } from '@/components/helpline-text';
import { HELPLINES, helplineContact, lineName, NO_COUNTRY_HELPLINE } from '@/utils/helplines';
import { localZone } from '@/utils/helplines/contact';
import { clockTime, hoursText, minutesUntilOpen } from '@/utils/helplines/hours';
import { helplineCopy } from '@/utils/i18n/helpline';

/** Instants in UTC; Paris is UTC+1 in December, UTC+2 in July. */
const at = (iso: string) => new Date(iso);

describe('#21 the help offered is open now, in the teen’s time zone', () => {
  it('offers the 3018 by day in Paris, and the 119 (24/7) at 23:30, saying when the 3018 opens again', () => {
    const day = helplineContact(HELPLINES.FR, 'fr', at('2026-12-07T21:59:00Z'), 'Europe/Paris');
    expect(day).toMatchObject({ name: { name: '3018' }, link: { url: 'https://3018.fr' } });
    expect(day.reopens).toBeUndefined();
    const night = helplineContact(HELPLINES.FR, 'fr', at('2026-12-07T22:30:00Z'), 'Europe/Paris');
    expect(night).toMatchObject({
      name: { name: '119', to: 'au 119' },
      link: { kind: 'chat', url: 'https://allo119.gouv.fr' },
      phone: { number: '119', hours: '24h/24, 7j/7' },
      reopens: { name: { the: 'le 3018' }, at: '9h' },
    });
    // The 3018 reopens at 9:00 sharp.
    expect(helplineContact(HELPLINES.FR, 'en', at('2026-12-08T08:00:00Z'), 'Europe/Paris').name?.name).toBe('3018');
    expect(helplineContact(HELPLINES.FR, 'en', at('2026-12-08T07:59:00Z'), 'Europe/Paris').name?.name).toBe('119');
  });

  it('reads the 3018’s hours in Nouméa’s time, and offers the 119 when it is 23:30 in Paris and morning there', () => {
    const evening = helplineContact(HELPLINES.FR, 'fr', at('2026-12-07T09:00:00Z'), 'Pacific/Noumea');
    expect(evening.hours).toBe('7j/7 de 19h à 9h, heure locale');
    expect(helplineContact(HELPLINES.FR, 'en', at('2026-12-07T09:00:00Z'), 'Pacific/Noumea').hours).toBe(
      '7 days a week, 7pm–9am local time',
    );
    const morning = helplineContact(HELPLINES.FR, 'fr', at('2026-12-07T22:30:00Z'), 'Pacific/Noumea');
    expect(morning).toMatchObject({ name: { name: '119' }, reopens: { at: '19h' } });
    // Summer: Paris is UTC+2, so the gap is 9 hours.
    expect(helplineContact(HELPLINES.FR, 'fr', at('2026-07-07T09:00:00Z'), 'Pacific/Noumea').hours).toBe(
      '7j/7 de 18h à 8h, heure locale',
    );
  });

  it('keeps a line shut on Sundays in its own time, saying whose, and knows it is not open on Sunday', () => {
    const saturdayNight = at('2026-12-05T21:00:00Z');
    const schedule = HELPLINES.DE.schedule;
    if (!schedule) throw new Error('Nummer gegen Kummer has opening hours');
    expect(minutesUntilOpen(schedule, saturdayNight)).toBe(40 * 60);
    const contact = helplineContact(HELPLINES.DE, 'en', saturdayNight, 'Europe/Berlin');
    expect(contact).toMatchObject({ name: { name: 'TelefonSeelsorge' }, phone: { number: '0800 111 0 111' } });
    expect(contact.reopens).toMatchObject({ name: { name: 'Nummer gegen Kummer' }, at: undefined });
    expect(hoursText(schedule, 'en', saturdayNight, 'America/New_York')).toBe('Mon–Sat, 2pm–8pm (Berlin time)');
    expect(hoursText(schedule, 'fr', saturdayNight, 'Europe/Berlin')).toBe('du lundi au samedi de 14h à 20h');
  });

  it('offers Écoute-Enfants until midnight in Brussels, then the Centre de Prévention du Suicide', () => {
    expect(helplineContact(HELPLINES.BE, 'fr', at('2026-12-07T22:59:00Z'), 'Europe/Brussels').hours).toBe(
      '7j/7 de 10h à minuit',
    );
    expect(helplineContact(HELPLINES.BE, 'fr', at('2026-12-07T23:01:00Z'), 'Europe/Brussels')).toMatchObject({
      name: { to: 'au Centre de Prévention du Suicide' },
      link: { url: 'https://www.preventionsuicide.be' },
      reopens: { at: '10h' },
    });
  });

  it.each([
    ['FR', ['112', '17']],
    ['GB', ['999']],
    ['US', ['911']],
    ['CA', ['911']],
    ['AU', ['000']],
    ['BE', ['112']],
    ['IE', ['112', '999']],
    ['EU', ['112']],
  ] as const)('gives %s’s emergency numbers: %j', (country, numbers) => {
    expect(helplineContact(HELPLINES[country], 'en').emergency).toEqual(numbers);
  });

  // At noon in Europe the day lines are open (Écoute-Enfants, Nummer gegen Kummer from 14 h on weekdays…), at
  // 3 am they are closed: the crisis line is there at both hours.
  it.each([
    ['midday', '2026-12-03T11:30:00Z'],
    ['at night', '2026-12-03T02:00:00Z'],
  ])('has a crisis line open day and night for suicide and self-harm wherever a country is known (%s)', (_, at) => {
    const crisis = (country: keyof typeof HELPLINES) =>
      helplineContact(HELPLINES[country], 'fr', new Date(at), 'Europe/Paris').crisis;
    expect(crisis('FR')).toMatchObject({ name: { to: 'au 3114' }, link: { url: 'https://3114.fr' } });
    expect(crisis('US')).toMatchObject({ name: { name: '988' }, phone: { hours: '24h/24, 7j/7' } });
    expect(crisis('GB')).toMatchObject({ name: { to: 'aux Samaritans' }, phone: { number: '116 123' } });
    expect(crisis('CA')).toMatchObject({ name: { name: '988' } });
    expect(crisis('AU')).toMatchObject({ name: { name: 'Lifeline' }, phone: { number: '13 11 14' } });
    expect(crisis('ES')).toMatchObject({ name: { name: '024' } });
    expect(crisis('CH')).toMatchObject({ name: { name: '147' } });
    expect(crisis('NL')?.phone?.number).toBe('113');
    for (const country of ['FR', 'BE', 'CH', 'CA', 'GB', 'IE', 'US', 'DE', 'ES', 'IT', 'NL', 'AU'] as const)
      expect(crisis(country)?.phone?.hours, country).toBe('24h/24, 7j/7');
    expect(helplineContact(NO_COUNTRY_HELPLINE, 'en').crisis).toBeNull();
  });

  it('never puts a number in a link’s label unless the line’s name is that number', () => {
    for (const language of ['en', 'fr'] as const)
      for (const helpline of Object.values(HELPLINES))
        for (const when of ['2026-12-07T11:00:00Z', '2026-12-07T02:00:00Z']) {
          const contact = helplineContact(helpline, language, at(when), 'Europe/Paris');
          for (const line of [contact, contact.crisis]) {
            if (!line?.name) continue;
            const label = helplineLabel(line, helplineCopy[language]);
            const digits = label.replace(/\D/g, '');
            if (digits) expect(line.name.name.replace(/\D/g, ''), label).toBe(digits);
            expect(label, label).not.toMatch(/tel:/);
          }
        }
  });

  it('names a line in French with its article: au 3018, à l’ANAR, aux Samaritans, à Jeunesse, J’écoute', () => {
    expect(lineName('3018', undefined, 'fr')).toEqual({ name: '3018', the: 'le 3018', to: 'au 3018', of: 'du 3018' });
    expect(lineName('ANAR', 'l’', 'fr')).toMatchObject({ to: 'à l’ANAR', of: 'de l’ANAR' });
    expect(lineName('Samaritans', 'les', 'fr')).toMatchObject({ to: 'aux Samaritans', of: 'des Samaritans' });
    expect(helplineContact(HELPLINES.CA, 'fr').name?.to).toBe('à Jeunesse, J’écoute');
    expect(helplineContact(HELPLINES.CA, 'en').name?.to).toBe('Kids Help Phone');
    expect(helplineLabel(helplineContact(HELPLINES.ES, 'fr'), helplineCopy.fr)).toBe('Écrire à l’ANAR');
    // Where the link cannot open the line (no page of its own), its number follows its name.
    const belgium = helplineContact(HELPLINES.BE, 'fr', at('2026-12-07T11:00:00Z'), 'Europe/Brussels');
    expect(belgium.name && reachLine({ ...belgium, name: belgium.name })).toBe('à Écoute-Enfants (103)');
  });

  it('writes times as each language does', () => {
    expect([0, 9 * 60, 12 * 60, 19 * 60 + 30, 24 * 60].map((minutes) => clockTime(minutes, 'en'))).toEqual([
      'midnight',
      '9am',
      'noon',
      '7:30pm',
      'midnight',
    ]);
    expect([9 * 60, 19 * 60 + 30, 24 * 60].map((minutes) => clockTime(minutes, 'fr'))).toEqual([
      '9h',
      '19h30',
      'minuit',
    ]);
  });
});

describe("the teen's time zone, read at each paint of a tip", () => {
  it('builds a formatter only when the offset from UTC changes (a move, a clock change), not at each read', () => {
    const formatters = vi.spyOn(Intl, 'DateTimeFormat');
    const offset = vi.spyOn(Date.prototype, 'getTimezoneOffset').mockReturnValue(-60);
    try {
      const zone = localZone();
      for (let paint = 0; paint < 10; paint++) expect(localZone()).toBe(zone);
      expect(formatters.mock.calls.length).toBeLessThanOrEqual(1);
      formatters.mockClear();
      // Summer time, or a flight: the zone is read again.
      offset.mockReturnValue(-120);
      localZone();
      expect(formatters).toHaveBeenCalledOnce();
    } finally {
      vi.restoreAllMocks();
    }
  });
});
