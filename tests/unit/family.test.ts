import { beforeEach, describe, expect, it, vi } from 'vitest';
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
import { checkSetting, DEFAULT_SETTINGS, parseManaged } from '@/utils/settings';
import { loadLock, loadSettings } from '@/utils/storage';
import { localLock, saveLockAttempts, saveSetting } from '@/utils/storage/write';

beforeEach(() => fakeBrowser.reset());

// Fast hashes for the behaviour tests; the real iteration count has its own test.
const FAST = 1_000;

describe('settings validation', () => {
  it.each([
    ['dailyLimitMin', 0, null],
    ['dailyLimitMin', 15, null],
    ['dailyLimitMin', 360, null],
    ['dailyLimitMin', 14, 'limit-range'],
    ['dailyLimitMin', 361, 'limit-range'],
    ['dailyLimitMin', 30.5, 'limit-range'],
    ['dailyLimitMin', Number.NaN, 'limit-range'],
    ['breakEveryMin', 9, 'break-range'],
    ['breakEveryMin', 120, null],
    ['dayStartHour', 4, null],
    ['dayStartHour', 7, 'day-start-range'],
    ['sleep', { enabled: true, start: '22:30', end: '06:45' }, null],
    ['sleep', { enabled: true, start: '25:00', end: '06:45' }, 'time-format'],
    ['sleep', { enabled: true, start: '', end: '06:45' }, 'time-format'],
    ['language', 'de', 'choice'],
    ['helplineCountry', 'FR', null],
    ['helplineCountry', 'XX', 'choice'],
  ] as const)('%s = %j → %s', (field, value, expected) => {
    expect(checkSetting(field, value as never)).toBe(expected);
  });

  it('refuses a bad value without writing anything', async () => {
    expect(await saveSetting('dailyLimitMin', 5)).toBe('limit-range');
    expect(await fakeBrowser.storage.local.get('settings')).toEqual({});
    expect(await saveSetting('dailyLimitMin', 45)).toBeNull();
    expect((await loadSettings()).settings.dailyLimitMin).toBe(45);
  });

  it('falls back to defaults for a corrupted record, field by field, and says which', async () => {
    await fakeBrowser.storage.local.set({
      settings: { dailyLimitMin: 'lots', language: 'fr', sleep: 12 },
      settings$: { v: 2 },
    });
    const loaded = await loadSettings();
    expect(loaded.settings.language).toBe('fr');
    expect(loaded.settings.dailyLimitMin).toBe(0);
    expect(loaded.settings.sleep).toEqual(DEFAULT_SETTINGS.sleep);
    expect(loaded.invalid.sort()).toEqual(['dailyLimitMin', 'sleep']);
  });
});

describe('settings migrations', () => {
  it('upgrades a v1 record (0.1.0) to v2, keeping every choice and adding the new defaults', async () => {
    await fakeBrowser.storage.local.set({
      settings: {
        tips: { comments: false, reporting: true, privacy: true, screenTime: false },
        language: 'fr',
        helplineCountry: 'CH',
      },
      settings$: { v: 1 },
    });
    // A new version starts: the storage module is loaded afresh, and defining its items migrates them.
    vi.resetModules();
    const loaded = await (await import('@/utils/storage')).loadSettings();
    expect(loaded.invalid).toEqual([]);
    expect(loaded.settings).toEqual({
      ...DEFAULT_SETTINGS,
      // A theme added since (messages) starts on, as for a new install.
      tips: { comments: false, reporting: true, privacy: true, screenTime: false, messages: true },
      language: 'fr',
      helplineCountry: 'CH',
    });
    const stored = await fakeBrowser.storage.local.get(['settings', 'settings$']);
    expect(stored.settings$).toEqual({ v: 2 });
    expect(stored.settings).toMatchObject({ dailyLimitMin: 0, language: 'fr' });
  });
});

describe('managed policy', () => {
  it('overrides local values and reports what it sets; out-of-range values are ignored', async () => {
    await saveSetting('dailyLimitMin', 90);
    await saveSetting('language', 'en');
    await fakeBrowser.storage.managed.set({
      dailyLimitMinutes: 60,
      language: 'fr',
      breakReminderMinutes: 999,
      settingsLocked: true,
    });
    const loaded = await loadSettings();
    expect(loaded.settings.dailyLimitMin).toBe(60);
    expect(loaded.settings.language).toBe('fr');
    expect(loaded.settings.breakEveryMin).toBe(0);
    expect(loaded.local.dailyLimitMin).toBe(90);
    expect(Object.keys(loaded.policy.values).sort()).toEqual(['dailyLimitMin', 'language']);
    expect(loaded.policy.locked).toBe(true);
  });

  it('reads nested policy values (sleep hours, tips)', () => {
    const policy = parseManaged({
      sleepHours: { enabled: true, start: '21:30', end: '07:00' },
      tips: { comments: false },
    });
    expect(policy.values.sleep).toEqual({ enabled: true, start: '21:30', end: '07:00' });
    expect(policy.values.tips).toEqual({ ...DEFAULT_SETTINGS.tips, comments: false });
  });

  it('a policy PIN replaces the local one', async () => {
    const local = await createPinRecord('1234', FAST);
    const admin = await createPinRecord('98765432', 100_000);
    await localLock.set({ v: 1, pin: local, failures: 0, waitUntil: 0 });
    await fakeBrowser.storage.managed.set({ parentPin: admin });
    const lock = await loadLock();
    expect(lock.fromPolicy).toBe(true);
    expect(lock.state.pin).toEqual(admin);
  });
});

describe('parent PIN', () => {
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
