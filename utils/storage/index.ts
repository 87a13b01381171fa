/**
 * Every piece of Scrollwise's state. This folder is the only code that touches `browser.storage`. This
 * file is its read side, for every context: parsed `Readable` items (stored.ts) and read functions, none
 * of them WXT's storage code, so a TikTok page does not load it. Writes
 * are in `write.ts`, imported only by the worker's request handlers, its recorder and this folder, so
 * that the worker is the one writer (Biome's `noRestrictedImports` and the conventions test hold that).
 *
 * family.ts holds the family's choices, days.ts the viewing time, reminders.ts the reminders' state and
 * log. `session.ts` holds what lives in session storage; only the worker and the extension's pages may
 * import it, because content scripts cannot reach session storage (Chromium throws, Firefox has no such area).
 * `access.ts` (Scrollwise's access to TikTok) and `follow.ts` are imported by the few that use them, not
 * through this file, which every extension page loads.
 *
 * Each item carries a version; when its shape changes, the version goes up and a migration keeps the data.
 */
import type { DayKey } from '../tracking/calendar';
import * as days from './days';
import * as family from './family';
import { readRaw } from './stored';

export { ledger, listQuarantinedDays, readAllDays, readDays, watchDay } from './days';
export {
  dismissedTips,
  type LoadedSettings,
  loadLock,
  loadSettings,
  loadSettingsNow,
  localLock,
  tipShowings,
  viewLastSeen,
  watchSettings,
  watchSettingsChange,
} from './family';
export {
  loadReminderLog,
  loadReminderState,
  pageFights,
  timeAsks,
  watchReminderLog,
  watchReminderState,
  watchReminders,
} from './reminders';
export {
  answersGiven,
  readSharedDevices,
  readSharedRules,
  thisDevice,
  watchSharedDevices,
  watchSharedRules,
} from './sharing';
export type { Readable } from './stored';

/**
 * Everything Scrollwise keeps on this computer, less the PIN records (and their versions): the day records
 * by day, the rest by key, as stored.
 */
export async function snapshotForExport(): Promise<{ days: Record<DayKey, unknown>; other: Record<string, unknown> }> {
  const byDay: Record<DayKey, unknown> = {};
  const other: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(await readRaw('local', null))) {
    // WXT keeps an item's version under `<key>$`.
    if (family.privateKeys().includes(key.replace(/\$$/, ''))) continue;
    const day = days.dayOfKey(key);
    if (day) byDay[day] = value;
    else other[key] = value;
  }
  return { days: byDay, other };
}
