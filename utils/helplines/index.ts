/**
 * The family's helpline: the table (./table.ts), what is offered of it now (./contact.ts), and which
 * country's it is (the time zone, then the browser's region).
 */
import type { CountryCode } from './countries';
import { isCountryCode } from './countries';
import { HELPLINES, NO_COUNTRY_HELPLINE } from './table';
import type { Helpline } from './types';

export {
  HELPLINE_DIRECTORY,
  type HelplineContact,
  helplineContact,
  type LineContact,
  type LineName,
  lineName,
} from './contact';
export { COUNTRY_CODES, type CountryCode, countryName, isCountryCode } from './countries';
export { HELPLINES, NO_COUNTRY_HELPLINE } from './table';
export type { Channel, Helpline, Hours, ImageRemoval, OtherLine } from './types';

/**
 * The country of each time zone the covered countries use, overseas departments and territories included
 * (La Réunion, Mayotte, the Antilles, Guyane, Saint-Pierre, Nouvelle-Calédonie, Polynésie, Wallis): the
 * zone says where the computer is, which the browser's language does not (a Belgian teen may browse in
 * fr-FR, a French one in en-US).
 */
const ZONES_BY_COUNTRY: Record<CountryCode, string> = {
  FR: 'Europe/Paris Indian/Reunion Indian/Mayotte America/Guadeloupe America/Martinique America/Cayenne America/Miquelon America/St_Barthelemy America/Marigot Pacific/Noumea Pacific/Tahiti Pacific/Marquesas Pacific/Gambier Pacific/Wallis Indian/Kerguelen',
  BE: 'Europe/Brussels',
  CH: 'Europe/Zurich',
  GB: 'Europe/London Europe/Belfast GB GB-Eire',
  IE: 'Europe/Dublin Eire',
  DE: 'Europe/Berlin Europe/Busingen',
  ES: 'Europe/Madrid Atlantic/Canary Africa/Ceuta',
  IT: 'Europe/Rome',
  NL: 'Europe/Amsterdam',
  CA: 'America/Toronto America/Montreal America/Vancouver America/Edmonton America/Winnipeg America/Halifax America/St_Johns America/Regina America/Moncton America/Glace_Bay America/Goose_Bay America/Swift_Current America/Iqaluit America/Whitehorse America/Yellowknife America/Dawson America/Dawson_Creek America/Creston America/Fort_Nelson America/Cambridge_Bay America/Inuvik America/Rankin_Inlet America/Resolute America/Atikokan America/Blanc-Sablon America/Thunder_Bay America/Nipigon America/Rainy_River America/Pangnirtung',
  US: 'America/New_York America/Chicago America/Denver America/Los_Angeles America/Phoenix America/Anchorage America/Juneau America/Sitka America/Nome America/Yakutat America/Metlakatla America/Adak America/Boise America/Detroit America/Menominee America/Puerto_Rico Pacific/Honolulu',
  AU: 'Australia/Sydney Australia/Melbourne Australia/Brisbane Australia/Perth Australia/Adelaide Australia/Hobart Australia/Darwin Australia/Canberra Australia/Lindeman Australia/Broken_Hill Australia/Currie Australia/Eucla Australia/Lord_Howe',
};
let zoneCountry: Map<string, CountryCode> | null = null;

/** Zone families whose every member is in one country (the older names browsers may still report). */
const ZONE_PREFIX_COUNTRY: readonly [string, CountryCode][] = [
  ['America/Indiana/', 'US'],
  ['America/Kentucky/', 'US'],
  ['America/North_Dakota/', 'US'],
  ['US/', 'US'],
  ['Canada/', 'CA'],
  ['Australia/', 'AU'],
];

/** The country of a time zone, or null for one outside the countries covered. */
export function countryOfZone(timeZone: string): CountryCode | null {
  // Kept as one string per country (the content script's size), read into a map on first use.
  zoneCountry ??= new Map(
    (Object.entries(ZONES_BY_COUNTRY) as [CountryCode, string][]).flatMap(([country, names]) =>
      names.split(' ').map((name) => [name, country] as const),
    ),
  );
  return zoneCountry.get(timeZone) ?? ZONE_PREFIX_COUNTRY.find(([prefix]) => timeZone.startsWith(prefix))?.[1] ?? null;
}

/**
 * The teen's country: the family's choice when made, else the time zone, else the region of the browser's
 * languages ("fr-BE"), else none.
 */
export function resolveCountry(
  setting: 'auto' | CountryCode,
  languages: readonly string[],
  timeZone: string,
): CountryCode | null {
  if (setting !== 'auto') return setting;
  const byZone = countryOfZone(timeZone);
  if (byZone) return byZone;
  for (const tag of languages) {
    const region = tag.split(/[-_]/)[1]?.toUpperCase();
    const country = region === 'UK' ? 'GB' : region;
    if (isCountryCode(country)) return country;
  }
  return null;
}

/** This browser's languages and this computer's time zone: what picks a helpline when no country is set. */
export const thisComputer = () => ({
  languages: navigator.languages,
  timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
});

/** The family's helpline: its chosen country's, else the one where this computer is (`resolveCountry`). */
export function familyHelpline(
  setting: 'auto' | CountryCode,
  languages: readonly string[],
  timeZone: string,
): Helpline {
  return helplineFor(resolveCountry(setting, languages, timeZone), timeZone);
}

export function helplineFor(country: CountryCode | null, timeZone = ''): Helpline {
  if (country) return HELPLINES[country];
  return timeZone.startsWith('Europe/') ? HELPLINES.EU : NO_COUNTRY_HELPLINE;
}
