import { MatchPattern } from 'wxt/utils/match-patterns';
import { TIKTOK_PAGES } from './tiktok-pages';

/** TikTok's pages, as the manifest's content script matches them: any scheme, or https only. */
const PAGES = { any: new MatchPattern(TIKTOK_PAGES), https: new MatchPattern('https://*.tiktok.com/*') };

/**
 * Whether `url` is a TikTok page: the one test for senders, navigations and the limit page's way back. A
 * look-alike host (`tiktok.com.example`) or a malformed URL is not.
 */
export function isTikTokUrl(url: string, schemes: keyof typeof PAGES = 'https'): boolean {
  try {
    return PAGES[schemes].includes(url);
  } catch {
    return false;
  }
}
