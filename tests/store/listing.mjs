// What the Chrome Web Store and addons.mozilla.org ask of a listing, in one place. `npm run store` writes
// it out with store-size screenshots; a unit test checks it against the manifest (every permission has its
// justification, the short description fits, nothing claims what the code does not do).

export const SUMMARY = {
  en: 'Safety tips at the right moment and an honest TikTok screen-time log. Nothing leaves your computer unless a parent turns on sharing.',
  fr: 'Le bon conseil au bon moment et un suivi honnête du temps sur TikTok. Rien ne quitte cet ordinateur sans le partage familial.',
};

export const DESCRIPTION = {
  en: `Scrollwise helps teens (13–17) use TikTok on a computer more safely, and helps their parents trust it.

When a comment hurts, a report is sent, a stranger writes, or the privacy and screen-time settings are open, a short tip appears beside them with one easy next step: where to report, how to block, who to talk to (the helpline of your country, open at that hour, and the emergency number).

It counts time on TikTok honestly on this computer, and can remind about breaks, sleep hours and a daily limit, always with an easy way out. A parent can lock the settings with a PIN; the teen always sees that the lock is on.

Privacy is the product: no account, no analytics, no network requests, no remote code. It reads TikTok's pages only, and only to recognise which screen is open; it never reads messages, comments or videos. Everything it keeps stays in this browser, and can be exported or deleted from its settings. Nothing leaves your computer unless a parent turns on family sharing; then only each computer's daily time on TikTok, the settings and the lock's record (a hash of the PIN, never the PIN) go, through your browser's own sync, to the family's other computers signed in to the same browser account: never to us, and no page, video or hour.

Not affiliated with TikTok. In English and in French.`,
  fr: `Scrollwise aide les ados (13–17 ans) à utiliser TikTok sur ordinateur plus sereinement, et leurs parents à lui faire confiance.

Quand un commentaire blesse, qu’un signalement est envoyé, qu’un inconnu écrit ou que les réglages de confidentialité et de temps d’écran sont ouverts, un court conseil apparaît à côté, avec une action simple\u00a0: où signaler, comment bloquer, à qui parler (la ligne d’écoute de votre pays, ouverte à cette heure-là, et le numéro d’urgence).

Il compte honnêtement le temps passé sur TikTok sur cet ordinateur, et peut rappeler les pauses, les heures de sommeil et une limite par jour, toujours avec une sortie facile. Un parent peut verrouiller les réglages avec un code\u00a0; l’ado voit toujours que le verrou est activé.

La confidentialité est le produit\u00a0: pas de compte, pas de statistiques, pas de requête réseau, pas de code distant. Il ne lit que les pages de TikTok, et seulement pour reconnaître l’écran ouvert\u00a0; il ne lit jamais les messages, les commentaires ni les vidéos. Tout ce qu’il garde reste dans ce navigateur, et peut être exporté ou supprimé depuis ses réglages. Rien ne quitte votre ordinateur à moins qu’un parent n’active le partage familial\u00a0; alors seuls le temps passé sur TikTok chaque jour sur chaque ordinateur, les réglages et l’empreinte du verrou (jamais le code) passent, par la synchronisation de votre navigateur, vers les autres ordinateurs de la famille connectés au même compte\u00a0: jamais vers nous, et aucune page, vidéo ni heure.

Non affilié à TikTok. En français et en anglais.`,
};

/** The Chrome Web Store's "single purpose" field. */
export const SINGLE_PURPOSE =
  'Help teens use TikTok on the desktop web safely: show the right safety tool at the right moment, and keep an honest, local record of time spent with optional reminders and limits.';

/** Each permission the manifest asks for, and why (the Chrome Web Store's "permission justification"). */
export const PERMISSIONS = {
  storage:
    'Keeps the settings, the parent lock’s record and the daily totals in the browser. Nothing is sent anywhere.',
  alarms: 'Wakes the background worker to write the day’s total and prune records older than their retention.',
  idle: 'Stops counting time when the computer is idle or its screen is locked, so the total stays honest.',
  scripting:
    'Loads the tips’ and reminders’ interface into a TikTok page only when one is first needed, so every TikTok tab carries a small script.',
  'host:*://*.tiktok.com/*':
    'Recognises which TikTok screen is open (comments, the report dialog, messages, settings) to show its tip, and counts time on TikTok. No other site is read.',
};

/** The Chrome Web Store's privacy practices tab. */
export const PRIVACY_PRACTICES = {
  collects: 'None. Scrollwise does not collect or transmit any user data.',
  categories: {
    'Personally identifiable information': false,
    'Health information': false,
    'Financial and payment information': false,
    'Authentication information': false,
    'Personal communications': false,
    Location: false,
    'Web history': false,
    'User activity': false,
    'Website content': false,
  },
  certifications: [
    'I do not sell or transfer user data to third parties, outside of the approved use cases.',
    'I do not use or transfer user data for purposes that are unrelated to my item’s single purpose.',
    'I do not use or transfer user data to determine creditworthiness or for lending purposes.',
  ],
  remoteCode: 'No, I am not using remote code.',
};

/** addons.mozilla.org: the manifest's `data_collection_permissions` (checked by the unit test). */
export const AMO_DATA_COLLECTION = { required: ['none'] };
