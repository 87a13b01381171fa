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

/** Hours in the operator's own words, per language. */
export interface Hours {
  en: string;
  fr: string;
}

const ALWAYS: Hours = { en: '24/7', fr: '24h/24, 7j/7' };

/**
 * One way to reach a helpline. `chat` and `web` are pages opened in a new tab (the teen's own navigation;
 * Scrollwise fetches nothing); `phone` and `sms` are numbers shown as text, since a number link does
 * nothing on most computers.
 */
export type Channel =
  | { kind: 'chat' | 'web'; url: string; hours?: Hours; lang?: 'en' | 'fr' }
  | { kind: 'phone'; number: string; hours?: Hours }
  | { kind: 'sms'; number: string; hours?: Hours; keyword?: Partial<Hours> };

export interface Helpline {
  /** Shown to the teen, e.g. "3018"; null where no national line is known. */
  name: string | null;
  /**
   * What the operator offers, most useful on a computer first. Hours sit on the channel they are stated
   * for; where the source gives one figure for a line with a chat, only the phone carries it.
   */
  channels: readonly Channel[];
  /**
   * Where every fact above comes from: a row of ../shared/research/tip-facts.md, section B. Plain strings:
   * the bundler then leaves the whole table out of TikTok's pages, which only get a helpline from the worker.
   */
  source: string;
  /** Where an intimate image can be taken down; Take It Down where no national service is listed. */
  imageRemoval?: ImageRemoval;
}

const phone = (number: string, hours?: Hours): Channel => ({ kind: 'phone', number, hours });
const chat = (url: string, hours?: Hours): Channel => ({ kind: 'chat', url, hours });
const web = (url: string): Channel => ({ kind: 'web', url });

export const HELPLINES: Record<CountryCode | 'EU', Helpline> = {
  FR: {
    name: '3018',
    // « gratuit, anonyme et confidentiel, 7j/7 de 9h à 23h, par téléphone, tchat, Messenger, WhatsApp »
    channels: [
      chat('https://3018.fr', {
        en: 'free, anonymous, 7 days a week, 9am–11pm',
        fr: 'gratuit, anonyme, 7j/7 de 9h à 23h',
      }),
      phone('3018', { en: '7 days a week, 9am–11pm', fr: '7j/7 de 9h à 23h' }),
    ],
    source: 'tip-facts.md §B, FR 3018 row and the November 2026 addendum (solidarites.gouv.fr, Nov 2025)',
    imageRemoval: '3018',
  },
  // Its site and hours are unconfirmed: the number, and the directory as the page to open.
  BE: {
    name: '103 Écoute-Enfants',
    channels: [phone('103')],
    source: 'tip-facts.md §B, BE (FR) 103 Écoute-Enfants row',
  },
  CH: {
    name: '147 Pro Juventute',
    channels: [web('https://www.147.ch'), phone('147', ALWAYS), { kind: 'sms', number: '147', hours: ALWAYS }],
    source: 'tip-facts.md §B, CH 147 row (projuventute.ch)',
  },
  CA: {
    name: 'Kids Help Phone / Jeunesse, J’écoute',
    channels: [
      { kind: 'chat', url: 'https://jeunessejecoute.ca', lang: 'fr' },
      chat('https://kidshelpphone.ca'),
      phone('1-800-668-6868', ALWAYS),
      // The French keyword is unconfirmed: French readers get the number alone.
      { kind: 'sms', number: '686868', hours: ALWAYS, keyword: { en: 'CONNECT' } },
    ],
    source: 'tip-facts.md §B, CA Kids Help Phone row',
  },
  GB: {
    name: 'Childline 0800 1111',
    channels: [chat('https://www.childline.org.uk'), phone('0800 1111', ALWAYS)],
    source: 'tip-facts.md §B, UK Childline row (nspcc.org.uk)',
    imageRemoval: 'report-remove',
  },
  IE: {
    name: 'Childline 1800 66 66 66',
    channels: [chat('https://www.childline.ie'), phone('1800 66 66 66', ALWAYS), { kind: 'sms', number: '50101' }],
    source: 'tip-facts.md §B, IE Childline (ISPCC) row',
  },
  US: {
    name: '988',
    channels: [chat('https://988lifeline.org'), phone('988', ALWAYS), { kind: 'sms', number: '988', hours: ALWAYS }],
    source: 'tip-facts.md §B, US 988 Lifeline row',
  },
  DE: {
    name: 'Nummer gegen Kummer 116 111',
    channels: [web('https://www.nummergegenkummer.de'), phone('116 111')],
    source: 'tip-facts.md §B, DE Nummer gegen Kummer row (bmfsfj.de)',
  },
  ES: {
    name: 'ANAR 900 20 20 10',
    channels: [chat('https://www.anar.org'), phone('900 20 20 10', ALWAYS)],
    source: 'tip-facts.md §B, ES ANAR row',
  },
  IT: {
    name: 'Telefono Azzurro 19696',
    channels: [chat('https://azzurro.it'), phone('19696', ALWAYS)],
    source: 'tip-facts.md §B, IT Telefono Azzurro row',
  },
  NL: {
    name: 'De Kindertelefoon 0800-0432',
    channels: [chat('https://www.kindertelefoon.nl'), phone('0800-0432')],
    source: 'tip-facts.md §B, NL De Kindertelefoon row',
  },
  AU: {
    name: 'Kids Helpline 1800 55 1800',
    channels: [chat('https://kidshelpline.com.au'), phone('1800 55 1800', ALWAYS)],
    source: 'tip-facts.md §B, AU Kids Helpline row (qld.gov.au)',
  },
  EU: { name: '116 111', channels: [phone('116 111')], source: 'tip-facts.md §B, EU 116 111 row' },
};

