import { type DayKey, isDayKey, shiftDay } from './calendar';
import { RETENTION_DAYS } from './constants';

/** Stored days older than the retention window (never today, never a key that is not a date). */
export function expiredDays(stored: readonly DayKey[], today: DayKey, retentionDays = RETENTION_DAYS): DayKey[] {
  const oldestKept = shiftDay(today, -(retentionDays - 1));
  return stored.filter((day) => isDayKey(day) && day < oldestKept);
}
