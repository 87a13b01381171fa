import { familyTotalOn, watchFamilyDay } from '../sharing/family-time';
import { dayKeyOf } from '../tracking/calendar';

/**
 * Today's total as the worker records it, followed live: `onChange` runs when the day's record changes,
 * or (with family sharing) when another computer's time arrives. Past midnight (or the family's day
 * start), `turn` moves to the new day's record.
 */
export function followToday(
  settings: () => { dayStartHour: number; familySharing: boolean },
  onChange: () => void,
  now = () => Date.now(),
) {
  let day = dayKeyOf(now(), settings().dayStartHour);
  let totalMs = 0;
  const read = async () => {
    totalMs = await familyTotalOn(day, settings().familySharing, now());
  };
  const follow = () => watchFamilyDay(day, () => void read().then(onChange));
  let stop = follow();
  return {
    day: () => day,
    totalMs: () => totalMs,
    read,
    /** True when the day turned: the caller reads the new day's state. */
    turn(): boolean {
      const today = dayKeyOf(now(), settings().dayStartHour);
      if (today === day) return false;
      day = today;
      stop();
      stop = follow();
      return true;
    },
    stop: () => stop(),
  };
}
