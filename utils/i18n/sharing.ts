import type { DeepStrings } from './pages.en';

/**
 * Family sharing's status line (which computers count, who went quiet, minutes not yet reported), the
 * popup's chart titles and the week's look back with sharing on: never in the popup's first load (the
 * status module loads only when sharing is on, the look back in a panel).
 */
const en = {
  weekAll: 'The last 7 days, all computers',
  /** Sync carries each computer's daily totals, not its hours. */
  byHourHere: 'Today by hour, this computer',
  /** The week's look back: nights, opens and reminders are kept where they happen. */
  reviewHere:
    'With family sharing on, these figures are this computer’s: the other computers share only their daily totals.',
  counting: {
    one: 'Counting on this computer and 1 other: {list}.',
    other: 'Counting on this computer and {count} others: {list}.',
  },
  quiet: '{name}, quiet since {time}: its latest time may be missing',
  unreported: '{heard}; up to {minutes} min not yet reported count for the limit',
  alone: 'Family sharing is on, but no other computer has reported yet (same browser account, sync on).',
  /** Told on the family's other computers: that one counts nothing until the access is back. */
  accessOff: 'On {name}, Scrollwise’s access to TikTok has been off since {time}: no time is counted there.',
  ago: {
    now: '{name}, heard just now',
    minutes: { one: '{name}, heard 1 min ago', other: '{name}, heard {count} min ago' },
    hours: { one: '{name}, heard 1 hour ago', other: '{name}, heard {count} hours ago' },
    days: { one: '{name}, heard 1 day ago', other: '{name}, heard {count} days ago' },
  },
} as const;

export type SharingMessages = DeepStrings<typeof en>;

const fr: SharingMessages = {
  weekAll: 'Les 7 derniers jours, tous ordinateurs',
  byHourHere: 'Aujourd’hui heure par heure, cet ordinateur',
  reviewHere:
    'Avec le partage familial, ces chiffres sont ceux de cet ordinateur\u00a0: les autres ne partagent que leurs totaux par jour.',
  counting: {
    one: 'Compté sur cet ordinateur et 1 autre : {list}.',
    other: 'Compté sur cet ordinateur et {count} autres : {list}.',
  },
  quiet: '{name}, silencieux depuis {time} : son temps le plus récent peut manquer',
  unreported: '{heard} ; jusqu’à {minutes} min pas encore signalées comptent pour la limite',
  alone:
    'Le partage familial est activé, mais aucun autre ordinateur ne s’est encore signalé (même compte de navigateur, synchronisation activée).',
  accessOff: 'Sur {name}, l’accès de Scrollwise à TikTok est coupé depuis {time}\u00a0: le temps n’y est plus compté.',
  ago: {
    now: '{name}, signe de vie à l’instant',
    minutes: { one: '{name}, signe de vie il y a 1 min', other: '{name}, signe de vie il y a {count} min' },
    hours: { one: '{name}, signe de vie il y a 1 heure', other: '{name}, signe de vie il y a {count} heures' },
    days: { one: '{name}, signe de vie il y a 1 jour', other: '{name}, signe de vie il y a {count} jours' },
  },
};

export const sharingCopy = { en, fr };
