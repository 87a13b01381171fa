import type { Language } from '../language';
import { type PageMessages, pagesEn } from './pages.en';

export type { PageMessages };
export { pagesEn };

/** The pages' copy; French is loaded only when needed, so the popup opens with less to parse. */
export async function loadPageMessages(language: Language): Promise<PageMessages> {
  return language === 'fr' ? (await import('./pages.fr')).pagesFr : pagesEn;
}
