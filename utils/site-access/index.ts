import type { browser } from 'wxt/browser';
import { TIKTOK_PAGES } from '../tiktok-pages';

/**
 * Scrollwise's access to TikTok. Chrome and Edge let anyone at the computer turn an extension's site access
 * off (its details page, or the toolbar's menu: "When you click the extension"), with no PIN: then no TikTok
 * page runs Scrollwise, no time is counted and the worker cannot even find a TikTok tab. Only a policy
 * install keeps it on. What Scrollwise can do is say so where the family looks, and offer it back. Firefox
 * ships Scrollwise as a Manifest V2 add-on, whose access to its sites is part of the install.
 *
 * Given the browser's `permissions` by its caller rather than importing the browser itself: the popup loads
 * its notice after the first render, and a late file that imports the browser would split the popup's
 * shared code into more files to load.
 */
export type Permissions = Pick<typeof browser.permissions, 'contains' | 'request' | 'onAdded' | 'onRemoved'>;

const TIKTOK = { origins: [TIKTOK_PAGES] };

export function siteAccessOf(permissions: Permissions) {
  return {
    has: (): Promise<boolean> => permissions.contains(TIKTOK),
    /** Calls `callback` with the access at each change of the extension's permissions; returns the stop. */
    watch(callback: (on: boolean) => void): () => void {
      const changed = () => void permissions.contains(TIKTOK).then(callback);
      const events = [permissions.onAdded, permissions.onRemoved];
      for (const event of events) event.addListener(changed);
      return () => {
        for (const event of events) event.removeListener(changed);
      };
    },
    /**
     * Asks the browser to give the access back: it shows its own prompt, so this must run in a click on one
     * of Scrollwise's pages. Resolves with whether the access is on.
     */
    ask: (): Promise<boolean> => permissions.request(TIKTOK),
  };
}
