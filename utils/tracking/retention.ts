import { type DayKey, isDayKey, shiftDay } from './calendar';
import { RETENTION_DAYS } from './constants';

/**
 * The latest day a record may have: tomorrow, since a time-zone change can put "today" a day ahead.
 * Anything later came from a wrong clock or a bad import and would never age out.
 */
export const latestPlausibleDay = (today: DayKey): DayKey => shiftDay(today, 1);

/** Stored days outside the window kept: older than the retention, or later than any real today. */
export function expiredDays(stored: readonly DayKey[], today: DayKey, retentionDays = RETENTION_DAYS): DayKey[] {
  const oldestKept = shiftDay(today, -(retentionDays - 1));
  const latest = latestPlausibleDay(today);
  return stored.filter((day) => isDayKey(day) && (day < oldestKept || day > latest));
}
