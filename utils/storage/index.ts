/**
 * Every piece of Scrollwise's state, as typed storage items. This folder is the only code that touches
 * `browser.storage`: the rest of the code reads and writes through these items and functions.
 * `session.ts` holds what lives in session storage; only the worker and the extension's pages may import
 * it, because content scripts cannot reach session storage (Chromium throws, Firefox has no such area).
 *
 * Each item carries a version; when its shape changes, the version goes up and a migration keeps the data.
 */
import { browser } from 'wxt/browser';
import { storage } from '#imports';
import { freshNudgeState, type NudgeState } from '../nudges/decide';
import { isLogEntry, keepRecent, type NudgeLogEntry } from '../nudges/log';
import { type LockState, NO_LOCK, type PinRecord, parseLockState, parsePinRecord } from '../parent-lock';
import {
  applyPolicy,
  checkSetting,
  DEFAULT_SETTINGS,
  type ManagedPolicy,
  parseManaged,
  parseSettings,
  type SettingError,
  type Settings,
} from '../settings';
import type { DayKey } from '../tracking/calendar';
import type { DayRecord } from '../tracking/day-record';
import { type LedgerState, parseLedger, type Stretch } from '../tracking/ledger';
import { isViewId, type ViewId } from '../views/registry';

/** Raw settings as stored; read through `loadSettings`, which validates every field. */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 2,
  migrations: {
    // 0.2.0 added the daily limit, break reminders, sleep hours and the day start: new fields, defaults.
    2: (previous: unknown) => ({ ...DEFAULT_SETTINGS, ...(typeof previous === 'object' && previous ? previous : {}) }),
  },
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
  /** What is in force: local settings with the administrator's policy on top. */
  settings: Settings;
  /** The family's own choices, before policy. */
  local: Settings;
  /** Fields that were unreadable and fell back to their default, for a visible notice. */
  invalid: string[];
  policy: ManagedPolicy;
}

/** The last policy read, kept so a page need not wait for the browser's first (slow) policy read. */
const policyCacheItem = storage.defineItem<unknown>('local:policyCache', { fallback: null });
/** How long a page waits for the browser policy before going on with the cached copy. */
const POLICY_WAIT_MS = 200;
let policyRead: Promise<Record<string, unknown>> | null = null;

/**
 * Browser policy (`storage.managed`); callers arriving while a read is under way share it. Chromium's
 * first read in a session takes about 2 s; Firefox rejects the read when no policy exists: none, then.
 */
function readManaged(): Promise<Record<string, unknown>> {
  policyRead ??= browser.storage.managed
    .get()
    .then(
      async (raw) => {
        const cached = await policyCacheItem.getValue();
        if (JSON.stringify(cached) !== JSON.stringify(raw)) await policyCacheItem.setValue(raw);
        return raw;
      },
      () => ({}),
    )
    .finally(() => {
      policyRead = null;
    });
  return policyRead;
}

async function readPolicy(): Promise<{ policy: ManagedPolicy; pin: PinRecord | null }> {
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), POLICY_WAIT_MS));
  const raw = (await Promise.race([readManaged(), timeout])) ?? (await policyCacheItem.getValue());
  const record = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  return { policy: parseManaged(record), pin: parsePinRecord(record.parentPin) };
}

export async function loadSettings(): Promise<LoadedSettings> {
  const [{ settings: local, invalid }, { policy }] = await Promise.all([
    settingsItem.getValue().then(parseSettings),
    readPolicy(),
  ]);
  return { settings: applyPolicy(local, policy), local, invalid, policy };
}

/** Calls back with fresh settings whenever the family's settings or the browser policy change. */
export function watchSettings(callback: (loaded: LoadedSettings) => void): () => void {
  const reload = () => {
    loadSettings().then(callback, () => undefined);
  };
  const unwatchSettings = settingsItem.watch(reload);
  // The slow first policy read lands in the cache: pages that went on without it update then.
  const unwatchCache = policyCacheItem.watch(reload);
  const onPolicy = (_changes: unknown, area: string) => {
    if (area === 'managed') reload();
  };
  browser.storage.onChanged.addListener(onPolicy);
  return () => {
    unwatchSettings();
    unwatchCache();
    browser.storage.onChanged.removeListener(onPolicy);
  };
}

/**
 * Saves one setting after checking it. Returns the reason when it is refused; nothing is written then.
 * The caller checks the parent lock first (the popup and options page do).
 */
export async function saveSetting<K extends keyof Settings>(
  field: K,
  value: Settings[K],
): Promise<SettingError | null> {
  const error = checkSetting(field, value);
  if (error) return error;
  const { settings: current } = parseSettings(await settingsItem.getValue());
  await settingsItem.setValue({ ...current, [field]: value });
  return null;
}

