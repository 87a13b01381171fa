import type { Settings } from '../settings';
import type { Stretch } from '../tracking/ledger';
import { DOOR_EVERY_MS, type ReminderState, stretchLength } from './decide';

/**
 * The pause at the door (one sec's idea, PNAS 2023): when TikTok is opened, a few calm seconds with Close
 * TikTok first and Open TikTok second. "Opened" as the weekly look back counts it: a page starting after 5
 * minutes away from TikTok, in a tab (not a frame of another site), at most once every 10 minutes, and
 * never over the daily limit, which has its own screen.
 */
export function doorOpens({
  settings,
  state,
  stretch,
  now,
  limitHolds,
}: {
  settings: Settings;
  state: ReminderState;
  stretch: Stretch | null;
  now: number;
  limitHolds: boolean;
}): boolean {
  if (!settings.doorPause || limitHolds) return false;
  const since = now - state.doorAt;
  return (since >= DOOR_EVERY_MS || since < 0) && stretchLength(stretch, now) === 0;
}
