import { render } from 'preact';
import { describe, expect, it } from 'vitest';
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
    read: `${root.querySelector('.title')?.textContent} ${root.querySelector('.body')?.textContent}`,
    href: link?.getAttribute('href'),
    target: link?.target,
    label: link?.textContent,
  };
};

describe('the report-sent tip on a computer', () => {
  it('opens the helpline’s site in a new tab rather than a tel: link that does nothing', () => {
    expect(tip('FR', 'fr')).toMatchObject({ href: 'https://3018.fr', target: '_blank', label: 'Écrire au 3018' });
    expect(tip('GB', 'en')).toMatchObject({ href: 'https://www.childline.org.uk', target: '_blank' });
  });

  it('gives the number as text for a phone when the name does not show it', () => {
    expect(tip('CA', 'en').text).toContain('From a phone: 1-800-668-6868 (24/7).');
    expect(tip('FR', 'fr').text).not.toContain('Depuis un téléphone');
  });

  it('links to the directory of national helplines where the helpline has no confirmed site, never to tel:', () => {
    expect(tip('BE', 'fr')).toMatchObject({ href: HELPLINE_DIRECTORY, label: 'Trouver une ligne d’écoute' });
    expect(tip('BE', 'fr').text).toContain('103 Écoute-Enfants');
    for (const country of Object.keys(HELPLINES) as (keyof typeof HELPLINES)[])
      for (const language of ['en', 'fr'] as const) expect(tip(country, language).href).toMatch(/^https:\/\//);
  });

  it('sends a teen whose country is unknown to an adult they trust and the directory, naming no line', () => {
    expect(tip(null, 'en')).toMatchObject({ href: HELPLINE_DIRECTORY, label: 'Find a helpline' });
    expect(tip(null, 'en').text).toContain('talk to an adult you trust');
    expect(tip(null, 'fr').text).toContain('un adulte de confiance');
  });

  // The copy check counts the templates; this counts what a teen reads, helpline and number included.
  it('stays within 40 words as rendered, for every country in both languages', () => {
    for (const country of [...(Object.keys(HELPLINES) as (keyof typeof HELPLINES)[]), null])
      for (const language of ['en', 'fr'] as const) {
        const { read: text } = tip(country, language);
        const words = text.split(/\s+/).filter((word) => /[\p{L}\d]/u.test(word)).length;
        expect(words, `${country} ${language}: ${text}`).toBeLessThanOrEqual(40);
      }
  });
});
