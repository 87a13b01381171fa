import { readDays, readSharedDevices, thisDevice, watchDay, watchSharedDevices } from '../storage';
import type { DayKey } from '../tracking/calendar';
import { parseDayRecord } from '../tracking/day-record';
import { type OtherDevice, otherDevices, othersOn, unreportedOf } from '.';

/** The family's other computers as sync last brought them (none when sharing is off). */
export async function familyDevices(sharing: boolean, now: number): Promise<OtherDevice[]> {
  if (!sharing) return [];
  const [raw, self] = await Promise.all([readSharedDevices(), thisDevice.get()]);
  return otherDevices(raw, self?.id ?? '', now);
}

/**
 * What the limit adds to this computer's own time for `day`: what the family's other computers report,
 * and (utils/sharing/index.ts, `unreportedOf`) what one still watching may not have reported yet.
 */
async function elsewhereOn(day: DayKey, sharing: boolean, now: number): Promise<number> {
  const others = await familyDevices(sharing, now);
  return othersOn(others, day) + others.reduce((sum, other) => sum + unreportedOf(other, now), 0);
}

/** `day`'s time as the limit counts it: this computer's own, and with family sharing the others'. */
export async function familyTotalOn(day: DayKey, sharing: boolean, now: number): Promise<number> {
  const [days, elsewhere] = await Promise.all([readDays([day]), elsewhereOn(day, sharing, now)]);
  return (parseDayRecord(days[day])?.totalMs ?? 0) + elsewhere;
}

/** Calls back when `day`'s family total may have moved: its record here, or a computer's through sync. */
export function watchFamilyDay(day: DayKey, callback: () => void): () => void {
  const stops = [watchDay(day, callback), watchSharedDevices(callback)];
  return () => {
    for (const stop of stops) stop();
  };
}
