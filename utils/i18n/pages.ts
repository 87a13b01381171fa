import type { Language } from '../language';
import type { OptionsMessages } from './options.en';
import { type PageMessages, pagesEn } from './pages.en';

export type { OptionsMessages, PageMessages };
export { pagesEn };

/** The pages' copy; French is loaded only when needed, so the popup opens with less to parse. */
export async function loadPageMessages(language: Language): Promise<PageMessages> {
  return language === 'fr' ? (await import('./pages.fr')).pagesFr : pagesEn;
}

/** The options page's own copy (utils/i18n/options.en.ts), French loaded only when needed. */
export async function loadOptionsMessages(language: Language): Promise<OptionsMessages> {
  return language === 'fr' ? (await import('./options.fr')).optionsFr : (await import('./options.en')).optionsEn;
}
