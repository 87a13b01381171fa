/**
 * The write side of storage. Only the worker's request handlers (`utils/<capability>/requests.ts`), its
 * recorder and this folder import it: every change of the family's state is made by the worker, one at a
 * time, whatever pages and tabs are open.
 */
import { storage } from '#imports';

export { ledger, quarantineDay, removeDays, writeDays, writeTracking } from './days';
export {
  dismissedTips,
  localLock,
  resetTips,
  saveLockAttempts,
  saveSetting,
  tipShowings,
  viewLastSeen,
} from './family';
export { reminderLog, reminderState } from './reminders';
export { unlockedUntilItem as unlockedUntil } from './session';

export async function deleteAll(): Promise<void> {
  await storage.clear('local');
  await storage.clear('session');
}
