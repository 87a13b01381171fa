import { readSharedDevices, thisDevice } from '../storage';
import type { DayKey } from '../tracking/calendar';
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
export async function elsewhereOn(day: DayKey, sharing: boolean, now: number): Promise<number> {
  const others = await familyDevices(sharing, now);
  return othersOn(others, day) + others.reduce((sum, other) => sum + unreportedOf(other, now), 0);
}