// ─── Parent lock ────────────────────────────────────────────────────────────────────────────────────────

export const lockItem = storage.defineItem<LockState>('local:parentLock', { fallback: NO_LOCK, version: 1 });

/** The lock in force: the administrator's PIN, when a policy sets one, replaces the local PIN. */
export async function loadLock(): Promise<{ state: LockState; fromPolicy: boolean; locked: boolean }> {
  const [local, { policy, pin }] = await Promise.all([lockItem.getValue().then(parseLockState), readPolicy()]);
  const state = pin ? { ...local, pin } : local;
  return { state, fromPolicy: pin !== null, locked: state.pin !== null || policy.locked };
}

export async function saveLock(state: LockState): Promise<void> {
  await lockItem.setValue(state);
}

/** Keeps the count of wrong guesses and the wait, leaving the stored PIN as it is (it may come from policy). */
export async function saveLockAttempts(attempts: Pick<LockState, 'failures' | 'waitUntil'>): Promise<void> {
  const local = parseLockState(await lockItem.getValue());
  await lockItem.setValue({ ...local, failures: attempts.failures, waitUntil: attempts.waitUntil });
}

export function watchLock(callback: () => void): () => void {
  return lockItem.watch(callback);
}

export async function resetDismissedTips(): Promise<void> {
  await dismissedTipsItem.setValue([]);
}

export async function loadViewLastSeen(): Promise<Partial<Record<ViewId, number>>> {
  const value: unknown = await viewLastSeenItem.getValue();
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(Object.entries(value).filter(([view, at]) => isViewId(view) && typeof at === 'number'));
}

export async function loadDismissedTips(): Promise<ViewId[]> {
  const value: unknown = await dismissedTipsItem.getValue();
  return Array.isArray(value) ? value.filter(isViewId) : [];
}

/** Worker only: a read-change-write that two tabs doing at once would lose, so it runs in the worker's queue. */
export async function dismissTipForever(view: ViewId): Promise<void> {
  const current = await loadDismissedTips();
  if (!current.includes(view)) await dismissedTipsItem.setValue([...current, view]);
}

export function watchDismissedTips(callback: (views: ViewId[]) => void): () => void {
  return dismissedTipsItem.watch((value) => callback(Array.isArray(value) ? value.filter(isViewId) : []));
}

/** Worker only (read, change, write): see `dismissTipForever`. */
export async function recordViewSeen(view: ViewId, at: number): Promise<void> {
  const current = (await viewLastSeenItem.getValue()) ?? {};
  await viewLastSeenItem.setValue({ ...current, [view]: at });
}

// ─── Viewing time ───────────────────────────────────────────────────────────────────────────────────────
// One small record per local day (`day:YYYY-MM-DD`), plus the ledger that makes counting idempotent.
// Only the background worker writes these, one write at a time (utils/tracking/recorder.ts).

const DAY_PREFIX = 'day:';
const QUARANTINE_PREFIX = 'bad:';
const dayKeyOfStorage = (day: DayKey) => `local:${DAY_PREFIX}${day}` as const;

export const ledgerItem = storage.defineItem<unknown>('local:ledger', { fallback: null, version: 1 });

/** The raw ledger; untrusted, parse it (utils/tracking/ledger.ts). */
export async function readLedger(): Promise<unknown> {
  return ledgerItem.getValue();
}

/** Writes the ledger and day records in a single `storage.local.set`, so they never disagree. */
export async function writeTracking(ledger: LedgerState, days: Record<DayKey, DayRecord>): Promise<void> {
  await storage.setItems([
    { item: ledgerItem, value: ledger },
    ...Object.entries(days).map(([day, value]) => ({ key: dayKeyOfStorage(day), value })),
  ]);
}

/** Raw day records, for the popup's charts and for pruning. */
export async function readAllDays(): Promise<Record<DayKey, unknown>> {
  const all = await storage.snapshot('local');
  const days: Record<DayKey, unknown> = {};
  for (const [key, value] of Object.entries(all))
    if (key.startsWith(DAY_PREFIX)) days[key.slice(DAY_PREFIX.length)] = value;
  return days;
}

/** Raw records of the given days, in one read; a day never written is `undefined`. Untrusted: parse them. */
export async function readDays(days: readonly DayKey[]): Promise<Record<DayKey, unknown>> {
  const values = await storage.getItems(days.map(dayKeyOfStorage));
  return Object.fromEntries(days.map((day, index) => [day, values[index]?.value ?? undefined]));
}

