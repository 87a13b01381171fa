/**
 * Session storage: gone when the browser closes. Imported only by the worker and the extension's pages;
 * a conventions test fails if the content script's imports reach this file, because defining an item
 * reads it at once, and a content script may not read session storage.
 */
import { storage } from '#imports';

/** Until when a parent unlock lasts (epoch ms); closing the browser locks again. Written by the worker. */
export const unlockedUntilItem = storage.defineItem<number>('session:unlockedUntil', { fallback: 0 });

export async function loadUnlockedUntil(): Promise<number> {
  const value: unknown = await unlockedUntilItem.getValue();
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

export function watchUnlock(callback: () => void): () => void {
  return unlockedUntilItem.watch(callback);
}
