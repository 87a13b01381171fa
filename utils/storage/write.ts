/**
 * The write side of storage. Only the worker's request handlers (`utils/<capability>/requests.ts`), its
 * recorder and this folder import it: every change of the family's state is made by the worker, one at a
 * time, whatever pages and tabs are open. Items are defined with WXT here, when the worker loads this
 * file, so their migrations run once, in the worker, before its first write.
 */
import { browser } from 'wxt/browser';
import { storage } from '#imports';
import type { LockState } from '../lock/pin';
import { checkSetting, type SettingError, type Settings } from '../settings';
import * as access from './access';
import * as days from './days';
import * as family from './family';
import * as reminders from './reminders';
import * as session from './session';
import * as sharing from './sharing';
import type { Definition, Stored } from './stored';

/** The item with its writes, through WXT's item (versions and migrations). */
function writable<T, Written>(item: Definition<T, Written>): Stored<T, Written> {
  const { key, version, migrations } = item.definition;
  const wxt = storage.defineItem<unknown>(key, { version, migrations });
  return {
    ...item,
    set: (value) => wxt.setValue(value),
    update: async (change) => wxt.setValue(change(await item.get())),
  };
}

export { quarantineDay, removeDays, writeDays, writeTracking } from './days';

export const ledger = writable(days.ledger);
export const dismissedTips = writable(family.dismissedTips);
export const tipShowings = writable(family.tipShowings);
export const viewLastSeen = writable(family.viewLastSeen);
export const siteAccess = writable(access.siteAccess);
export const localLock = writable(family.localLock);
const localSettings = writable(family.localSettings);
export const reminderState = writable(reminders.reminderState);
export const reminderLog = writable(reminders.reminderLog);
export const timeAsks = writable(reminders.timeAsks);
export const pageFights = writable(reminders.pageFights);
export const unlockedUntil = writable(session.unlockedUntil);
export const openTabsReached = writable(session.openTabsReached);
export const thisDevice = writable(sharing.thisDevice);
export const answersGiven = writable(sharing.answersGiven);

/** This computer's own key in the browser account's sync: the only key of sync it ever writes or removes. */
export const writeShared = (key: string, value: unknown) => browser.storage.sync.set({ [key]: value });
export const removeShared = (keys: string[]) => browser.storage.sync.remove(keys);

/** The options page's "show tips again": closed tips come back, and each opens whole once more. */
export const resetTips = () => Promise.all([dismissedTips.set([]), tipShowings.set({})]);

/** Saves one setting after checking it. Returns the reason when it is refused; nothing is written then. */
export async function saveSetting<K extends keyof Settings>(
  field: K,
  value: Settings[K],
): Promise<SettingError | null> {
  const error = checkSetting(field, value);
  if (error) return error;
  const { settings: current } = await localSettings.get();
  await localSettings.set({ ...current, [field]: value });
  return null;
}

/** Keeps the count of wrong guesses and the wait, leaving the stored PIN as it is (it may come from policy). */
export async function saveLockAttempts(attempts: Pick<LockState, 'failures' | 'waitUntil'>): Promise<void> {
  await localLock.update((local) => ({ ...local, failures: attempts.failures, waitUntil: attempts.waitUntil }));
}

export async function deleteAll(): Promise<void> {
  await storage.clear('local');
  await storage.clear('session');
}
