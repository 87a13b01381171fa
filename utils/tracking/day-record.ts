import { isRecord } from '../guards';
import type { HourPiece } from './calendar';

/** One local day of viewing. Small on purpose: 400 of them must stay well under 200 KB. */
export interface DayRecord {
  v: 1;
  /** Union of engaged and watching time, in ms: what the popup shows. */
  totalMs: number;
  engagedMs: number;
  watchingMs: number;
  /** ms per local clock hour, 0–23 (a repeated DST hour adds to its bucket). */
  hours: number[];
  /** UTC offset (minutes) when the record was last written, so a trip abroad stays readable. */
  tzOffsetMin: number;
  /**
   * How often TikTok was opened that day (a stretch of viewing begun after 5 minutes away), and the longest
   * stretch begun that day: the weekly look back's counters. Absent in records written before them: 0.
   */
  opens?: number;
  longestMs?: number;
}

const DAY_MAX_MS = 25 * 3_600_000;

export function emptyDay(tzOffsetMin: number): DayRecord {
  return { v: 1, totalMs: 0, engagedMs: 0, watchingMs: 0, hours: Array.from({ length: 24 }, () => 0), tzOffsetMin };
}

const isMs = (value: unknown, max = DAY_MAX_MS): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= max;

/**
 * A stored day record checked field by field; null when it cannot be trusted (NaN, negative, more than a
 * 25-hour day, parts not adding up), so the caller can set it aside instead of building on it.
 */
export function parseDayRecord(raw: unknown): DayRecord | null {
  if (!isRecord(raw) || raw.v !== 1) return null;
  const { totalMs, engagedMs, watchingMs, hours, tzOffsetMin, opens = 0, longestMs = 0 } = raw;
  if (!isMs(totalMs) || !isMs(engagedMs) || !isMs(watchingMs)) return null;
  if (!Array.isArray(hours) || hours.length !== 24 || !hours.every((hour) => isMs(hour, 2 * 3_600_000))) return null;
  if (typeof tzOffsetMin !== 'number' || !Number.isInteger(tzOffsetMin) || Math.abs(tzOffsetMin) > 16 * 60) return null;
  if (Math.abs(engagedMs + watchingMs - totalMs) > 1) return null;
  if (!Number.isInteger(opens) || (opens as number) < 0 || (opens as number) > 10_000 || !isMs(longestMs)) return null;
  const record: DayRecord = { v: 1, totalMs, engagedMs, watchingMs, hours: [...hours], tzOffsetMin };
  return withCounters(record, opens as number, longestMs);
}

/** The record with its look-back counters, written only once there is something to count. */
function withCounters(record: DayRecord, opens: number, longestMs: number): DayRecord {
  return opens > 0 || longestMs > 0 ? { ...record, opens, longestMs } : record;
}

/**
 * The record once a stretch of viewing begun that day went on (`opened`: it began just now): one more
 * open, and the longest stretch kept.
 */
export function noteStretch(record: DayRecord, stretch: { start: number; last: number }, opened: boolean): DayRecord {
  return withCounters(
    record,
    (record.opens ?? 0) + (opened ? 1 : 0),
    Math.max(record.longestMs ?? 0, Math.min(stretch.last - stretch.start, DAY_MAX_MS)),
  );
}

/** Adds a credited piece; `watchingShare` (0–1) splits it between watching and engaged, the total stays exact. */
export function addPiece(record: DayRecord, piece: HourPiece, watchingShare: number, tzOffsetMin: number): DayRecord {
  const hours = [...record.hours];
  hours[piece.hour] = (hours[piece.hour] ?? 0) + piece.ms;
  const watching = Math.round(piece.ms * watchingShare);
  return {
    ...record,
    totalMs: record.totalMs + piece.ms,
    engagedMs: record.engagedMs + piece.ms - watching,
    watchingMs: record.watchingMs + watching,
    hours,
    tzOffsetMin,
  };
}

/** The larger of two records of the same day, field by field: merging an import twice changes nothing. */
export function mergeDays(a: DayRecord, b: DayRecord): DayRecord {
  const pick = a.totalMs >= b.totalMs ? a : b;
  const merged = { ...pick, hours: a.hours.map((hour, index) => Math.max(hour, b.hours[index] ?? 0)) };
  return withCounters(merged, Math.max(a.opens ?? 0, b.opens ?? 0), Math.max(a.longestMs ?? 0, b.longestMs ?? 0));
}
