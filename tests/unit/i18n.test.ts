import { describe, expect, it } from 'vitest';
import { format } from '@/utils/i18n';
import { en } from '@/utils/i18n/en';
import { fr } from '@/utils/i18n/fr';
import { pagesEn } from '@/utils/i18n/pages.en';
import { pagesFr } from '@/utils/i18n/pages.fr';

function leaves(tree: object, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const english = new Map([...leaves(en), ...leaves(pagesEn, 'pages')]);
const french = new Map([...leaves(fr), ...leaves(pagesFr, 'pages')]);

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

  it('keeps every tip short: at most about 40 words', () => {
    for (const [key, text] of [...english, ...french]) {
      if (!/^tips\..*\.body/.test(key)) continue;
      const words = text
        .replace(/<[^>]+>/g, '')
        .split(/\s+/)
        .filter((word) => /\p{L}/u.test(word));
      expect(words.length, `${key}: ${text}`).toBeLessThanOrEqual(42);
    }
  });

  it('never shames: no blaming words in any tip', () => {
    const blame = /\b(addict|should be ashamed|wasting|lazy|honte|accro|gâch)/i;
    for (const [key, text] of [...english, ...french]) expect(text, key).not.toMatch(blame);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(format('Call {helpline} ({hours})', { helpline: '3018' })).toBe('Call 3018 ({hours})');
  });
});
