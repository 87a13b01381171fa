import { isRecord } from '../guards';
import { type PinRecord, parsePinRecord } from '../lock/pin';
import { checkSetting, DEFAULT_SETTINGS, type Settings } from '../settings';
import { DEVICE_GONE_MS } from '.';

export { RULES_PREFIX, rulesKey } from '.';

/**
 * One set of rules for the family: with sharing on, each computer keeps in sync its own record of the
 * settings and the lock as it last knew them, each field with a stamp; every computer takes, field by
 * field, the value with the newest stamp. A stamp is never older than any stamp already seen for the
 * field (max(now, seen + 1)), so a computer whose clock runs ahead cannot make a later change lose: the
 * guard against clock skew. Ties go to the greater computer id, the same answer on every computer.
 */

/** Settings every computer of the family shares: all but sharing itself, which a parent turns on on each. */
export const SHARED_FIELDS = (Object.keys(DEFAULT_SETTINGS) as (keyof Settings)[]).filter(
  (field) => field !== 'familySharing',
);
export type SharedField = (typeof SHARED_FIELDS)[number];

/** A value with when it was set, on the family's shared clock. */
export interface Stamped<T> {
  value: T;
  at: number;
}

export interface RulesRecord {
  v: 1;
  /** When this computer last wrote (its own clock): a record older than 30 days is left out. */
  seen: number;
  settings: Partial<Record<SharedField, Stamped<unknown>>>;
  /** The parent lock's PIN record (its hash and salt, never the PIN); null: no lock. */
  lock: Stamped<PinRecord | null> | null;
}

const isStamp = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value) && value >= 0;

/** A record as sync holds it: each field checked as the settings check it; a bad one is left out. */
export function parseRules(raw: unknown): RulesRecord | null {
  if (!isRecord(raw) || raw.v !== 1 || !isStamp(raw.seen) || !isRecord(raw.settings)) return null;
  const settings: RulesRecord['settings'] = {};
  for (const field of SHARED_FIELDS) {
    const entry = raw.settings[field];
    if (isRecord(entry) && isStamp(entry.at) && checkSetting(field, entry.value as never) === null)
      settings[field] = { value: entry.value, at: entry.at };
  }
  let lock: RulesRecord['lock'] = null;
  if (isRecord(raw.lock) && isStamp(raw.lock.at)) {
    const pin = raw.lock.value === null ? null : parsePinRecord(raw.lock.value);
    if (pin !== null || raw.lock.value === null) lock = { value: pin, at: raw.lock.at };
  }
  return { v: 1, seen: raw.seen, settings, lock };
}

type Candidate<T> = Stamped<T> & { device: string };
const newest = <T>(candidates: Candidate<T>[]): Candidate<T> | null =>
  candidates.reduce<Candidate<T> | null>(
    (best, each) => (!best || each.at > best.at || (each.at === best.at && each.device > best.device) ? each : best),
    null,
  );

/** What the family agrees on now: per field, the newest stamp among the computers still in the family. */
export function mergeRules(records: Readonly<Record<string, RulesRecord>>, now: number) {
  const live = Object.entries(records).filter(([, record]) => now - record.seen < DEVICE_GONE_MS);
  const settings: Partial<Record<SharedField, Candidate<unknown>>> = {};
  for (const field of SHARED_FIELDS) {
    const found = newest(
      live.flatMap(([device, record]) => (record.settings[field] ? [{ ...record.settings[field], device }] : [])),
    );
    if (found) settings[field] = found;
  }
  const lock = newest(live.flatMap(([device, record]) => (record.lock ? [{ ...record.lock, device }] : [])));
  return { settings, lock };
}

/** The stamp of a change made here now: never older than what the family has already seen for it. */
export const nextStamp = (now: number, seen: number | undefined): number => Math.max(now, (seen ?? 0) + 1);
