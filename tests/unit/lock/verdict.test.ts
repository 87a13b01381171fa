import { describe, expect, it } from 'vitest';
import { type LockFacts, lockVerdict, pinOpen } from '@/utils/lock/verdict';

const NOW = 1_000_000;
const facts = (overrides: Partial<LockFacts> = {}): LockFacts => ({
  pinSet: false,
  pinFromPolicy: false,
  policyLocked: false,
  unlockedUntil: 0,
  ...overrides,
});

describe('the one lock verdict', () => {
  it('lets everything through with no lock', () => {
    expect(lockVerdict(facts(), NOW, 'settings')).toBeNull();
    expect(lockVerdict(facts(), NOW, 'pin')).toBeNull();
  });

  it('holds changes behind a PIN until it is typed, and for as long as the unlock lasts', () => {
    const locked = facts({ pinSet: true });
    expect(lockVerdict(locked, NOW, 'settings')).toEqual({ ok: false, error: 'parent-locked', by: 'pin' });
    expect(lockVerdict(locked, NOW, 'pin')).toEqual({ ok: false, error: 'parent-locked', by: 'pin' });
    expect(pinOpen(locked, NOW)).toBe(false);
    const unlocked = facts({ pinSet: true, unlockedUntil: NOW + 1 });
    expect(lockVerdict(unlocked, NOW, 'settings')).toBeNull();
    expect(lockVerdict(unlocked, NOW + 1, 'settings')).toMatchObject({ by: 'pin' });
  });

  it('holds settings under a policy lock whatever the PIN, but not an export', () => {
    const policy = facts({ policyLocked: true, pinSet: true, unlockedUntil: NOW + 60_000 });
    expect(lockVerdict(policy, NOW, 'settings')).toEqual({ ok: false, error: 'parent-locked', by: 'policy' });
    expect(lockVerdict(policy, NOW, 'pin')).toBeNull();
  });
});
