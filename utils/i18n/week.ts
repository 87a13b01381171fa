import type { DeepStrings } from './pages.en';

/**
 * The week's look back, open (components/family/WeekReview.tsx): loaded with its panel, never in the
 * popup's first load. The closed panel's title is in the pages' copy.
 */
const en = {
  intro: 'The same figures for the teen and the parents. No score: just what happened, to talk about.',
  thisWeek: 'Last 7 days',
  lastWeek: 'The 7 days before',
  rows: {
    total: 'Time on TikTok',
    night: 'At night ({from}–{to})',
    opens: 'Times TikTok was opened',
    longest: 'Longest time on end',
    reminders: 'Reminders shown',
    close: 'TikTok closed at a reminder',
    break: 'Breaks taken',
    continue: 'Kept watching after a reminder',
    extra: '5 more minutes',
    ask: 'Asked for more time',
    safety: 'Safety passes',
  },
  opensNote: 'TikTok counts as opened again after 5 minutes away.',
} as const;

export type WeekMessages = DeepStrings<typeof en>;

const fr: WeekMessages = {
  intro: 'Les mêmes chiffres pour l’ado et les parents. Pas de note : juste ce qui s’est passé, pour en parler.',
  thisWeek: '7 derniers jours',
  lastWeek: 'Les 7 jours d’avant',
  rows: {
    total: 'Temps sur TikTok',
    night: 'La nuit ({from}–{to})',
    opens: 'Ouvertures de TikTok',
    longest: 'Plus long moment d’affilée',
    reminders: 'Rappels affichés',
    close: 'TikTok fermé à un rappel',
    break: 'Pauses prises',
    continue: 'Visionnage poursuivi après un rappel',
    extra: '5 minutes de plus',
    ask: 'Demandes de temps en plus',
    safety: 'Passes de sécurité',
  },
  opensNote: 'TikTok compte comme rouvert après 5 minutes ailleurs.',
};

export const weekCopy = { en, fr };
