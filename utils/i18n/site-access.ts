import type { DeepStrings } from './pages.en';

/**
 * What the popup and the options page say when Scrollwise's access to TikTok is off (utils/site-access):
 * read by the teen and by parents alike, so in plain statements. Loaded only where it is shown: the popup
 * loads it after its first render, with the notice.
 */
const en = {
  title: 'Scrollwise can’t see TikTok',
  body: 'Its access to tiktok.com is turned off in this browser: no time is counted, and no tip or reminder shows.',
  action: 'Turn it back on',
  refused:
    'The browser kept it off. It can also be turned back on in the browser’s extension settings, under Scrollwise’s site access.',
  logTitle: 'When Scrollwise’s access to TikTok was turned off',
  logIntro:
    'In Chrome and Edge, anyone at this computer can turn it off from the extension’s menu, without Scrollwise’s PIN. Installed by a browser policy, Scrollwise keeps its access (see the browser policies below).',
} as const;

export type SiteAccessMessages = DeepStrings<typeof en>;

const fr: SiteAccessMessages = {
  title: 'Scrollwise ne voit plus TikTok',
  body: 'Son accès à tiktok.com est coupé dans ce navigateur\u00a0: le temps n’est plus compté, et aucun conseil ni rappel ne s’affiche.',
  action: 'Rétablir l’accès',
  refused:
    'Le navigateur l’a laissé coupé. Il peut aussi être rétabli dans les réglages des extensions du navigateur, dans l’accès aux sites de Scrollwise.',
  logTitle: 'Quand l’accès de Scrollwise à TikTok a été coupé',
  logIntro:
    'Dans Chrome et Edge, n’importe qui à cet ordinateur peut le couper depuis le menu de l’extension, sans le code PIN de Scrollwise. Installé par une stratégie du navigateur, Scrollwise garde son accès (voir les stratégies plus bas).',
};

export const siteAccessCopy = { en, fr };
