import { browser } from 'wxt/browser';
import { TIKTOK_PAGES } from '../tiktok-pages';

/** The sentinel's file, as the build names it (entrypoints/tiktok, declared in wxt.config.ts). */
export const SENTINEL_FILE = '/tiktok.js';

/**
 * Chromium runs a declared content script only in pages loaded after the extension: a TikTok tab open when
 * Scrollwise is installed, updated or turned back on, or when its site access comes back, would count
 * nothing, tip nothing and hold no limit until it is reloaded, and a teen can watch in one tab for hours.
 * So the worker runs the sentinel in each such tab itself, in every tiktok.com frame, in the isolated world
 * as the browser would. A tab that still runs a live copy keeps it: the new one gives way
 * (`ScriptContext.claimWorld`). Firefox runs declared scripts in open tabs itself. TikTok's player in
 * another site's frame is left to its next load: reaching it would mean scripting every tab.
 *
 * Resolves to how many tabs it ran in; a tab it cannot script (discarded, or barred by policy) is skipped.
 */
export async function reachOpenTabs(): Promise<number> {
  const tabs = await browser.tabs.query({ url: TIKTOK_PAGES });
  const ran = await Promise.all(
    tabs.map(({ id }) =>
      id === undefined
        ? false
        : browser.scripting.executeScript({ target: { tabId: id, allFrames: true }, files: [SENTINEL_FILE] }).then(
            () => true,
            () => false,
          ),
    ),
  );
  return ran.filter(Boolean).length;
}
