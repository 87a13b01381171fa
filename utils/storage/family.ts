// The family's choices: settings (with the browser policy on top), the tips' memory, the parent lock.
import { browser } from 'wxt/browser';
import { afterMs } from '../content/timing';
import { type LockState, parseLockState, parsePinRecord } from '../lock/pin';
import {
  applyPolicy,
  DEFAULT_SETTINGS,
  type ManagedPolicy,
  parseManaged,
  parseSettings,
  type Settings,
} from '../settings';
import { parseTipShowings } from '../tips/cadence';
import { defineStored, watchRaw } from './stored';

// Named apart from their items, so what only watches them (TikTok's sentinel) carries no parser.
const SETTINGS_KEY = 'settings';
const POLICY_CACHE_KEY = 'policyCache';

/** The family's own settings, each field checked (`parseSettings` also lists the fields it had to reset). */
export const localSettings = /* @__PURE__ */ defineStored<ReturnType<typeof parseSettings>, Settings>(
  `local:${SETTINGS_KEY}`,
  parseSettings,
  {
    version: 2,
    migrations: {
      // 0.2.0 added the daily limit, break reminders, sleep hours and the day start: new fields, defaults.
      2: (previous) => ({ ...DEFAULT_SETTINGS, ...(typeof previous === 'object' && previous ? previous : {}) }),
    },
  },
);

/**
 * View ids are kept as strings: checking them against the registry would pull every detector into the
 * popup. The content script and the worker check them (`isViewId`); the pages show only ids they have copy for.
 */
const viewIds = (raw: unknown): string[] =>
  Array.isArray(raw) ? raw.filter((id): id is string => typeof id === 'string') : [];

/** Views whose tip the teen asked never to see again. */
export const dismissedTips = /* @__PURE__ */ defineStored('local:dismissedTips', viewIds);

/** When each spaced tip last opened whole, and how often (utils/tips/cadence.ts). */
export const tipShowings = /* @__PURE__ */ defineStored('local:tipShowings', parseTipShowings);

/** When each view was last recognized (epoch ms): the self-check that tells when TikTok's markup moved. */
export const viewLastSeen = /* @__PURE__ */ defineStored(
  'local:viewLastSeen',
  (raw): Record<string, number> =>
    typeof raw === 'object' && raw !== null
      ? Object.fromEntries(Object.entries(raw).filter(([, at]) => typeof at === 'number'))
      : {},
);

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
const policyCache = /* @__PURE__ */ defineStored(
  `local:${POLICY_CACHE_KEY}`,
  (raw): Record<string, unknown> => (typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {}),
);
/** How long a caller waits for the browser policy before going on with the cached copy. */
const POLICY_WAIT_MS = 200;
/** A policy read under way; `late` once it has kept a caller waiting the full time. */
interface PolicyRead {
  done: Promise<Record<string, unknown>>;
  late: boolean;
}
let policyRead: PolicyRead | null = null;

/**
 * Browser policy (`storage.managed`); callers arriving while a read is under way share it. Chromium's
 * first read in a session takes about 2 s; Firefox rejects the read when no policy exists: none, then.
 */
function readManaged(): PolicyRead {
  if (policyRead) return policyRead;
  const done = browser.storage.managed
    .get()
    .then(
      async (raw) => {
        const cached = await policyCache.get();
        // A cache, not the family's state: whoever reads the policy first keeps it fresh.
        if (JSON.stringify(cached) !== JSON.stringify(raw)) await browser.storage.local.set({ [policyCache.key]: raw });
        return raw;
      },
      () => ({}),
    )
    .finally(() => {
      policyRead = null;
    });
  policyRead = { done, late: false };
  return policyRead;
}

/**
 * The policy record as read (its PIN record is parsed only by `loadLock`: no TikTok page needs it). A slow
 * read keeps one caller waiting, not each: a setting saved in the first seconds after install reads the
 * policy three times (the lock, the save, the sharing), and a parent's quick second choice queued behind.
 */
async function readPolicy(): Promise<{ policy: ManagedPolicy; record: Record<string, unknown> }> {
  const read = readManaged();
  const fresh = read.late
    ? null
    : await Promise.race([
        read.done,
        afterMs(POLICY_WAIT_MS).then(() => {
          read.late = true;
          return null;
        }),
      ]);
  const record = fresh ?? (await policyCache.get());
  return { policy: parseManaged(record), record };
}

export async function loadSettings(): Promise<LoadedSettings> {
  const [{ settings: local, invalid }, { policy }] = await Promise.all([localSettings.get(), readPolicy()]);
  return { settings: applyPolicy(local, policy), local, invalid, policy };
}

/**
 * The settings in force as last known, without waiting for the browser's policy read: the family's own and
 * the policy's cached copy. For the worker's hot paths (every viewing report, every page opening), where a
 * slow first policy read must not hold up the queue.
 */
export async function loadSettingsNow(): Promise<Settings> {
  const [{ settings: local }, record] = await Promise.all([localSettings.get(), policyCache.get()]);
  return applyPolicy(local, parseManaged(record));
}

/** Calls back with fresh settings whenever the family's settings or the browser policy change. */
export function watchSettings(callback: (loaded: LoadedSettings) => void): () => void {
  const reload = () => {
    loadSettings().then(callback, () => undefined);
  };
  const unwatchSettings = localSettings.watch(reload);
  // The slow first policy read lands in the cache: pages that went on without it update then.
  const unwatchCache = policyCache.watch(reload);
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
 * Calls back when the settings in force may have changed (the family's, the policy or its cached copy). It
 * reads nothing: a TikTok page asks the worker for the settings then.
 */
export function watchSettingsChange(callback: () => void): () => void {
  const stops = [
    watchRaw('local', (key) => key === SETTINGS_KEY || key === POLICY_CACHE_KEY, callback),
    watchRaw('managed', () => true, callback),
  ];
  return () => {
    for (const stop of stops) stop();
  };
}

/** The family's own lock (its PIN record and the count of wrong guesses); `loadLock` adds the policy's. */
export const localLock = /* @__PURE__ */ defineStored('local:parentLock', parseLockState);

/** The lock in force: the administrator's PIN, when a policy sets one, replaces the local PIN. */
export async function loadLock(): Promise<{ state: LockState; fromPolicy: boolean; locked: boolean }> {
  const [local, { policy, record }] = await Promise.all([localLock.get(), readPolicy()]);
  const pin = parsePinRecord(record.parentPin);
  const state = pin ? { ...local, pin } : local;
  return { state, fromPolicy: pin !== null, locked: state.pin !== null || policy.locked };
}

/**
 * Never exported: the parent PIN's hash (an exported file can be cracked offline, away from the back-off)
 * and the policy cache, which can hold an administrator's PIN record.
 */
export const privateKeys = (): readonly string[] => [localLock.key, policyCache.key];
