import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ReportSentTip } from '@/components/tips/report-sent';
import { HELPLINE_DIRECTORY, HELPLINES, helplineContact, NO_COUNTRY_HELPLINE } from '@/utils/helplines';
import { messagesFor } from '@/utils/i18n';

const tip = (country: keyof typeof HELPLINES | null, language: 'en' | 'fr') => {
  const root = document.createElement('div');
  const noop = () => undefined;
  render(
    <ReportSentTip
      messages={messagesFor(language)}
      language={language}
      helpline={helplineContact(country ? HELPLINES[country] : NO_COUNTRY_HELPLINE, language)}
      onClose={noop}
      onNever={noop}
    />,
    root,
  );
  const link = root.querySelector<HTMLAnchorElement>('a[data-action="link"]');
  return {
    text: root.textContent ?? '',
    read: ['.title', '.body', '.note'].map((part) => root.querySelector(part)?.textContent).join(' '),
    note: root.querySelector('.note')?.textContent,
    href: link?.getAttribute('href'),
    target: link?.target,
    label: link?.textContent,
  };
};

/** Noon, then 23:30, in Paris (the tests run in Europe/Paris). */
const NOON = new Date('2026-12-07T11:00:00Z');
const LATE = new Date('2026-12-07T22:30:00Z');

describe('the report-sent tip on a computer', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(NOON);
  });
  afterEach(() => vi.useRealTimers());

  it('opens the helpline’s site in a new tab rather than a tel: link that does nothing', () => {
    expect(tip('FR', 'fr')).toMatchObject({ href: 'https://3018.fr', target: '_blank', label: 'Écrire au 3018' });
    expect(tip('GB', 'en')).toMatchObject({ href: 'https://www.childline.org.uk', target: '_blank' });
  });

  it('#21 at 23:30 in Paris offers the 119, open day and night, and never the closed 3018', () => {
    vi.setSystemTime(LATE);
    const late = tip('FR', 'fr');
    expect(late).toMatchObject({ href: 'https://allo119.gouv.fr', label: 'Écrire au 119' });
    expect(late.text).toContain('ou au 119.');
    expect(late.text).not.toContain('3018');
  });

  it('#21 says what comes next: in the EU a decision and a free appeal, elsewhere a review', () => {
    expect(tip('FR', 'fr').text).toContain('tu peux contester sa décision gratuitement');
    expect(tip('IE', 'en').text).toContain('you can appeal for free');
    expect(tip('GB', 'en').text).toContain('not everything reported is removed');
    expect(tip('US', 'en').text).not.toContain('appeal');
  });

  it('#21 names the danger number of the teen’s country, and the emergency services where none is known', () => {
    expect(tip('FR', 'fr').note).toBe('En danger\u202f? Appeler le 112 ou 17.');
    expect(tip('GB', 'en').note).toBe('In danger now? Call 999.');
    expect(tip('US', 'en').note).toBe('In danger now? Call 911.');
    expect(tip('AU', 'en').note).toBe('In danger now? Call 000.');
    expect(tip(null, 'en').note).toBe('In danger now? Call the emergency number.');
  });

  it('links to the directory of national helplines where the helpline has no confirmed site, never to tel:', () => {
    expect(tip('BE', 'fr')).toMatchObject({ href: HELPLINE_DIRECTORY, label: 'Trouver une ligne d’écoute' });
    expect(tip('BE', 'fr').text).toContain('à Écoute-Enfants (103)');
    for (const country of Object.keys(HELPLINES) as (keyof typeof HELPLINES)[])
      for (const language of ['en', 'fr'] as const) expect(tip(country, language).href).toMatch(/^https:\/\//);
  });

  it('sends a teen whose country is unknown to an adult they trust and the directory, naming no line', () => {
    expect(tip(null, 'en')).toMatchObject({ href: HELPLINE_DIRECTORY, label: 'Find a helpline' });
    expect(tip(null, 'en').text).toContain('talk to an adult you trust');
    expect(tip(null, 'fr').text).toContain('un adulte de confiance');
  });

  // The copy check counts the templates; this counts what a teen reads, helpline and number included.
  it('stays within 40 words as rendered, for every country in both languages, by day and at night', () => {
    for (const now of [NOON, LATE])
      for (const country of [...(Object.keys(HELPLINES) as (keyof typeof HELPLINES)[]), null])
        for (const language of ['en', 'fr'] as const) {
          vi.setSystemTime(now);
          const { read: text } = tip(country, language);
          const words = text.split(/\s+/).filter((word) => /[\p{L}\d]/u.test(word)).length;
          expect(words, `${country} ${language}: ${text}`).toBeLessThanOrEqual(40);
        }
  });
});
