import { readSharedDevices, thisDevice } from '../storage';
import type { DayKey } from '../tracking/calendar';
import { type OtherDevice, otherDevices, othersOn } from '.';

/** The family's other computers as sync last brought them (none when sharing is off). */
export async function familyDevices(sharing: boolean, now: number): Promise<OtherDevice[]> {
  if (!sharing) return [];
  const [raw, self] = await Promise.all([readSharedDevices(), thisDevice.get()]);
  return otherDevices(raw, self?.id ?? '', now);
}

/** The time the family's other computers report for `day`: what the limit adds to this computer's own. */
export async function elsewhereOn(day: DayKey, sharing: boolean, now: number): Promise<number> {
  return othersOn(await familyDevices(sharing, now), day);
}
