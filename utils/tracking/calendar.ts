/**
 * Local calendar arithmetic for day records. Days are local dates (never UTC, never locale strings), so a
 * day has 23 or 25 hours around DST changes and keys follow the computer's time zone.
 */

export type DayKey = string;

const pad = (value: number) => String(value).padStart(2, '0');

/** `YYYY-MM-DD` of the local day holding `time`; with `dayStartHour` (e.g. 4), 00:00–03:59 belong to the day before. */
export function dayKeyOf(time: number, dayStartHour = 0): DayKey {
  const date = new Date(time);
  if (date.getHours() < dayStartHour) date.setDate(date.getDate() - 1);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** A real calendar date as `YYYY-MM-DD` (no 30 February: Date would quietly roll it over). */
export function isDayKey(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(year, month - 1, day, 12);
  return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day;
}

/** When the day holding `time` ends (the next day's start, local time, DST-safe). */
export function nextDayStart(time: number, dayStartHour = 0): number {
  const [year, month, day] = dayKeyOf(time, dayStartHour).split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, day + 1, dayStartHour).getTime();
}

/** The key `days` calendar days after `key` (negative for before), by local calendar, DST-safe. */
export function shiftDay(key: DayKey, days: number): DayKey {
  const [year, month, day] = key.split('-').map(Number) as [number, number, number];
  const date = new Date(year, month - 1, day + days, 12);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export interface HourPiece {
  day: DayKey;
  /** Local clock hour 0–23 the piece falls in. */
  hour: number;
  ms: number;
}

/**
 * Cuts [start, end) at every local hour boundary (and so at every day boundary), so each piece can be
 * added to its day's total and hour bucket. Boundaries come from local dates, so DST days split correctly.
 */
export function splitByHour(start: number, end: number, dayStartHour = 0): HourPiece[] {
  const pieces: HourPiece[] = [];
  let cursor = start;
  while (cursor < end) {
    const boundary = new Date(cursor);
    boundary.setMinutes(60, 0, 0);
    const next = Math.min(end, Math.max(boundary.getTime(), cursor + 1));
    pieces.push({ day: dayKeyOf(cursor, dayStartHour), hour: new Date(cursor).getHours(), ms: next - cursor });
    cursor = next;
  }
  return pieces;
}
