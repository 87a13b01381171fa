/**
 * Child and teen helplines per country, from ../shared/research/tip-facts.md (section B). Hours are only
 * given where the operator states them; anything marked "check" or UNCONFIRMED there is left out.
 */
import { type CountryCode, isCountryCode } from './countries';

export { COUNTRY_CODES, type CountryCode, countryName, isCountryCode } from './countries';

/**
 * Who helps take down an intimate image of a teen (tip-facts.md and tiktok-dm-evidence-2026-11.md §2):
 * Take It Down (NCMEC) makes a fingerprint on the device and works with the sites that take part; the UK's
 * Report Remove (Childline with the IWF) has the image sent to the IWF, which has it removed; in France the
 * 3018 gets content taken down, and Pharos takes reports. They work differently, so each has its own copy.
 */
export type ImageRemoval = 'take-it-down' | 'report-remove' | '3018';

export interface Helpline {
  /** Shown to the teen, e.g. "3018". */
  name: string;
  /** The number, digits only, given as text ("from a phone"). */
  phone: string;
  /** Operator's site. Opening it is the teen's own navigation; Scrollwise fetches nothing. */
  url?: string;
  /** Hours in the helpline's own words, per language, only where the operator confirms them. */
  hours?: { en: string; fr: string };
  /** Where an intimate image can be taken down; Take It Down where no national service is listed. */
  imageRemoval?: ImageRemoval;
}

export const HELPLINES: Record<CountryCode | 'EU', Helpline> = {
  FR: {
    name: '3018',
    phone: '3018',
    url: 'https://3018.fr',
    hours: { en: 'free, anonymous, 7 days a week, 9am–11pm', fr: 'gratuit, anonyme, 7j/7 de 9h à 23h' },
    imageRemoval: '3018',
  },
  BE: { name: '103 Écoute-Enfants', phone: '103' },
  CH: { name: '147 Pro Juventute', phone: '147', url: 'https://www.147.ch', hours: { en: '24/7', fr: '24h/24, 7j/7' } },
  CA: {
    name: 'Kids Help Phone / Jeunesse, J’écoute',
    phone: '18006686868',
    url: 'https://kidshelpphone.ca',
    hours: { en: '24/7', fr: '24h/24, 7j/7' },
  },
  GB: {
    name: 'Childline 0800 1111',
    phone: '08001111',
    url: 'https://www.childline.org.uk',
    hours: { en: '24/7', fr: '24h/24, 7j/7' },
    imageRemoval: 'report-remove',
  },
  IE: {
    name: 'Childline 1800 66 66 66',
    phone: '1800666666',
    url: 'https://www.childline.ie',
    hours: { en: '24/7 by phone', fr: '24h/24 par téléphone' },
  },
  US: {
    name: '988',
    phone: '988',
    url: 'https://988lifeline.org',
    hours: { en: 'call or text, 24/7', fr: 'appel ou SMS, 24h/24' },
  },
  DE: { name: 'Nummer gegen Kummer 116 111', phone: '116111', url: 'https://www.nummergegenkummer.de' },
  ES: {
    name: 'ANAR 900 20 20 10',
    phone: '900202010',
    url: 'https://www.anar.org',
    hours: { en: '24/7', fr: '24h/24, 7j/7' },
  },
  IT: {
    name: 'Telefono Azzurro 19696',
    phone: '19696',
    url: 'https://azzurro.it',
    hours: { en: '24/7', fr: '24h/24, 7j/7' },
  },
  NL: { name: 'De Kindertelefoon 0800-0432', phone: '08000432', url: 'https://www.kindertelefoon.nl' },
  AU: {
    name: 'Kids Helpline 1800 55 1800',
    phone: '1800551800',
    url: 'https://kidshelpline.com.au',
    hours: { en: '24/7', fr: '24h/24, 7j/7' },
  },
  EU: { name: '116 111', phone: '116111' },
};

/**
 * Child Helpline International's directory of national child helplines (tip-facts.md, section B): the web
 * page offered where a helpline has no confirmed site of its own, since a phone-number link does nothing on
 * most computers.
 */
export const HELPLINE_DIRECTORY = 'https://childhelplineinternational.org/helplines/';

/** The page a helpline's link opens: its own site, else the directory. */
export const helplinePage = (helpline: Helpline): string => helpline.url ?? HELPLINE_DIRECTORY;

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

/**
 * Where no country is known: the EU-wide child line 116 111 in a European zone, elsewhere Child Helpline
 * International, whose directory lists the national lines (116 111 is not a child line outside the EU).
 */
export const NO_COUNTRY_HELPLINE: Helpline = {
  name: 'Child Helpline International',
  phone: '',
  url: HELPLINE_DIRECTORY,
};

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
