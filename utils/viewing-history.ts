import { readDays, watchDay } from './storage';
import { type DayKey, dayKeyOf, shiftDay } from './tracking/calendar';
import { type DayRecord, emptyDay, parseDayRecord } from './tracking/day-record';

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
  return keys.map((day) => ({ day, record: storedDay(raw[day]) }));
}

/** A day never written is an empty day; one that cannot be read is null. */
function storedDay(raw: unknown): DayRecord | null {
  return raw === null || raw === undefined ? emptyDay(0) : parseDayRecord(raw);
}

/** Follows today's record as the worker writes it; calls back with the parsed record. */
export function watchToday(day: DayKey, callback: (record: DayRecord | null) => void): () => void {
  return watchDay(day, (raw) => callback(storedDay(raw)));
}
