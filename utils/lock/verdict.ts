/**
 * The one lock verdict: whether a change may be made now. The worker asks it before every write that
 * needs it, and the pages ask it to grey out what would be refused, so the two never disagree.
 */

/** What the verdict reads: the lock in force and the policy, as storage holds them. */
export interface LockFacts {
  /** A PIN is set (the family's own, or an administrator's by policy). */
  pinSet: boolean;
  /** The PIN comes from a browser policy: it cannot be changed or removed here. */
  pinFromPolicy: boolean;
  /** A browser policy locks the settings: nobody changes them here, PIN or not. */
  policyLocked: boolean;
  /** Until when the PIN typed last keeps the lock open (epoch ms). */
  unlockedUntil: number;
}

/** What a change needs: `pin` (export) the PIN typed if one is set; `settings` (every change) that too, and no policy lock. */
export type LockNeed = 'pin' | 'settings';

/** The one refusal a locked change gets, whatever asked; `by` says which lock, for the copy. */
export type LockRefusal = { ok: false; error: 'parent-locked'; by: 'pin' | 'policy' };

export const pinOpen = (facts: LockFacts, now: number): boolean => !facts.pinSet || facts.unlockedUntil > now;

/** Null when the change may be made now; else the refusal to give. */
export function lockVerdict(facts: LockFacts, now: number, need: LockNeed): LockRefusal | null {
  if (need === 'settings' && facts.policyLocked) return { ok: false, error: 'parent-locked', by: 'policy' };
  if (!pinOpen(facts, now)) return { ok: false, error: 'parent-locked', by: 'pin' };
  return null;
}
