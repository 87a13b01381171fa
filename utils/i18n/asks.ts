import type { DeepStrings } from './pages.en';

/**
 * Asking for more time and answering (components/family/TimeAsks.tsx): loaded with the popup's panels, the
 * options page's log and the extra-time window, never in the popup's first load.
 */
const en = {
  title: 'Ask for more time',
  intro: 'Choose how long, and say why if you like. A parent answers here, with the PIN.',
  minutes: '{count} minutes',
  reason: 'Why (optional)',
  send: 'Ask',
  waiting: '{minutes} minutes asked at {time}: waiting for a parent.',
  from: 'On {computer}: {waiting}',
  because: 'Reason: “{reason}”',
  pin: 'Parent PIN or passphrase',
  noPin: 'No parent PIN is set: anyone at this computer can answer. A PIN is set on the options page.',
  approve: 'Yes, give {minutes} minutes',
  decline: 'No, not today',
  approved: 'Done: {minutes} more minutes of TikTok, counted from now.',
  declined: 'Answered: not today.',
  logTitle: 'Asks for more time',
  logNone: 'No ask for more time in the last 14 days.',
  logEntry: '{date}, {time}: {minutes} minutes',
  answers: { approved: 'given', declined: 'not given', waiting: 'waiting for an answer' },
  refusals: {
    pending: 'An ask is already waiting for an answer.',
    'too-many': 'Three asks today already: that is the most for one day.',
    'not-needed': 'The daily limit is not reached: there is nothing to ask for.',
    'not-pending': 'This ask was already answered.',
  },
} as const;

export type AskMessages = DeepStrings<typeof en>;

const fr: AskMessages = {
  title: 'Demander plus de temps',
  intro: 'Choisir la durée, et dire pourquoi si besoin. Un parent répond ici, avec le code.',
  minutes: '{count} minutes',
  reason: 'Pourquoi (facultatif)',
  send: 'Demander',
  waiting: '{minutes} minutes demandées à {time} : en attente d’un parent.',
  from: 'Sur {computer} : {waiting}',
  because: 'Raison : « {reason} »',
  pin: 'Code ou phrase secrète du parent',
  noPin: 'Aucun code parental : n’importe qui devant cet ordinateur peut répondre. Le code se règle dans les options.',
  approve: 'Oui, donner {minutes} minutes',
  decline: 'Non, pas aujourd’hui',
  approved: 'C’est fait : {minutes} minutes de TikTok en plus, à partir de maintenant.',
  declined: 'Réponse donnée : pas aujourd’hui.',
  logTitle: 'Demandes de temps en plus',
  logNone: 'Aucune demande de temps en plus ces 14 derniers jours.',
  logEntry: '{date}, {time} : {minutes} minutes',
  answers: { approved: 'accordée', declined: 'refusée', waiting: 'en attente de réponse' },
  refusals: {
    pending: 'Une demande attend déjà une réponse.',
    'too-many': 'Déjà trois demandes aujourd’hui : c’est le maximum pour une journée.',
    'not-needed': 'La limite du jour n’est pas atteinte : il n’y a rien à demander.',
    'not-pending': 'Cette demande a déjà reçu une réponse.',
  },
};

export const askCopy = { en, fr };
