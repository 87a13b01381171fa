import { describe, expect, it } from 'vitest';
import { dangerLine, reachLine } from '@/components/helpline-text';
import { HELPLINES, helplineContact, NO_COUNTRY_HELPLINE } from '@/utils/helplines';
import { format } from '@/utils/i18n';
import { askCopy } from '@/utils/i18n/asks';
import { en } from '@/utils/i18n/en';
import { fr } from '@/utils/i18n/fr';
import { optionsEn } from '@/utils/i18n/options.en';
import { optionsFr } from '@/utils/i18n/options.fr';
import { pagesEn } from '@/utils/i18n/pages.en';
import { pagesFr } from '@/utils/i18n/pages.fr';
import { sharingCopy } from '@/utils/i18n/sharing';
import { siteAccessCopy } from '@/utils/i18n/site-access';
import { weekCopy } from '@/utils/i18n/week';
import { type ViewId, viewById } from '@/utils/views/registry';

/** Noon and three in the morning in Paris, in winter: the 3018 open, then closed. */
const NOON = new Date('2026-12-07T11:00:00Z');
const NIGHT = new Date('2026-12-07T02:00:00Z');

function leaves(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

// The options page's own copy keeps its keys under pages.options and pages.check.
const english = new Map([
  ...leaves(en),
  ...leaves(pagesEn, 'pages'),
  ...leaves(optionsEn, 'pages'),
  ...leaves(sharingCopy.en, 'pages.sharing'),
  ...leaves(siteAccessCopy.en, 'pages.siteAccess'),
  ...leaves(weekCopy.en, 'pages.week'),
  ...leaves(askCopy.en, 'pages.ask'),
]);
const french = new Map([
  ...leaves(fr),
  ...leaves(pagesFr, 'pages'),
  ...leaves(optionsFr, 'pages'),
  ...leaves(sharingCopy.fr, 'pages.sharing'),
  ...leaves(siteAccessCopy.fr, 'pages.siteAccess'),
  ...leaves(weekCopy.fr, 'pages.week'),
  ...leaves(askCopy.fr, 'pages.ask'),
]);

describe('French and English copy', () => {
  it('has exactly the same keys in both languages', () => {
    expect([...french.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('has no empty string and no untranslated copy', () => {
    for (const [key, text] of french) {
      expect(text.trim(), key).not.toBe('');
      if (key.startsWith('tips.') && key.endsWith('.body')) expect(text, key).not.toBe(english.get(key));
    }
  });

  it('keeps the same placeholders in both languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const [key, text] of english) expect(placeholders(french.get(key) ?? ''), key).toEqual(placeholders(text));
  });

  it('keeps every tip to 40 words at most, title, body, its added lines and danger line together, filled in', () => {
    const words = (text: string) =>
      text
        .replace(/<[^>]+>/g, '')
        .split(/\s+/)
        .filter((word) => /[\p{L}\d]/u.test(word)).length;
    for (const [language, copy] of [
      ['en', en],
      ['fr', fr],
    ] as const) {
      // The longest names a tip can fill in, in every country, by day and at night.
      const contacts = [...Object.values(HELPLINES), NO_COUNTRY_HELPLINE].flatMap((line) =>
        [NOON, NIGHT].map((at) => helplineContact(line, language, at, 'Europe/Paris')),
      );
      const lines = contacts.flatMap((contact) => [
        ...(contact.name ? [reachLine({ ...contact, name: contact.name })] : []),
        ...(contact.crisis ? [reachLine(contact.crisis)] : []),
      ]);
      const longest = (texts: string[]) => texts.reduce((a, b) => (words(b) > words(a) ? b : a));
      const to = longest(lines);
      const danger = words(longest(contacts.map((contact) => dangerLine(contact, copy.helpline))));
      for (const [view, tip] of Object.entries(copy.tips) as [ViewId, Record<string, unknown>][]) {
        const texts = leaves(tip);
        const title = words(texts.get('title') ?? '');
        const bodies = [...texts]
          .filter(([key]) => key.startsWith('body'))
          .map(([, text]) => words(format(text, { to })));
        // A line added to the body (the messages tip's image removal, the report-sent tip's next step).
        const extras = [...texts].filter(([key]) => /^(imageRemoval\.|next)/.test(key)).map(([, text]) => words(text));
        const note = viewById(view).offersHelp ? danger : 0;
        const total = title + Math.max(...bodies) + Math.max(0, ...extras) + note;
        expect(total, `${language} ${view}`).toBeLessThanOrEqual(40);
      }
    }
  });

  it('writes French as French: narrow no-break space before ? ! ;, no-break space before : and inside « », no ·e', () => {
    for (const [key, raw] of french) {
      const text = raw.replace(/[a-z]+:\/\/\S+/g, '').replace(/<[^>]+>/g, '');
      expect(text, key).not.toMatch(/(^|[^\u202f?!])[?!;]/);
      expect(text, key).not.toMatch(/(^|[^\u00a0\d])[:]/);
      expect(text, key).not.toMatch(/«(?!\u00a0)|(?<!\u00a0)»/);
      expect(text, key).not.toMatch(/·e|\.e\b/);
    }
  });

  it('#21 says tu to teens (tips, reminders, popup), vous to parents (options, check), neither where both read', () => {
    const teen = [...french].filter(([key]) => /^(tip|tips|reminder)\.|^pages\.popup\./.test(key));
    const parents = [...french].filter(([key]) => /^pages\.(options|check)\./.test(key));
    // What both read (the settings, data and lock panels shared by the popup and the options page, the
    // refusals, the PIN window): neither, in infinitives and plain statements.
    const shared = [...french].filter(
      ([key]) =>
        /^pages\.(settings|errors|refusals|data|lock|extra|ask|week|sharing|familySharing|siteAccess)\./.test(key) ||
        key.startsWith('helpline.'),
    );
    expect(teen.length * parents.length * shared.length).toBeGreaterThan(0);
    expect(
      [...french].filter(
        ([key]) =>
          !teen.some(([k]) => k === key) && !parents.some(([k]) => k === key) && !shared.some(([k]) => k === key),
      ),
    ).toEqual([]);
    // Whole words only, accents included ("secrète" holds no "te").
    const words = (list: string) => new RegExp(`(?<!\\p{L})(${list})(?!\\p{L})`, 'iu');
    const vous = words('vous|votre|vos');
    const tu = words('tu|ton|ta|tes|te|toi');
    for (const [key, text] of teen) expect(text, key).not.toMatch(vous);
    for (const [key, text] of parents) expect(text, key).not.toMatch(tu);
    for (const [key, text] of shared) {
      expect(text, key).not.toMatch(vous);
      expect(text, key).not.toMatch(tu);
    }
  });

  it('#21 gives sextortion advice as child-protection services do: no paying, no sending, the chat kept, never the images', () => {
    const plain = (html: string) => html.replace(/<[^>]+>/g, '');
    const advice = { en: plain(en.tips.messages.body), fr: plain(fr.tips.messages.body) };
    expect(advice.en).toMatch(/don’t pay/i);
    expect(advice.en).toMatch(/not your fault/i);
    expect(advice.en).toMatch(/screenshot the chat, never images/i);
    expect(advice.fr).toMatch(/ne paie pas/);
    expect(advice.fr).toMatch(/pas ta faute/);
    expect(advice.fr).toMatch(/capture la discussion, jamais les images/i);
    // Nothing that tells a teen to keep screenshots in general (of the images too), or blames one who sent.
    for (const text of Object.values(advice))
      expect(text).not.toMatch(/keep screenshots|garde des captures|never send|jamais de photos/i);
  });

  it('#21 says what a private account shows as TikTok does: the photo and name stay visible, not the bio', () => {
    expect(en.tips['privacy-settings'].body).toMatch(/only followers you approve see your videos, bio and likes/);
    expect(fr.tips['privacy-settings'].body).toMatch(/seuls les abonnés que tu acceptes voient tes vidéos, ta bio/);
    expect(fr.tips['privacy-settings'].body).not.toMatch(/qui tu n’as pas accepté/);
  });

  it('never shames: no blaming words in any tip', () => {
    const blame = /\b(addict|should be ashamed|wasting|lazy|honte|accro|gâch)/i;
    for (const [key, text] of [...english, ...french]) expect(text, key).not.toMatch(blame);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('Call {helpline} ({hours})', { helpline: '3018' })).toBe('Call 3018 ({hours})');
  });
});
