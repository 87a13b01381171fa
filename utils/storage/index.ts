/**
 * Every piece of Scrollwise's state. This folder is the only code that touches `browser.storage`; the rest
 * reads and writes through what this file exports:
 * - `Stored` items (stored.ts), whose `get` and `watch` always give parsed values; no raw item leaves the folder;
 * - functions that do more than one item's read or write (settings under policy, the day records, exports).
 *
 * family.ts holds the family's choices, days.ts the viewing time, reminders.ts the reminders' state and log.
 * `session.ts` holds what lives in session storage; only the worker and the extension's pages may import
 * it, because content scripts cannot reach session storage (Chromium throws, Firefox has no such area).
 *
 * Each item carries a version; when its shape changes, the version goes up and a migration keeps the data.
 */
import { storage } from '#imports';
import type { DayKey } from '../tracking/calendar';
import { dayOfKey } from './days';
import { PRIVATE_KEYS } from './family';

export * from './days';
export * from './family';
export * from './reminders';
export type { Stored } from './stored';

/**
 * Everything Scrollwise keeps on this computer, less the PIN records (and their versions): the day records
 * by day, the rest by key, as stored.
 */
export async function snapshotForExport(): Promise<{ days: Record<DayKey, unknown>; other: Record<string, unknown> }> {
  const days: Record<DayKey, unknown> = {};
  const other: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(await storage.snapshot('local'))) {
    // WXT keeps an item's version under `<key>$`.
    if (PRIVATE_KEYS.includes(key.replace(/\$$/, ''))) continue;
    const day = dayOfKey(key);
    if (day) days[day] = value;
    else other[key] = value;
  }
  return { days, other };
}

export async function deleteAll(): Promise<void> {
  await storage.clear('local');
  await storage.clear('session');
}
