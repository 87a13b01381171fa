import { isRecord } from '../guards';
import { dayKeyOf } from '../tracking/calendar';
import { rulesDayOf } from './week';

/**
 * A no-TikTok time: a window a family names on chosen days (homework 17:00–19:00 on school days), on the
 * local clock. It starts and ends on the same day; the night belongs to the sleep hours, which may cross
 * midnight.
 */
export interface QuietTime {
  /** The family's own word for it ("Homework", « Devoirs »), shown on the reminder. */
  name: string;
  /** The days it holds: 0 = Sunday … 6 = Saturday, as `Date.getDay()` counts them. */
  days: number[];
  /** Local "HH:MM", start before end. */
  start: string;
  end: string;
}

export const QUIET_TIMES_MAX = 6;
export const QUIET_NAME_MAX = 30;

/** Why a list of no-TikTok times is refused, as a key of the copy's `errors` section. */
export type QuietTimeError =
  | 'quiet-name'
  | 'quiet-days'
  | 'time-format'
  | 'quiet-midnight'
  | 'quiet-overlap'
  | 'quiet-count';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
export const isTime = (value: unknown): value is string => typeof value === 'string' && TIME.test(value);
/** Minutes since midnight of a checked "HH:MM". */
export const minutesOf = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/**
 * A clock range ("22:00" to "07:00") as the ranges of a day's minutes it covers, [from, to): two when it
 * crosses midnight, none when it starts where it ends.
 */
export function minuteRanges(range: { start: string; end: string }): [number, number][] {
  const start = minutesOf(range.start);
  const end = minutesOf(range.end);
  if (start === end) return [];
  return start < end
    ? [[start, end]]
    : [
        [start, 24 * 60],
        [0, end],
      ];
}

const isDays = (days: unknown): days is number[] =>
  Array.isArray(days) &&
  days.length > 0 &&
  days.length <= 7 &&
  new Set(days).size === days.length &&
  days.every((day) => Number.isInteger(day) && day >= 0 && day <= 6);

/** What is wrong with one window on its own; null when it is fine. Nothing but its four fields is kept. */
function windowProblem(value: unknown): QuietTimeError | null {
  if (!isRecord(value) || Object.keys(value).length !== 4) return 'quiet-name';
  const { name, days, start, end } = value;
  if (typeof name !== 'string' || name.trim() === '' || name.length > QUIET_NAME_MAX || /[\p{Cc}]/u.test(name))
    return 'quiet-name';
  if (!isDays(days)) return 'quiet-days';
  if (!isTime(start) || !isTime(end)) return 'time-format';
  return minutesOf(end) > minutesOf(start) ? null : 'quiet-midnight';
}

/**
 * The first problem in a list of no-TikTok times, and which window has it (for the message beside it);
 * null when the list can be saved. Two windows sharing a day must not overlap: which one's name would the
 * reminder give?
 */
export function quietTimesProblem(value: unknown): { index: number; error: QuietTimeError } | null {
  if (!Array.isArray(value) || value.length > QUIET_TIMES_MAX) return { index: -1, error: 'quiet-count' };
  for (const [index, time] of value.entries()) {
    const error = windowProblem(time);
    if (error) return { index, error };
  }
  const times = value as QuietTime[];
  for (const [index, time] of times.entries()) {
    const clash = times.some(
      (other, before) =>
        before < index &&
        other.days.some((day) => time.days.includes(day)) &&
        minutesOf(other.start) < minutesOf(time.end) &&
        minutesOf(time.start) < minutesOf(other.end),
    );
    if (clash) return { index, error: 'quiet-overlap' };
  }
  return null;
}

/**
 * The no-TikTok time in force at `now` on the local clock, and when it started (epoch ms); null if none. On
 * a day off (by its local date), Saturday's times hold.
 */
export function quietTimeAt(
  now: number,
  { quietTimes, daysOff }: { quietTimes: readonly QuietTime[]; daysOff: readonly string[] },
): { time: QuietTime; startsAt: number } | null {
  const date = new Date(now);
  const minutes = date.getHours() * 60 + date.getMinutes();
  const weekday = rulesDayOf(dayKeyOf(now), daysOff);
  const time = quietTimes.find(
    (each) => each.days.includes(weekday) && minutes >= minutesOf(each.start) && minutes < minutesOf(each.end),
  );
  if (!time) return null;
  // Local midnight plus the start's minutes, as local fields: right on a day the clocks change.
  return {
    time,
    startsAt: new Date(date.getFullYear(), date.getMonth(), date.getDate(), 0, minutesOf(time.start)).getTime(),
  };
}