export async function removeDays(days: readonly DayKey[]): Promise<void> {
  if (days.length > 0) await storage.removeItems(days.map(dayKeyOfStorage));
}

/** Calls back with the day's raw record whenever it changes (the popup's live figure). */
export function watchDay(day: DayKey, callback: (raw: unknown) => void): () => void {
  return storage.watch(dayKeyOfStorage(day), callback);
}

/** Sets an unreadable record aside under `bad:<key>` with when it was found; the original key is freed. */
export async function quarantineDay(day: DayKey, raw: unknown, at: number): Promise<void> {
  await storage.setItem(`local:${QUARANTINE_PREFIX}${DAY_PREFIX}${day}`, { raw, at });
  await storage.removeItem(dayKeyOfStorage(day));
}

/** Days whose record was set aside, for the popup's notice. */
export async function listQuarantinedDays(): Promise<DayKey[]> {
  const all = await storage.snapshot('local');
  return Object.keys(all)
    .filter((key) => key.startsWith(`${QUARANTINE_PREFIX}${DAY_PREFIX}`))
    .map((key) => key.slice(QUARANTINE_PREFIX.length + DAY_PREFIX.length));
}

// ─── Your data ──────────────────────────────────────────────────────────────────────────────────────────

/**
 * Never exported: the parent PIN's hash (an exported file can be cracked offline, away from the back-off)
 * and the policy cache, which can hold an administrator's PIN record.
 */
const NOT_EXPORTED = new Set([lockItem.key, policyCacheItem.key].map((key) => key.replace(/^local:/, '')));

/** Everything Scrollwise keeps on this computer, as stored, less the PIN records (and their versions). */
export async function snapshotForExport(): Promise<Record<string, unknown>> {
  const all = await storage.snapshot('local');
  // WXT keeps an item's version under `<key>$`.
  return Object.fromEntries(Object.entries(all).filter(([key]) => !NOT_EXPORTED.has(key.replace(/\$$/, ''))));
}

export async function deleteAll(): Promise<void> {
  await storage.clear('local');
  await storage.clear('session');
}

/** Writes imported day records (already validated and merged) in one call. */
export async function writeDays(days: Record<DayKey, DayRecord>): Promise<void> {
  await storage.setItems(Object.entries(days).map(([day, value]) => ({ key: dayKeyOfStorage(day), value })));
}

// ─── Nudges ─────────────────────────────────────────────────────────────────────────────────────────────
// Shared by every TikTok tab, so a limit or a break holds across tabs, reloads and navigation.

export const nudgeStateItem = storage.defineItem<NudgeState | null>('local:nudges', { fallback: null, version: 1 });
export const nudgeLogItem = storage.defineItem<NudgeLogEntry[]>('local:nudgeLog', { fallback: [], version: 1 });

/**
 * Today's nudge state. A record from another day starts the day fresh, unless it holds a limit reached
 * before the computer changed time zone (`limitHoldUntil`): that record stays in force until the hold ends.
 */
export async function loadNudgeState(day: DayKey, now: number): Promise<NudgeState> {
  const raw = await nudgeStateItem.getValue();
  if (!raw || typeof raw !== 'object' || raw.v !== 1 || typeof raw.day !== 'string') return freshNudgeState(day);
  const stored = { ...freshNudgeState(raw.day), ...raw };
  return stored.day === day || stored.limitHoldUntil > now ? stored : freshNudgeState(day);
}

export async function saveNudgeState(state: NudgeState): Promise<void> {
  await nudgeStateItem.setValue(state);
}

export function watchNudges(callback: () => void): () => void {
  const stops = [nudgeStateItem.watch(callback), ledgerItem.watch(callback)];
  return () => {
    for (const stop of stops) stop();
  };
}

/** The reminders of the last 14 days; older entries are never shown, and the worker prunes them hourly. */
export async function loadNudgeLog(now: number): Promise<NudgeLogEntry[]> {
  const raw: unknown = await nudgeLogItem.getValue();
  return Array.isArray(raw) ? keepRecent(raw.filter(isLogEntry), now) : [];
}

/** Read, change, write: only the worker calls it, one request at a time, so no tab's entry is lost. */
export async function updateNudgeLog(change: (log: NudgeLogEntry[]) => NudgeLogEntry[], now: number): Promise<void> {
  await nudgeLogItem.setValue(change(await loadNudgeLog(now)));
}

/** The stretch of viewing the worker keeps in its ledger (read-only here). */
export async function loadStretch(): Promise<Stretch | null> {
  return parseLedger(await readLedger()).stretch;
}
