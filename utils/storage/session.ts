/**
 * Session storage: gone when the browser closes. Imported only by the worker and the extension's pages;
 * a conventions test fails if the content script's imports reach this file, because defining an item
 * reads it at once, and a content script may not read session storage.
 */
import { defineStored, readOnly } from './stored';

/** Until when a parent unlock lasts (epoch ms); closing the browser locks again. Written by the worker. */
export const unlockedUntilItem = /* @__PURE__ */ defineStored('session:unlockedUntil', (raw) =>
  typeof raw === 'number' && Number.isFinite(raw) ? raw : 0,
);

/** What the pages read: the worker alone writes it (`storage/write`). */
export const unlockedUntil = readOnly(unlockedUntilItem);
