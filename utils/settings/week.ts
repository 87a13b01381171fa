import { type DayKey, isDayKey } from '../tracking/calendar';

/** A family's week: which rules a day follows. Days count as `Date.getDay()` does: 0 = Sunday … 6 = Saturday. */

export const SATURDAY = 6;
/** Days off a family can plan ahead (school holidays, a bank holiday): enough for a long summer. */
export const DAYS_OFF_MAX = 90;

/** The weekday whose rules hold on `day`: Saturday's on a day off, else the date's own. */
export const rulesDayOf = (day: DayKey, daysOff: readonly DayKey[]): number =>
  daysOff.includes(day) ? SATURDAY : new Date(`${day}T12:00:00Z`).getUTCDay();

export const isWeekend = (weekday: number): boolean => weekday === 0 || weekday === SATURDAY;

/** Days off as a parent grants them: real dates, each once, at most `DAYS_OFF_MAX`. */
export const isDaysOff = (value: unknown): value is DayKey[] =>
  Array.isArray(value) &&
  value.length <= DAYS_OFF_MAX &&
  new Set(value).size === value.length &&
  value.every((day) => typeof day === 'string' && isDayKey(day));

/** The days off still to come or under way (from `today` on), in order: what the pages list and keep. */
export const upcomingDaysOff = (daysOff: readonly DayKey[], today: DayKey): DayKey[] =>
  daysOff.filter((day) => day >= today).sort();
