import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HelplineLine } from '@/components/family/HelplineLine';
import { HELPLINE_DIRECTORY } from '@/utils/helplines';
import { pagesEn } from '@/utils/i18n/pages.en';
import { pagesFr } from '@/utils/i18n/pages.fr';

const line = (country: 'FR' | 'CA' | 'US' | 'BE' | 'GB', language: 'en' | 'fr') => {
  const root = document.createElement('div');
  render(
    <HelplineLine
      country={country}
      language={language}
      lead={(language === 'en' ? pagesEn : pagesFr).popup.needTalk}
      copy={(language === 'en' ? pagesEn : pagesFr).popup}
      testId="need-to-talk"
    />,
    root,
  );
  const link = root.querySelector('a');
  return {
    text: root.textContent ?? '',
    href: link?.getAttribute('href'),
    label: link?.textContent,
    target: link?.target,
    crisis: root.querySelector('[data-line="crisis"]')?.textContent,
    danger: root.querySelector('[data-line="danger"]')?.textContent,
  };
};

describe('"Need to talk?" in the popup', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-07T11:00:00Z'));
  });
  afterEach(() => vi.useRealTimers());

  it('opens the 3018’s chat in a new tab, named for what it opens', () => {
    expect(line('FR', 'fr')).toMatchObject({ href: 'https://3018.fr', label: 'Écrire au 3018', target: '_blank' });
  });

  it('gives the numbers for a phone and for texting as text, with the keyword only where it is confirmed', () => {
    expect(line('CA', 'en').text).toContain('From a phone: 1-800-668-6868 (24/7)');
    expect(line('CA', 'en').text).toContain('By text: CONNECT to 686868');
    expect(line('CA', 'fr').text).toContain('Par SMS\u00a0: 686868');
    expect(line('CA', 'fr').href).toBe('https://jeunessejecoute.ca');
    expect(line('US', 'en').text).toContain('By text: 988');
  });

  it('sends a line with no confirmed site to the directory, with its number as text, and never offers a tel: link', () => {
    expect(line('BE', 'fr')).toMatchObject({ href: HELPLINE_DIRECTORY, label: 'Trouver une ligne d’écoute' });
    expect(line('BE', 'fr').text).toContain('Depuis un téléphone\u00a0: 103');
    for (const country of ['FR', 'CA', 'US', 'BE'] as const) expect(line(country, 'en').href).toMatch(/^https:\/\//);
  });

  it('#21 at night offers the line open now, says when the 3018 opens, and keeps the crisis and danger lines', () => {
    vi.setSystemTime(new Date('2026-12-07T22:30:00Z'));
    const night = line('FR', 'fr');
    expect(night).toMatchObject({ href: 'https://allo119.gouv.fr', label: 'Écrire au 119' });
    expect(night.text).toContain('Le 3018 ouvre à 9h\u202f; ouvert maintenant\u00a0:');
    expect(night.crisis).toContain('Site du 3114');
    expect(night.crisis).toContain('3114 (24h/24, 7j/7)');
    expect(night.danger).toBe('En danger\u202f? Appeler le 112 ou 17.');
  });

  it('#21 offers Samaritans beside Childline for thoughts of suicide, and 988 once where it is the main line', () => {
    expect(line('GB', 'en').crisis).toContain('Visit Samaritans');
    expect(line('GB', 'en').danger).toBe('In danger now? Call 999.');
    expect(line('US', 'en').crisis).toBeUndefined();
  });
});