/**
 * Child Helpline International's directory of national child helplines (tip-facts.md, section B): the web
 * page offered where a helpline has no confirmed site of its own, since a phone-number link does nothing on
 * most computers.
 */
export const HELPLINE_DIRECTORY = 'https://childhelplineinternational.org/helplines/';

/** What a tip, a reminder or the popup offers of a helpline, in the reader's language. */
export interface HelplineContact {
  name: string | null;
  /** The page the one action opens: a chat, the helpline's site, or the directory where it has none. */
  link: { kind: 'chat' | 'web' | 'directory'; url: string };
  /** Hours that go with the name: the link's, or the phone's when the name is the number. */
  hours?: string;
  /** The number "from a phone", with its hours. */
  phone?: { number: string; hours?: string };
  /** The name is the number ("3018", "Childline 0800 1111"): a text that names the line need not repeat it. */
  namedByNumber: boolean;
  /** Texting, where the operator offers it, with the word to send where one is confirmed. */
  text?: { number: string; hours?: string; keyword?: string };
  imageRemoval: ImageRemoval;
}

/** Whether the name already shows the number ("3018", "Childline 0800 1111"). */
const digits = (text: string) => text.replace(/\D/g, '');
const namesNumber = (name: string | null, number: string) => name !== null && digits(name).endsWith(digits(number));

export function helplineContact(helpline: Helpline, language: 'en' | 'fr'): HelplineContact {
  const { name, channels } = helpline;
  const page = channels.find(
    (channel): channel is Extract<Channel, { url: string }> =>
      'url' in channel && (channel.lang ?? language) === language,
  );
  const ofKind = <K extends Channel['kind']>(kind: K) =>
    channels.find((channel): channel is Extract<Channel, { kind: K }> => channel.kind === kind);
  const call = ofKind('phone');
  const sms = ofKind('sms');
  const namedByNumber = call !== undefined && namesNumber(name, call.number);
  return {
    name,
    link: page ? { kind: page.kind, url: page.url } : { kind: 'directory', url: HELPLINE_DIRECTORY },
    hours: (page?.hours ?? (namedByNumber ? call.hours : undefined))?.[language],
    phone: call && { number: call.number, hours: call.hours?.[language] },
    namedByNumber,
    text: sms && { number: sms.number, hours: sms.hours?.[language], keyword: sms.keyword?.[language] },
    imageRemoval: helpline.imageRemoval ?? 'take-it-down',
  };
}

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
  name: null,
  channels: [],
  source: 'tip-facts.md §B, addendum: where no national line is known',
};

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
