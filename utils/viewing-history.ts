import { readDays, watchDay } from './storage';
import { type DayKey, dayKeyOf, shiftDay } from './tracking/calendar';
import { type DayRecord, parseDayRecord } from './tracking/day-record';

export interface DaySummary {
  day: DayKey;
  /** null when the stored record is unreadable (it is then shown as "data issue", not as zero). */
  record: DayRecord | null;
}

/** The last `count` days ending today, oldest first; days with no record are empty, not missing. */
export async function lastDays(count: number, now = Date.now(), dayStartHour = 0): Promise<DaySummary[]> {
  const today = dayKeyOf(now, dayStartHour);
  const keys = Array.from({ length: count }, (_, index) => shiftDay(today, index - count + 1));
  const raw = await readDays(keys);
  return keys.map((day) => ({ day, record: raw[day] === undefined ? emptyRecord() : parseDayRecord(raw[day]) }));
}

function emptyRecord(): DayRecord {
  return { v: 1, totalMs: 0, engagedMs: 0, watchingMs: 0, hours: Array.from({ length: 24 }, () => 0), tzOffsetMin: 0 };
}

/** Follows today's record as the worker writes it; calls back with the parsed record. */
export function watchToday(day: DayKey, callback: (record: DayRecord | null) => void): () => void {
  return watchDay(day, (raw) => callback(raw === null || raw === undefined ? emptyRecord() : parseDayRecord(raw)));
}
