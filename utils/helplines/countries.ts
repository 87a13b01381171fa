/**
 * The countries Scrollwise has a helpline for. Its own module, so the settings (and every page) can check
 * a country without loading the helpline table and the time-zone map (./index.ts).
 */
export const COUNTRY_CODES = ['FR', 'BE', 'CH', 'CA', 'GB', 'IE', 'US', 'DE', 'ES', 'IT', 'NL', 'AU'] as const;
export type CountryCode = (typeof COUNTRY_CODES)[number];

export function isCountryCode(value: unknown): value is CountryCode {
  return typeof value === 'string' && (COUNTRY_CODES as readonly string[]).includes(value);
}

/** A country's name in the reader's language ("France", "Belgique"), from the browser's own data. */
export function countryName(country: CountryCode, language: string): string {
  return new Intl.DisplayNames([language], { type: 'region' }).of(country) ?? country;
}
