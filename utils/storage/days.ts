import { browser } from 'wxt/browser';
import type { DayKey } from '../tracking/calendar';
import type { DayRecord } from '../tracking/day-record';
import { type LedgerState, parseLedger } from '../tracking/ledger';
import { defineStored, readRaw, watchRaw } from './stored';

// One small record per local day (`day:YYYY-MM-DD`), plus the ledger that makes counting idempotent.
// Only the background worker writes these, one write at a time (utils/tracking/recorder.ts).

const DAY_PREFIX = 'day:';
const QUARANTINE_PREFIX = 'bad:';
const dayKeyOfStorage = (day: DayKey) => `${DAY_PREFIX}${day}`;

/** What makes counting idempotent, and the stretch of viewing the break reminder reads. */
export const ledger = /* @__PURE__ */ defineStored('local:ledger', parseLedger);

/** Writes the ledger and day records in a single `storage.local.set`, so they never disagree. */
export async function writeTracking(state: LedgerState, days: Record<DayKey, DayRecord>): Promise<void> {
  await browser.storage.local.set({ [ledger.key]: state, ...byStorageKey(days) });
}

const byStorageKey = (days: Record<DayKey, unknown>) =>
  Object.fromEntries(Object.entries(days).map(([day, value]) => [dayKeyOfStorage(day), value]));

/** Raw day records, for the popup's charts and for pruning. */
export async function readAllDays(): Promise<Record<DayKey, unknown>> {
  const all = await readRaw('local', null);
  const days: Record<DayKey, unknown> = {};
  for (const [key, value] of Object.entries(all))
    if (key.startsWith(DAY_PREFIX)) days[key.slice(DAY_PREFIX.length)] = value;
  return days;
}

/** Raw records of the given days, in one read; a day never written is `undefined`. Untrusted: parse them. */
export async function readDays(days: readonly DayKey[]): Promise<Record<DayKey, unknown>> {
  const values = await readRaw('local', days.map(dayKeyOfStorage));
  return Object.fromEntries(days.map((day) => [day, values[dayKeyOfStorage(day)]]));
}

export async function removeDays(days: readonly DayKey[]): Promise<void> {
  if (days.length > 0) await browser.storage.local.remove(days.map(dayKeyOfStorage));
}

/** Calls back with the day's raw record whenever it changes (the popup's live figure). */
export function watchDay(day: DayKey, callback: (raw: unknown) => void): () => void {
  return watchRaw(
    'local',
    (key) => key === dayKeyOfStorage(day),
    (_key, raw) => callback(raw),
  );
}

/** Sets an unreadable record aside under `bad:<key>` with when it was found; the original key is freed. */
export async function quarantineDay(day: DayKey, raw: unknown, at: number): Promise<void> {
  await browser.storage.local.set({ [`${QUARANTINE_PREFIX}${DAY_PREFIX}${day}`]: { raw, at } });
  await browser.storage.local.remove(dayKeyOfStorage(day));
}

/** Days whose record was set aside, for the popup's notice. */
export async function listQuarantinedDays(): Promise<DayKey[]> {
  const all = await readRaw('local', null);
  return Object.keys(all)
    .filter((key) => key.startsWith(`${QUARANTINE_PREFIX}${DAY_PREFIX}`))
    .map((key) => key.slice(QUARANTINE_PREFIX.length + DAY_PREFIX.length));
}

/** The day a storage key holds the record of, or null for any other key. */
export const dayOfKey = (key: string): DayKey | null =>
  key.startsWith(DAY_PREFIX) ? key.slice(DAY_PREFIX.length) : null;

/** Writes imported day records (already validated and merged) in one call. */
export async function writeDays(days: Record<DayKey, DayRecord>): Promise<void> {
  await browser.storage.local.set(byStorageKey(days));
}
