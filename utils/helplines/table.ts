import type { CountryCode } from './countries';
import { ALWAYS, type Schedule } from './hours';
import type { Channel, Helpline, Hours, OtherLine } from './types';

/**
 * Child and teen helplines per country, from ../shared/research/tip-facts.md (section B) and its December
 * checks (tip-facts-2026-12.md); the night and crisis lines, not in those files, cite their own sources
 * (README, "Helpline facts"). Hours are only given where the operator states them; anything marked "check"
 * or UNCONFIRMED there is left out.
 */

const phone = (number: string, hours?: Hours): Channel => ({ kind: 'phone', number, hours });
const chat = (url: string, hours?: Hours): Channel => ({ kind: 'chat', url, hours });
const web = (url: string): Channel => ({ kind: 'web', url });
const daily = (zone: string, from: number, to: number): Schedule => ({ zone, from, to });

/** Samaritans answer day and night in the UK and in Ireland, on the same free number. */
const SAMARITANS: OtherLine = {
  name: 'Samaritans',
  article: 'les',
  number: '116 123',
  page: { kind: 'web', url: 'https://www.samaritans.org' },
  source: 'samaritans.org "Contact a Samaritan"; civilsociety.co.uk: free, 24/7',
};

export const HELPLINES: Record<CountryCode | 'EU', Helpline> = {
  FR: {
    name: '3018',
    // « gratuit, anonyme et confidentiel, 7j/7 de 9h à 23h, par téléphone, tchat, Messenger, WhatsApp »
    channels: [chat('https://3018.fr'), phone('3018')],
    schedule: daily('Europe/Paris', 9, 23),
    // Allô Enfance en danger: for any child in danger or at risk, harassment and sexual violence included.
    night: {
      name: '119',
      number: '119',
      page: { kind: 'chat', url: 'https://allo119.gouv.fr' },
      source: 'tip-facts.md §B, FR 119 row (service-public.gouv.fr A14455)',
    },
    crisis: {
      name: '3114',
      number: '3114',
      page: { kind: 'web', url: 'https://3114.fr' },
      source: '3114.fr; mayotte.ars.sante.fr: free, 24/7, from mainland France and overseas',
    },
    emergency: ['112', '17'],
    eu: true,
    source: 'tip-facts.md §B, FR 3018 row and the November 2026 addendum (solidarites.gouv.fr, Nov 2025)',
    imageRemoval: '3018',
  },
  // Its site is unconfirmed: the number, and the directory as the page to open.
  BE: {
    name: 'Écoute-Enfants',
    channels: [phone('103')],
    schedule: daily('Europe/Brussels', 10, 24),
    night: {
      name: 'Centre de Prévention du Suicide',
      article: 'le',
      number: '0800 32 123',
      page: { kind: 'web', url: 'https://www.preventionsuicide.be' },
      source: 'preventionsuicide.be; lalibre.be 2023: free, anonymous, 24/7',
    },
    emergency: ['112'],
    eu: true,
    source: 'tip-facts.md §B, BE (FR) 103 Écoute-Enfants row; tip-facts-2026-12.md (10–24 h)',
  },
  CH: {
    name: '147',
    channels: [web('https://www.147.ch'), phone('147', ALWAYS), { kind: 'sms', number: '147', hours: ALWAYS }],
    emergency: ['112'],
    eu: false,
    source: 'tip-facts.md §B, CH 147 row (projuventute.ch)',
  },
  CA: {
    name: 'Kids Help Phone',
    frName: 'Jeunesse, J’écoute',
    channels: [
      { kind: 'chat', url: 'https://jeunessejecoute.ca', lang: 'fr' },
      chat('https://kidshelpphone.ca'),
      phone('1-800-668-6868', ALWAYS),
      // The French keyword is unconfirmed: French readers get the number alone.
      { kind: 'sms', number: '686868', hours: ALWAYS, keyword: { en: 'CONNECT' } },
    ],
    crisis: {
      name: '988',
      number: '988',
      source: 'Government of Canada, 30 Nov 2023 (newswire.ca): call or text, English and French, 24/7',
    },
    emergency: ['911'],
    eu: false,
    source: 'tip-facts.md §B, CA Kids Help Phone row',
  },
  GB: {
    name: 'Childline',
    channels: [chat('https://www.childline.org.uk'), phone('0800 1111', ALWAYS)],
    crisis: SAMARITANS,
    emergency: ['999'],
    eu: false,
    source: 'tip-facts.md §B, UK Childline row (nspcc.org.uk)',
    imageRemoval: 'report-remove',
  },
  IE: {
    name: 'Childline',
    channels: [chat('https://www.childline.ie'), phone('1800 66 66 66', ALWAYS), { kind: 'sms', number: '50101' }],
    crisis: SAMARITANS,
    emergency: ['112', '999'],
    eu: true,
    source: 'tip-facts.md §B, IE Childline (ISPCC) row',
  },
  US: {
    name: '988',
    channels: [chat('https://988lifeline.org'), phone('988', ALWAYS), { kind: 'sms', number: '988', hours: ALWAYS }],
    emergency: ['911'],
    eu: false,
    source: 'tip-facts.md §B, US 988 Lifeline row',
  },
  DE: {
    name: 'Nummer gegen Kummer',
    channels: [web('https://www.nummergegenkummer.de'), phone('116 111')],
    schedule: {
      zone: 'Europe/Berlin',
      from: 14,
      to: 20,
      days: { list: [1, 2, 3, 4, 5, 6], en: 'Mon–Sat', fr: 'du lundi au samedi' },
    },
    night: {
      name: 'TelefonSeelsorge',
      article: 'la',
      number: '0800 111 0 111',
      page: { kind: 'web', url: 'https://www.telefonseelsorge.de' },
      source: 'domradio.de; spektrum.de 2022: free, anonymous, day and night',
    },
    emergency: ['112'],
    eu: true,
    source: 'tip-facts.md §B, DE Nummer gegen Kummer row (bmfsfj.de)',
  },
  ES: {
    name: 'ANAR',
    article: 'l’',
    channels: [chat('https://www.anar.org'), phone('900 20 20 10', ALWAYS)],
    crisis: {
      name: '024',
      number: '024',
      source: 'rtve.es May 2022; farodevigo.es Oct 2025: free, confidential, 24/7 (Ministerio de Sanidad)',
    },
    emergency: ['112'],
    eu: true,
    source: 'tip-facts.md §B, ES ANAR row',
  },
  IT: {
    name: 'Telefono Azzurro',
    channels: [chat('https://azzurro.it'), phone('19696', ALWAYS)],
    emergency: ['112'],
    eu: true,
    source: 'tip-facts.md §B, IT Telefono Azzurro row',
  },
  NL: {
    name: 'De Kindertelefoon',
    channels: [chat('https://www.kindertelefoon.nl'), phone('0800-0432')],
    schedule: daily('Europe/Amsterdam', 11, 21),
    night: {
      name: '113',
      number: '113',
      page: { kind: 'chat', url: 'https://www.113.nl' },
      source: 'nu.nl 2020; upday.com Oct 2025: 113 and 0800-0113, free, anonymous, 24/7',
    },
    emergency: ['112'],
    eu: true,
    source: 'tip-facts.md §B, NL De Kindertelefoon row; tip-facts-2026-12.md (11–21 h)',
  },
  AU: {
    name: 'Kids Helpline',
    channels: [chat('https://kidshelpline.com.au'), phone('1800 55 1800', ALWAYS)],
    crisis: {
      name: 'Lifeline',
      number: '13 11 14',
      page: { kind: 'web', url: 'https://www.lifeline.org.au' },
      source: 'lifeline.org.au (Wikipedia); theleader.com.au: 24/7; "in immediate danger call 000"',
    },
    emergency: ['000'],
    eu: false,
    source: 'tip-facts.md §B, AU Kids Helpline row (qld.gov.au)',
  },
  EU: {
    name: '116 111',
    channels: [phone('116 111')],
    emergency: ['112'],
    eu: true,
    source: 'tip-facts.md §B, EU 116 111 row',
  },
};

/**
 * Where no country is known: the EU-wide child line 116 111 in a European zone, elsewhere Child Helpline
 * International, whose directory lists the national lines (116 111 is not a child line outside the EU).
 */
export const NO_COUNTRY_HELPLINE: Helpline = {
  name: null,
  channels: [],
  emergency: [],
  eu: false,
  source: 'tip-facts.md §B, addendum: where no national line is known',
};
