import { readDays, watchDay } from '../storage';
import { dayKeyOf } from '../tracking/calendar';
import { parseDayRecord } from '../tracking/day-record';

/**
 * Today's total as the worker records it, followed live: `onChange` runs when the day's record changes.
 * Past midnight (or the family's day start), `turn` moves to the new day's record.
 */
export function followToday(dayStartHour: () => number, onChange: () => void, now = () => Date.now()) {
  let day = dayKeyOf(now(), dayStartHour());
  let totalMs = 0;
  const read = async () => {
    totalMs = parseDayRecord((await readDays([day]))[day])?.totalMs ?? 0;
  };
  const follow = () => watchDay(day, () => void read().then(onChange));
  let stop = follow();
  return {
    day: () => day,
    totalMs: () => totalMs,
    read,
    /** True when the day turned: the caller reads the new day's state. */
    turn(): boolean {
      const today = dayKeyOf(now(), dayStartHour());
      if (today === day) return false;
      day = today;
      stop();
      stop = follow();
      return true;
    },
    stop: () => stop(),
  };
}
