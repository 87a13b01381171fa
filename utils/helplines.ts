/**
 * Child and teen helplines per country, from ../shared/research/tip-facts.md (section B). Hours are only
 * given where the operator states them; anything marked "check" or UNCONFIRMED there is left out.
 */
export const COUNTRY_CODES = ['FR', 'BE', 'CH', 'CA', 'GB', 'IE', 'US', 'DE', 'ES', 'IT', 'NL', 'AU'] as const;
export type CountryCode = (typeof COUNTRY_CODES)[number];

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

export function isCountryCode(value: unknown): value is CountryCode {
  return typeof value === 'string' && (COUNTRY_CODES as readonly string[]).includes(value);
}

/** Time zones that settle the country when the browser language has no region (plain "fr" or "en"). */
const ZONE_COUNTRY: Record<string, CountryCode> = {
  'Europe/Paris': 'FR',
  'Europe/Brussels': 'BE',
  'Europe/Zurich': 'CH',
  'Europe/London': 'GB',
  'Europe/Dublin': 'IE',
  'Europe/Berlin': 'DE',
  'Europe/Madrid': 'ES',
  'Europe/Rome': 'IT',
  'Europe/Amsterdam': 'NL',
  'America/Toronto': 'CA',
  'America/Montreal': 'CA',
  'America/Vancouver': 'CA',
  'Australia/Sydney': 'AU',
  'Australia/Melbourne': 'AU',
  'America/New_York': 'US',
  'America/Chicago': 'US',
  'America/Denver': 'US',
  'America/Los_Angeles': 'US',
};

/**
 * The teen's country: the setting when chosen, else the region of the browser's languages ("fr-BE"),
 * else the time zone, else none (the EU-wide 116 111 is shown).
 */
export function resolveCountry(
  setting: 'auto' | CountryCode,
  languages: readonly string[],
  timeZone: string,
): CountryCode | null {
  if (setting !== 'auto') return setting;
  for (const tag of languages) {
    const region = tag.split(/[-_]/)[1]?.toUpperCase();
    const country = region === 'UK' ? 'GB' : region;
    if (isCountryCode(country)) return country;
  }
  return ZONE_COUNTRY[timeZone] ?? null;
}

export function helplineFor(country: CountryCode | null): Helpline {
  return HELPLINES[country ?? 'EU'];
}
