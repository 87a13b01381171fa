/**
 * TikTok's pages: the one site the manifest asks access to and where the sentinel runs (wxt.config.ts).
 * A file of its own, with no import, so the config and every bundle can read it at no cost.
 */
export const TIKTOK_PAGES = '*://*.tiktok.com/*';
