import { type CountryCode, isCountryCode } from './helplines';

/** Tip themes the teen or a parent can turn on and off; each covers one or more views. */
export const TIP_THEMES = ['comments', 'reporting', 'privacy', 'screenTime'] as const;
export type TipTheme = (typeof TIP_THEMES)[number];

export const LANGUAGES = ['auto', 'en', 'fr'] as const;
export type LanguageSetting = (typeof LANGUAGES)[number];

export interface Settings {
  tips: Record<TipTheme, boolean>;
  language: LanguageSetting;
  helplineCountry: 'auto' | CountryCode;
}

export const DEFAULT_SETTINGS: Settings = {
  tips: { comments: true, reporting: true, privacy: true, screenTime: true },
  language: 'auto',
  helplineCountry: 'auto',
};

/**
 * Reads a stored settings record field by field: a bad field falls back to its default and is reported,
 * the good ones are kept. Storage is untrusted (a devtools edit, a half-written record, an old version).
 */
export function parseSettings(raw: unknown): { settings: Settings; invalid: string[] } {
  const invalid: string[] = [];
  if (!isRecord(raw) && raw !== undefined && raw !== null) invalid.push('settings');
  const record: Record<string, unknown> = isRecord(raw) ? raw : {};
  const tips = { ...DEFAULT_SETTINGS.tips };
  if (record.tips !== undefined) {
    if (isRecord(record.tips)) {
      for (const theme of TIP_THEMES) {
        const value = record.tips[theme];
        if (typeof value === 'boolean') tips[theme] = value;
        else if (value !== undefined) invalid.push(`tips.${theme}`);
      }
    } else invalid.push('tips');
  }
  const language = pick(
    record.language,
    (value): value is LanguageSetting => LANGUAGES.includes(value as LanguageSetting),
    'language',
  );
  const helplineCountry = pick(
    record.helplineCountry,
    (value): value is Settings['helplineCountry'] => value === 'auto' || isCountryCode(value),
    'helplineCountry',
  );
  return { settings: { tips, language, helplineCountry }, invalid };

  function pick<K extends keyof Settings>(
    value: unknown,
    valid: (value: unknown) => value is Settings[K],
    name: K,
  ): Settings[K] {
    if (value === undefined) return DEFAULT_SETTINGS[name];
    if (valid(value)) return value;
    invalid.push(name);
    return DEFAULT_SETTINGS[name];
  }
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
