import { ALWAYS, clockTime, hoursText, minutesUntilOpen, wallClock } from './hours';
import type { Channel, FrenchArticle, Helpline, ImageRemoval, OtherLine } from './types';

/**
 * Child Helpline International's directory of national child helplines (tip-facts.md, section B): the web
 * page offered where a helpline has no confirmed site of its own, since a phone-number link does nothing on
 * most computers.
 */
export const HELPLINE_DIRECTORY = 'https://childhelplineinternational.org/helplines/';

/** A line's name as a sentence needs it: alone, after "to" (« au 3018 »), after "of" (« du 3018 »). */
export interface LineName {
  name: string;
  /** "3018" / « le 3018 », « l’ANAR », « Childline ». */
  the: string;
  to: string;
  of: string;
}

/** One line as the copy offers it: its name, the page its link opens, its number as text and its hours. */
export interface LineContact {
  name: LineName;
  link: { kind: 'chat' | 'web' | 'directory'; url: string };
  phone?: { number: string; hours?: string };
  hours?: string;
  /** The name is the number ("3018", "988"): a text that names the line need not repeat it. */
  namedByNumber: boolean;
}

/** What a tip, a reminder or the popup offers of a helpline, in the reader's language, now. */
export interface HelplineContact extends Omit<LineContact, 'name'> {
  /** Null where no national line is known (the directory stands in). */
  name: LineName | null;
  /** Texting, where the operator offers it, with the word to send where one is confirmed. */
  text?: { number: string; hours?: string; keyword?: string };
  imageRemoval: ImageRemoval;
  /**
   * The country's main line is closed now, so the line above is the one open day and night; this names
   * the main line and when it opens again in the teen's time (no time when that is more than a day away).
   */
  reopens?: { name: LineName; at?: string };
  /** The numbers to call in danger ("112", "17"); empty where the country is unknown. */
  emergency: readonly string[];
  /** For thoughts of suicide or self-harm, open day and night: a line of its own, or the main one. */
  crisis: LineContact | null;
  eu: boolean;
}

const ELIDED: Record<'à' | 'de', Record<FrenchArticle, string>> = {
  à: { le: 'au ', la: 'à la ', 'l’': 'à l’', les: 'aux ' },
  de: { le: 'du ', la: 'de la ', 'l’': 'de l’', les: 'des ' },
};
const THE: Record<FrenchArticle, string> = { le: 'le ', la: 'la ', 'l’': 'l’', les: 'les ' };

/** French joins « à » and « de » to the article: « au 3018 », « à l’ANAR », « aux Samaritans ». */
export function lineName(name: string, article: FrenchArticle | undefined, language: 'en' | 'fr'): LineName {
  if (language === 'en') return { name, the: name, to: name, of: name };
  const chosen = article ?? (/^\d/.test(name) ? 'le' : undefined);
  if (!chosen) return { name, the: name, to: `à ${name}`, of: `de ${name}` };
  return { name, the: THE[chosen] + name, to: ELIDED.à[chosen] + name, of: ELIDED.de[chosen] + name };
}

const digits = (text: string) => text.replace(/\D/g, '');
const isNumber = (name: string, number: string) => digits(name) !== '' && digits(name) === digits(number);

function otherLine(line: OtherLine, language: 'en' | 'fr'): LineContact {
  const hours = ALWAYS[language];
  return {
    name: lineName(line.name, line.article, language),
    link: line.page ?? { kind: 'directory', url: HELPLINE_DIRECTORY },
    phone: { number: line.number, hours },
    hours,
    namedByNumber: isNumber(line.name, line.number),
  };
}

let zone: { offset: number; name: string } | null = null;

/**
 * The teen's time zone, read again only when the offset from UTC changes. Reading it builds a formatter,
 * and a tip reads it at each paint (the feed's, beside each new video). A move to a zone with the same
 * offset keeps the old name, which gives the same hour now: all the helpline's hours are read from now.
 */
export function localZone(at: Date = new Date()): string {
  const offset = at.getTimezoneOffset();
  if (zone?.offset !== offset) zone = { offset, name: Intl.DateTimeFormat().resolvedOptions().timeZone };
  return zone.name;
}

/**
 * The helpline to offer now: the main line while it is open, else the line open day and night that its
 * country names, so a closed line is never offered alone. Hours read in the teen's own time.
 */
export function helplineContact(
  helpline: Helpline,
  language: 'en' | 'fr',
  at: Date = new Date(),
  timeZone: string = localZone(at),
): HelplineContact {
  const { channels, schedule, night } = helpline;
  const common = {
    imageRemoval: helpline.imageRemoval ?? ('take-it-down' as const),
    emergency: helpline.emergency,
    eu: helpline.eu,
  };
  const name = helpline.name === null ? null : (language === 'fr' && helpline.frName) || helpline.name;
  const ownName = name === null ? null : lineName(name, helpline.article, language);
  const wait = schedule ? minutesUntilOpen(schedule, at) : 0;
  // Where no crisis line is named, the line open day and night is it, at every hour (CPS, TelefonSeelsorge, 113).
  const crisisSource = helpline.crisis ?? night;
  const crisisLine = crisisSource ? otherLine(crisisSource, language) : null;
  if (wait > 0 && schedule && night && ownName) {
    const local = wallClock(timeZone, at).minutes + wait;
    const open = otherLine(night, language);
    const crisis = crisisLine ?? open;
    const reopens = { name: ownName, at: wait < 24 * 60 ? clockTime(local, language) : undefined };
    return { ...open, reopens, crisis, ...common };
  }
  const page = channels.find(
    (channel): channel is Extract<Channel, { url: string }> =>
      'url' in channel && (channel.lang ?? language) === language,
  );
  const ofKind = <K extends Channel['kind']>(kind: K) =>
    channels.find((channel): channel is Extract<Channel, { kind: K }> => channel.kind === kind);
  const call = ofKind('phone');
  const sms = ofKind('sms');
  const scheduled = schedule && hoursText(schedule, language, at, timeZone);
  const namedByNumber = call !== undefined && name !== null && isNumber(name, call.number);
  const reach: Omit<LineContact, 'name'> = {
    link: page ? { kind: page.kind, url: page.url } : { kind: 'directory', url: HELPLINE_DIRECTORY },
    hours: scheduled ?? (page?.hours ?? (namedByNumber ? call.hours : undefined))?.[language],
    phone: call && { number: call.number, hours: scheduled ?? call.hours?.[language] },
    namedByNumber,
  };
  // Where the main line is itself open day and night (988, 147, Childline), it is the crisis line too.
  const alwaysOpen = !schedule && call?.hours?.en === ALWAYS.en;
  return {
    ...reach,
    name: ownName,
    text: sms && { number: sms.number, hours: sms.hours?.[language], keyword: sms.keyword?.[language] },
    crisis: crisisLine ?? (alwaysOpen && ownName ? { ...reach, name: ownName } : null),
    ...common,
  };
}
