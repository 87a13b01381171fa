import type { LanguageSetting } from './settings';

export type Language = 'en' | 'fr';

/**
 * The tips' language: the setting when chosen, else TikTok's own UI language (`<html lang>`), else the
 * first of the browser's languages Scrollwise speaks, else English.
 */
export function resolveLanguage(
  setting: LanguageSetting,
  pageLang: string | null,
  browserLanguages: readonly string[],
): Language {
  if (setting !== 'auto') return setting;
  for (const tag of [pageLang ?? '', ...browserLanguages]) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (base === 'fr' || base === 'en') return base;
  }
  return 'en';
}
