/**
 * Session storage: gone when the browser closes. Imported only by the worker and the extension's pages;
 * a conventions test fails if the content script's imports reach this file, because a content script may
 * not read session storage (Chromium throws, Firefox has no such area).
 */
import { defineStored } from './stored';

/** Until when a parent unlock lasts (epoch ms); closing the browser locks again. Written by the worker. */
export const unlockedUntil = /* @__PURE__ */ defineStored('session:unlockedUntil', (raw) =>
  typeof raw === 'number' && Number.isFinite(raw) ? raw : 0,
);

/**
 * Whether the worker has run the sentinel in the TikTok tabs open when this copy of Scrollwise started
 * (utils/site-access/open-tabs.ts). Session storage empties when the extension is installed, updated,
 * reloaded or turned back on, and when the browser starts: each is a start that tabs may have missed.
 */
export const openTabsReached = /* @__PURE__ */ defineStored('session:openTabsReached', (raw) => raw === true);
