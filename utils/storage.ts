/**
 * Every piece of Scrollwise's state, as typed storage items. The only module that touches
 * `browser.storage`: the rest of the code reads and writes through these items and functions.
 *
 * Each item carries a version; when its shape changes, the version goes up and a migration keeps the data.
 */
import { storage } from '#imports';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from './settings';
import { isViewId, type ViewId } from './views/registry';

/** Raw settings as stored; read through `loadSettings`, which validates every field. */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Views whose tip the teen asked never to see again. */
export const dismissedTipsItem = storage.defineItem<ViewId[]>('local:dismissedTips', {
  fallback: [],
  version: 1,
});

/** When each view was last recognized (epoch ms): the self-check that tells when TikTok's markup moved. */
export const viewLastSeenItem = storage.defineItem<Partial<Record<ViewId, number>>>('local:viewLastSeen', {
  fallback: {},
  version: 1,
});

export interface LoadedSettings {
  settings: Settings;
  /** Fields that were unreadable and fell back to their default, for a visible notice. */
  invalid: string[];
}

export async function loadSettings(): Promise<LoadedSettings> {
  return parseSettings(await settingsItem.getValue());
}

export function watchSettings(callback: (loaded: LoadedSettings) => void): () => void {
  return settingsItem.watch((value) => callback(parseSettings(value)));
}

export async function loadDismissedTips(): Promise<ViewId[]> {
  const value: unknown = await dismissedTipsItem.getValue();
  return Array.isArray(value) ? value.filter(isViewId) : [];
}

export async function dismissTipForever(view: ViewId): Promise<void> {
  const current = await loadDismissedTips();
  if (!current.includes(view)) await dismissedTipsItem.setValue([...current, view]);
}

export function watchDismissedTips(callback: (views: ViewId[]) => void): () => void {
  return dismissedTipsItem.watch((value) => callback(Array.isArray(value) ? value.filter(isViewId) : []));
}

export async function recordViewSeen(view: ViewId, at: number): Promise<void> {
  const current = (await viewLastSeenItem.getValue()) ?? {};
  await viewLastSeenItem.setValue({ ...current, [view]: at });
}
