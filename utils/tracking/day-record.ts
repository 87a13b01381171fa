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
  const { totalMs, engagedMs, watchingMs, hours, tzOffsetMin } = raw;
  if (!isMs(totalMs) || !isMs(engagedMs) || !isMs(watchingMs)) return null;
  if (!Array.isArray(hours) || hours.length !== 24 || !hours.every((hour) => isMs(hour, 2 * 3_600_000))) return null;
  if (typeof tzOffsetMin !== 'number' || !Number.isInteger(tzOffsetMin) || Math.abs(tzOffsetMin) > 16 * 60) return null;
  if (Math.abs(engagedMs + watchingMs - totalMs) > 1) return null;
  return { v: 1, totalMs, engagedMs, watchingMs, hours: [...hours], tzOffsetMin };
}

/** Adds a credited piece; `watchingShare` (0–1) splits it between watching and engaged, the total stays exact. */
export function addPiece(record: DayRecord, piece: HourPiece, watchingShare: number, tzOffsetMin: number): DayRecord {
  const hours = [...record.hours];
  hours[piece.hour] = (hours[piece.hour] ?? 0) + piece.ms;
  const watching = Math.round(piece.ms * watchingShare);
  return {
    v: 1,
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
  return { ...pick, hours: a.hours.map((hour, index) => Math.max(hour, b.hours[index] ?? 0)) };
}
