/** The parent lock's verdict on a change, for the guard of every request the lock holds. */
import { loadLock, loadSettings } from '../storage';
import { unlockedUntil as storedUnlock } from '../storage/session';
import type { WorkerContext } from '../worker/context';
import { type LockFacts, type LockNeed, type LockRefusal, lockVerdict } from './verdict';

/** The lock as storage holds it now, for the verdict. */
export async function lockFacts(): Promise<LockFacts> {
  const [lock, { policy }, until] = await Promise.all([loadLock(), loadSettings(), storedUnlock.get()]);
  return {
    pinSet: lock.state.pin !== null,
    pinFromPolicy: lock.fromPolicy,
    policyLocked: policy.locked,
    unlockedUntil: until,
  };
}

/** The guard of a request the parent lock holds: the verdict's refusal, or null to go ahead. */
export const lockGuard =
  (need: LockNeed) =>
  async (context: WorkerContext): Promise<LockRefusal | null> =>
    lockVerdict(await lockFacts(), context.now(), need);
