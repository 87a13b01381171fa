import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  constantTimeEqual,
  createPinRecord,
  isAcceptableSecret,
  type LockState,
  NO_LOCK,
  PIN_ITERATIONS,
  parsePinRecord,
  tryUnlock,
  verifySecret,
  waitAfter,
} from '@/utils/lock/pin';
import { loadLock } from '@/utils/storage';
import { localLock, saveLockAttempts } from '@/utils/storage/write';

beforeEach(() => fakeBrowser.reset());

// Fast hashes for the behaviour tests; the real iteration count has its own test.
const FAST = 1_000;

describe('parent PIN', () => {
  it('a policy PIN replaces the local one', async () => {
    const local = await createPinRecord('1234', FAST);
    const admin = await createPinRecord('98765432', 100_000);
    await localLock.set({ v: 1, pin: local, failures: 0, waitUntil: 0 });
    await fakeBrowser.storage.managed.set({ parentPin: admin });
    const lock = await loadLock();
    expect(lock.fromPolicy).toBe(true);
    expect(lock.state.pin).toEqual(admin);
  });

  it('hashes with PBKDF2-SHA-256, 600,000 iterations and a random 16-byte salt, never storing the PIN', async () => {
    const record = await createPinRecord('2468');
    expect(record.alg).toBe('PBKDF2-SHA-256');
    expect(record.iterations).toBe(PIN_ITERATIONS);
    expect(PIN_ITERATIONS).toBeGreaterThanOrEqual(600_000);
    expect(atob(record.salt)).toHaveLength(16);
    expect(atob(record.hash)).toHaveLength(32);
    expect(JSON.stringify(record)).not.toContain('2468');
    expect(await verifySecret('2468', record)).toBe(true);
    expect(await verifySecret('2469', record)).toBe(false);
    expect((await createPinRecord('2468')).salt).not.toBe(record.salt);
  });

  it('accepts 4+ digit PINs and 8+ character passphrases only', () => {
    expect(isAcceptableSecret('1234')).toBe(true);
    expect(isAcceptableSecret('123')).toBe(false);
    expect(isAcceptableSecret('abc')).toBe(false);
    expect(isAcceptableSecret('purple whale')).toBe(true);
    expect(isAcceptableSecret('short')).toBe(false);
  });

  it('compares in constant time, whole arrays', () => {
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 3]))).toBe(true);
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2, 4]))).toBe(false);
    expect(constantTimeEqual(new Uint8Array([1, 2, 3]), new Uint8Array([1, 2]))).toBe(false);
  });

  it('backs off after 5 wrong guesses: 30 s, doubling, capped at an hour', () => {
    expect([0, 4].map(waitAfter)).toEqual([0, 0]);
    expect([5, 6, 7].map(waitAfter)).toEqual([30_000, 60_000, 120_000]);
    expect(waitAfter(30)).toBe(3_600_000);
  });

  it('refuses to even check a guess during the wait, and a right PIN resets the count', async () => {
    const pin = await createPinRecord('1357', FAST);
    let state: LockState = { ...NO_LOCK, pin };
    const now = 1_000_000;
    for (let i = 0; i < 5; i++) state = (await tryUnlock(state, '0000', now)).state;
    expect(state.failures).toBe(5);
    expect(state.waitUntil).toBe(now + 30_000);
    expect((await tryUnlock(state, '1357', now + 1_000)).result).toBe('wait');
    const ok = await tryUnlock(state, '1357', now + 30_000);
    expect(ok.result).toBe('ok');
    expect(ok.state.failures).toBe(0);
  });

  it('keeps the back-off across a popup reopen and a worker restart (it lives in storage)', async () => {
    const pin = await createPinRecord('1357', 100_000); // the least a stored record may claim
    await localLock.set({ v: 1, pin, failures: 0, waitUntil: 0 });
    const now = Date.now();
    // Six guesses: five are checked and wrong, the sixth falls in the wait and is not even checked.
    for (let i = 0; i < 6; i++) {
      const { state } = await loadLock(); // a fresh page reads the state again every time
      const attempt = await tryUnlock(state, '9999', now);
      await saveLockAttempts(attempt.state);
    }
    const reopened = await loadLock();
    expect(reopened.state.failures).toBe(5);
    expect(reopened.state.waitUntil).toBe(now + 30_000);
    expect((await tryUnlock(reopened.state, '1357', now + 1_000)).result).toBe('wait');
    expect(reopened.locked).toBe(true);
  });

  it('rejects a tampered or weak stored record', () => {
    expect(
      parsePinRecord({ alg: 'PBKDF2-SHA-256', iterations: 10, salt: 'AAAAAAAAAAAAAAAAAAAAAA==', hash: 'AA==' }),
    ).toBeNull();
    expect(parsePinRecord({ alg: 'MD5', iterations: 600_000, salt: 'x', hash: 'y' })).toBeNull();
    expect(parsePinRecord('1234')).toBeNull();
  });
});
