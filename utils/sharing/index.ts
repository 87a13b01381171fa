import { isTimeAsk, type TimeAsk } from '../asks';
import { finite, isRecord } from '../guards';
import { type DayKey, isDayKey, shiftDay } from '../tracking/calendar';

/**
 * Family sharing (off until a parent turns it on): each computer writes only its own record to the
 * browser account's sync (`storage.sync`), under a random id: its name, when it last wrote, and its daily
 * totals for the days the limit and the week need. Nothing else: no page, no video, no hour. Sync is
 * last-writer-wins per key, so no two computers ever write the same key, and a total is the sum over keys.
 */
export interface DeviceRecord {
  v: 1;
  /** What the family calls this computer ("Family desktop"). */
  name: string;
  /** When it last wrote (its own clock, epoch ms). */
  seen: number;
  /** Its own viewing per family day, in ms. */
  days: Record<DayKey, number>;
  /** When it last counted viewing (epoch ms, its clock); 0 when never. */
  viewedAt: number;
  /** Its teen's latest ask for more time, so a parent at any of the family's computers can answer it. */
  ask: TimeAsk | null;
  /** Answers a parent gave here to asks made on the family's other computers (the last few). */
  answers: SharedAnswer[];
  /**
   * Since when Scrollwise's access to TikTok has been off here (epoch ms, its clock), null while on: this
   * computer then counts nothing, and a parent at another computer is told (utils/site-access).
   */
  accessOffAt: number | null;
}

/** A parent's answer, given on one computer, to an ask made on another. */
export interface SharedAnswer {
  id: string;
  approve: boolean;
  at: number;
}

const isAnswer = (value: unknown): value is SharedAnswer =>
  isRecord(value) && typeof value.id === 'string' && typeof value.approve === 'boolean' && typeof value.at === 'number';
/** Answers a record carries: a day's worth at most, since an ask lifts only its own day's limit. */
export const ANSWERS_KEPT = 5;

/** A computer's key in sync: its random id under a prefix nothing else of ours uses. */
export const DEVICE_PREFIX = 'device:';
export const deviceKey = (id: string): string => `${DEVICE_PREFIX}${id}`;
/** A computer's rules (the settings and the lock as it knows them) in sync: utils/sharing/rules.ts. */
export const RULES_PREFIX = 'rules:';
export const rulesKey = (id: string): string => `${RULES_PREFIX}${id}`;

/** Days a record carries: today and the 13 before, what the weekly look back compares. */
export const SHARED_DAYS = 14;
/** A computer that has not written for this long drops out of the family's totals and list. */
export const DEVICE_GONE_MS = 30 * 86_400_000;
/** A computer not heard from for this long while the family watches is said to be quiet. */
export const DEVICE_QUIET_MS = 15 * 60_000;
export const DEVICE_NAME_MAX = 40;
/**
 * How often a watching computer writes: about once a minute, 60 writes an hour, well inside Chrome's 120 a
 * minute and 1,800 an hour (Firefox documents none).
 */
export const DEFAULT_SHARE_EVERY_MS = 60_000;

const DAY_MAX_MS = 25 * 3_600_000;

/** A record as sync holds it, checked: anything another version or a broken write left is dropped. */
export function parseDevice(raw: unknown): DeviceRecord | null {
  if (!isRecord(raw) || raw.v !== 1 || typeof raw.name !== 'string' || !isRecord(raw.days)) return null;
  const seen = finite(raw.seen);
  if (seen === null) return null;
  const days: Record<DayKey, number> = {};
  for (const [day, ms] of Object.entries(raw.days)) {
    if (isDayKey(day) && typeof ms === 'number' && ms >= 0 && ms <= DAY_MAX_MS) days[day] = ms;
  }
  const viewedAt = finite(raw.viewedAt) ?? 0;
  const ask = isTimeAsk(raw.ask) ? raw.ask : null;
  const answers = Array.isArray(raw.answers) ? raw.answers.filter(isAnswer).slice(-ANSWERS_KEPT) : [];
  return {
    v: 1,
    name: raw.name.slice(0, DEVICE_NAME_MAX),
    seen,
    days,
    viewedAt,
    ask,
    answers,
    accessOffAt: finite(raw.accessOffAt),
  };
}

/**
 * This computer's record from its own day totals: the last `SHARED_DAYS` days to `today`, none empty, and
 * when it last counted viewing.
 */
export function ownRecord(
  name: string,
  totals: Readonly<Record<DayKey, number>>,
  today: DayKey,
  now: number,
  viewedAt = 0,
  { ask = null, answers = [], accessOffAt = null }: Pick<Partial<DeviceRecord>, 'ask' | 'answers' | 'accessOffAt'> = {},
): DeviceRecord {
  const days: Record<DayKey, number> = {};
  for (let back = 0; back < SHARED_DAYS; back++) {
    const day = shiftDay(today, -back);
    const ms = Math.round(totals[day] ?? 0);
    if (ms > 0) days[day] = ms;
  }
  return { v: 1, name, seen: now, days, viewedAt, ask, answers, accessOffAt };
}

export interface OtherDevice {
  id: string;
  record: DeviceRecord;
}

/** The family's other computers still in the family: heard from within 30 days, this one left out. */
export function otherDevices(raw: Readonly<Record<string, unknown>>, selfId: string, now: number): OtherDevice[] {
  const found: OtherDevice[] = [];
  for (const [key, value] of Object.entries(raw)) {
    if (!key.startsWith(DEVICE_PREFIX) || key === deviceKey(selfId)) continue;
    const record = parseDevice(value);
    if (record && now - record.seen < DEVICE_GONE_MS) found.push({ id: key.slice(DEVICE_PREFIX.length), record });
  }
  return found.sort((a, b) => b.record.seen - a.record.seen);
}

/** The time the family's other computers report for `day`. */
export const othersOn = (others: readonly OtherDevice[], day: DayKey): number =>
  others.reduce((sum, { record }) => sum + (record.days[day] ?? 0), 0);

/** At most this much viewing a computer watching at its last write may have done without reporting it. */
export const UNREPORTED_MAX_MS = 2 * 60_000;
/** A write made this soon after the computer last counted time was made while it watched. */
const WATCHING_AT_WRITE_MS = 90_000;

/**
 * Caution near the limit: a computer that was watching when it last wrote may have gone on since. Its
 * unreported minutes are counted for the limit as the time since that write, up to 2 minutes (a watching
 * computer writes about once a minute); one quiet for 15 minutes or more is not counted (it says so).
 */
export function unreportedOf({ record }: OtherDevice, now: number): number {
  const since = now - record.seen;
  const watching = record.viewedAt > 0 && record.seen - record.viewedAt < WATCHING_AT_WRITE_MS;
  return watching && since > 0 && since < DEVICE_QUIET_MS ? Math.min(since, UNREPORTED_MAX_MS) : 0;
}

/** A name for a computer nobody named yet: its system and a few letters of its id, to tell two apart. */
export function defaultDeviceName(platform: string, id: string): string {
  const system = /win/i.test(platform)
    ? 'Windows'
    : /mac/i.test(platform)
      ? 'Mac'
      : /cros/i.test(platform)
        ? 'Chromebook'
        : /linux/i.test(platform)
          ? 'Linux'
          : 'Computer';
  return `${system} ${id.slice(0, 4)}`;
}

/** A name as a parent types it: trimmed, nothing hidden, at most 40 letters; null when blank. */
export function cleanDeviceName(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const text = value.replace(/\p{Cc}/gu, ' ').trim();
  return text && text.length <= DEVICE_NAME_MAX ? text : null;
}
