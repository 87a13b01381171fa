import type { Schedule } from './hours';

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

/**
 * One way to reach a helpline. `chat` and `web` are pages opened in a new tab (the teen's own navigation;
 * Scrollwise fetches nothing); `phone` and `sms` are numbers shown as text, since a number link does
 * nothing on most computers.
 */
export type Channel =
  | { kind: 'chat' | 'web'; url: string; hours?: Hours; lang?: 'en' | 'fr' }
  | { kind: 'phone'; number: string; hours?: Hours }
  | { kind: 'sms'; number: string; hours?: Hours; keyword?: Partial<Hours> };

/**
 * How French names a line after « à » and « de »: numbers take « le » (« au 3018 », « du 119 »), names
 * none unless they do (« à l’ANAR », « aux Samaritans »).
 */
export type FrenchArticle = 'le' | 'la' | 'l’' | 'les';

/**
 * A line open day and night that a country's main line sends to: offered while the main line is closed
 * (`night`), and for thoughts of suicide or self-harm (`crisis`).
 */
export interface OtherLine {
  name: string;
  article?: FrenchArticle;
  number: string;
  page?: { kind: 'chat' | 'web'; url: string };
  /** A page or an article that says the number and that it is open day and night. */
  source: string;
}

export interface Helpline {
  /** Shown to the teen, e.g. "3018", "Childline"; never a name with a number added. Null where none is known. */
  name: string | null;
  /** Its French name where it has its own (Jeunesse, J’écoute). */
  frName?: string;
  article?: FrenchArticle;
  /**
   * What the operator offers, most useful on a computer first. Hours sit on the channel they are stated
   * for; a line with a `schedule` keeps to it on every channel.
   */
  channels: readonly Channel[];
  /** When the line is open, where it closes at night or on some days. */
  schedule?: Schedule;
  /** Offered in the main line's place while it is closed. */
  night?: OtherLine;
  /**
   * For thoughts of suicide or self-harm; absent where the main line is that line (988, 147), or where the
   * night line is (Centre de Prévention du Suicide, TelefonSeelsorge, 113), offered then at every hour.
   */
  crisis?: OtherLine;
  /** The emergency numbers, most general first ("112", "17"); empty where the country is unknown. */
  emergency: readonly string[];
  /** In the EU, where the Digital Services Act makes TikTok tell a reporter its decision (Arts. 16, 20). */
  eu: boolean;
  /**
   * Where every fact above comes from: a row of ../shared/research/tip-facts.md, section B. Plain strings:
   * the bundler then leaves the whole table out of TikTok's pages, which only get a helpline from the worker.
   */
  source: string;
  /** Where an intimate image can be taken down; Take It Down where no national service is listed. */
  imageRemoval?: ImageRemoval;
}
