/**
 * The parent lock's requests. Every PIN is checked here, never in a page, and in the worker's one queue:
 * two guesses at once cannot both escape the back-off.
 */

import { shareRule } from '../sharing/requests';
import { loadLock } from '../storage';
import { unlockedUntil as storedUnlock } from '../storage/session';
import { localLock, saveLockAttempts, unlockedUntil } from '../storage/write';
import type { WorkerContext } from '../worker/context';
import { type Failure, noBody, request } from '../worker/define';
import { lockFacts } from './guard';
import { createPinRecord, isAcceptableSecret, type PinRecord, tryUnlock } from './pin';
import { type LockRefusal, pinOpen } from './verdict';

/** How long a parent unlock lasts. */
export const UNLOCK_MS = 5 * 60_000;

export type PinFailure = Failure<'wrong-pin' | 'wait'> & { waitUntil: number };

/** Checks a guess with the back-off; the attempt is saved before the answer is given. Queued callers only. */
export async function checkPin(context: WorkerContext, secret: string): Promise<PinFailure | null> {
  const { state } = await loadLock();
  const attempt = await tryUnlock(state, secret, context.now());
  await saveLockAttempts(attempt.state);
  if (attempt.result === 'ok') return null;
  return { ok: false, error: attempt.result === 'wait' ? 'wait' : 'wrong-pin', waitUntil: attempt.state.waitUntil };
}

/** A request that carries a typed PIN or passphrase. */
export const withSecret = (message: Record<string, unknown>) =>
  typeof message.secret === 'string' ? { secret: message.secret } : null;

const PIN_LOCKED: LockRefusal = { ok: false, error: 'parent-locked', by: 'pin' };
const POLICY_PIN: LockRefusal = { ok: false, error: 'parent-locked', by: 'policy' };

export const lockRequests = {
  'scrollwise/unlock': request({
    from: 'page',
    parse: withSecret,
    queued: true,
    run: async (context, { secret }) => {
      const refused = await checkPin(context, secret);
      if (refused) return refused;
      await unlockedUntil.set(context.now() + UNLOCK_MS);
      return { ok: true } as const;
    },
  }),

  /**
   * Sets or changes the family's PIN: only when none is set yet, or after the current one was typed. A
   * policy that locks the settings does not stand in for the PIN; a PIN from policy cannot change here.
   */
  'scrollwise/set-pin': request({
    from: 'page',
    parse: withSecret,
    queued: true,
    run: async (context, { secret }) => {
      if (!isAcceptableSecret(secret)) return { ok: false, error: 'weak' } as const;
      const facts = await lockFacts();
      if (facts.pinFromPolicy) return POLICY_PIN;
      if (!pinOpen(facts, context.now())) return PIN_LOCKED;
      await localLock.set({ v: 1, pin: await createPinRecord(secret), failures: 0, waitUntil: 0 });
      await unlockedUntil.set(0);
      // With family sharing, the family's other computers take the same lock.
      await shareRule(context, 'lock');
      return { ok: true } as const;
    },
  }),

  'scrollwise/remove-pin': request({
    from: 'page',
    parse: noBody,
    queued: true,
    run: async (context) => {
      const facts = await lockFacts();
      if (facts.pinFromPolicy) return POLICY_PIN;
      if (facts.unlockedUntil <= context.now()) return PIN_LOCKED;
      await localLock.set({ v: 1, pin: null, failures: 0, waitUntil: 0 });
      await shareRule(context, 'lock');
      return { ok: true } as const;
    },
  }),

  /** Closes the lock before its five minutes are up (a parent leaving the computer). */
  'scrollwise/lock-now': request({
    from: 'page',
    parse: noBody,
    queued: true,
    run: async () => {
      await unlockedUntil.set(0);
      return { ok: true } as const;
    },
  }),

  /** The PIN record, to copy into a browser policy: only while unlocked, so only someone who knows the PIN. */
  'scrollwise/pin-record': request({
    from: 'page',
    parse: noBody,
    queued: false,
    run: async (context): Promise<{ ok: true; pinRecord: PinRecord } | LockRefusal> => {
      const [lock, until] = await Promise.all([loadLock(), storedUnlock.get()]);
      if (!lock.state.pin || until <= context.now()) return PIN_LOCKED;
      return { ok: true, pinRecord: lock.state.pin };
    },
  }),
};
