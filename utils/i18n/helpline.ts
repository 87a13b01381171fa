/**
 * How a helpline is offered, in both languages: one copy for the tips, the reminders and the popup. The
 * link names what it opens (a chat, a site, the directory of national lines); the number is text.
 */
export const helplineCopy = {
  en: {
    chat: 'Chat with {helpline}',
    web: 'Visit {helpline}',
    directory: 'Find a helpline',
    fromPhone: 'From a phone: {number}',
    fromPhoneHours: 'From a phone: {number} ({hours})',
  },
  fr: {
    chat: 'Écrire au {helpline}',
    web: 'Site du {helpline}',
    directory: 'Trouver une ligne d’écoute',
    fromPhone: 'Depuis un téléphone : {number}',
    fromPhoneHours: 'Depuis un téléphone : {number} ({hours})',
  },
};
