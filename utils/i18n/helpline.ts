/**
 * How a helpline is offered, in both languages: one copy for the tips, the reminders, the popup and the
 * options page, so it says neither « tu » nor « vous ». The link names what it opens (a chat, a site, the
 * directory of national lines) and never holds a number; numbers are text. `{to}`, `{of}` and `{the}` are
 * the line's name after "to", "of" and on its own (« au 3018 », « du 3018 », « le 3018 » in French).
 */
export const helplineCopy = {
  en: {
    chat: 'Chat with {to}',
    web: 'Visit {of}',
    directory: 'Find a helpline',
    fromPhone: 'From a phone: {number}',
    fromPhoneHours: 'From a phone: {number} ({hours})',
    danger: 'In danger now? Call {numbers}.',
    dangerUnknown: 'In danger now? Call the emergency number.',
    or: ' or ',
    reopens: '{the} opens at {time}; open now:',
    reopensLater: '{the} is closed for now; open now:',
  },
  fr: {
    chat: 'Écrire {to}',
    web: 'Site {of}',
    directory: 'Trouver une ligne d’écoute',
    fromPhone: 'Depuis un téléphone : {number}',
    fromPhoneHours: 'Depuis un téléphone : {number} ({hours})',
    danger: 'En danger ? Appeler le {numbers}.',
    dangerUnknown: 'En danger ? Appeler les urgences.',
    or: ' ou ',
    reopens: '{the} ouvre à {time} ; ouvert maintenant :',
    reopensLater: '{the} est fermé pour l’instant ; ouvert maintenant :',
  },
};
