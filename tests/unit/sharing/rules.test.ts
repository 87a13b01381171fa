import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPinRecord } from '@/utils/lock/pin';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { adoptRules } from '@/utils/sharing/requests';
import { mergeRules, nextStamp, parseRules, type RulesRecord, rulesKey } from '@/utils/sharing/rules';
import { loadLock, loadSettings } from '@/utils/storage';
import { extensionPage, lockWith, testClock, testWorker } from '../worker/harness';

// #24 step 3: one set of rules and one lock for the family's computers.
beforeEach(() => fakeBrowser.reset());

const T = new Date('2026-06-10T15:00:00').getTime();
const record = (settings: RulesRecord['settings'], lock: RulesRecord['lock'] = null, seen = T): RulesRecord => ({
  v: 1,
  seen,
  settings,
  lock,
});

describe('#24 the family’s rules: merging', () => {
  it('takes the newest value of each field, whichever computer set it; a tie goes to the greater id', () => {
    const merged = mergeRules(
      {
        aaa: record({ dailyLimitMin: { value: 60, at: T + 5 }, breakEveryMin: { value: 20, at: T + 1 } }),
        bbb: record({ dailyLimitMin: { value: 90, at: T + 2 }, breakEveryMin: { value: 30, at: T + 1 } }),
      },
      T + 10,
    );
    expect(merged.settings.dailyLimitMin).toMatchObject({ value: 60, device: 'aaa' });
    expect(merged.settings.breakEveryMin).toMatchObject({ value: 30, device: 'bbb' });
  });

  it('stamps a change after every stamp seen for it, so a computer whose clock runs ahead cannot win over a later change', () => {
    // The laptop's clock is a day ahead: its change is stamped T + 1 day.
    const ahead = T + 86_400_000;
    // The desktop changes the same field later in real time, at T + 60 s by its own clock.
    expect(nextStamp(T + 60_000, ahead)).toBe(ahead + 1);
    expect(nextStamp(T + 60_000, T)).toBe(T + 60_000);
  });

  it('leaves out a computer gone for 30 days, and any field or lock it cannot read', async () => {
    const gone = record({ dailyLimitMin: { value: 30, at: T + 9 } }, null, T - 31 * 86_400_000);
    expect(
      mergeRules({ gone, here: record({ dailyLimitMin: { value: 60, at: T } }) }, T).settings.dailyLimitMin?.value,
    ).toBe(60);
    const parsed = parseRules({
      v: 1,
      seen: T,
      settings: {
        dailyLimitMin: { value: 5, at: T },
        breakEveryMin: { value: 20, at: T },
        familySharing: { value: false, at: T },
        nonsense: { value: 1, at: T },
      },
      lock: { value: { alg: 'MD5' }, at: T },
    });
    expect(parsed).toEqual({ v: 1, seen: T, settings: { breakEveryMin: { value: 20, at: T } }, lock: null });
    const pin = await createPinRecord('2468', 100_000);
    expect(parseRules({ v: 1, seen: T, settings: {}, lock: { value: pin, at: T } })?.lock).toEqual({
      value: pin,
      at: T,
    });
    expect(parseRules({ v: 2 })).toBeNull();
  });
});

describe('#24 the family’s rules: the worker', () => {
  /** This computer turns sharing on (with `pin` set here first, and typed to unlock), the laptop already in. */
  async function joinWith(laptop: RulesRecord | null, pin?: string) {
    const clock = testClock('2026-06-10T15:00:00');
    const worker = testWorker(clock);
    if (pin) {
      await lockWith(pin);
      expect(await worker.send({ type: 'scrollwise/unlock', secret: pin }, extensionPage)).toEqual({ ok: true });
    }
    if (laptop) await fakeBrowser.storage.sync.set({ [rulesKey('laptop-0001')]: laptop });
    expect(
      await worker.send({ type: 'scrollwise/save-setting', field: 'familySharing', value: true }, extensionPage),
    ).toEqual({ ok: true });
    return { clock, worker };
  }

  it('joins the family’s rules when sharing is turned on, and keeps a PIN set here over "no lock" there', async () => {
    await joinWith(record({ dailyLimitMin: { value: 45, at: T - 1_000 } }, { value: null, at: T - 1_000 }), '2468');
    expect((await loadSettings()).settings.dailyLimitMin).toBe(45);
    expect((await loadLock()).state.pin).not.toBeNull();
    const all = await fakeBrowser.storage.sync.get(null);
    const mine = Object.entries(all).find(([key]) => key.startsWith('rules:') && key !== rulesKey('laptop-0001'));
    const own = parseRules(mine?.[1]);
    expect(own?.settings.dailyLimitMin).toEqual({ value: 45, at: T - 1_000 });
    expect(own?.lock?.value).not.toBeNull();
    // The family now agrees on this computer's PIN.
    expect(
      mergeRules({ mine: own as RulesRecord, laptop: parseRules(all[rulesKey('laptop-0001')]) as RulesRecord }, T).lock
        ?.value,
    ).toEqual(own?.lock?.value);
  });

  it('takes a change made on another computer, and sends its own with a stamp after it', async () => {
    const { clock, worker } = await joinWith(record({ dailyLimitMin: { value: 45, at: T - 1_000 } }));
    // The laptop lowers the break reminder a minute later.
    clock.advance(60_000);
    await fakeBrowser.storage.sync.set({
      [rulesKey('laptop-0001')]: record({
        dailyLimitMin: { value: 45, at: T - 1_000 },
        breakEveryMin: { value: 20, at: T + 60_000 },
      }),
    });
    await adoptRules(worker.context);
    expect((await loadSettings()).settings.breakEveryMin).toBe(20);
    // Here, a parent sets it to 30 a minute later: every computer now agrees on 30.
    clock.advance(60_000);
    expect(
      await worker.send({ type: 'scrollwise/save-setting', field: 'breakEveryMin', value: 30 }, extensionPage),
    ).toEqual({
      ok: true,
    });
    const records = Object.fromEntries(
      Object.entries(await fakeBrowser.storage.sync.get(null))
        .filter(([key]) => key.startsWith('rules:'))
        .map(([key, value]) => [key, parseRules(value) as RulesRecord]),
    );
    expect(mergeRules(records, clock.now()).settings.breakEveryMin?.value).toBe(30);
  });

  it('keeps a change made here when this computer’s record never reached sync, and sends it after the family’s', async () => {
    const { clock, worker } = await joinWith(record({ dailyLimitMin: { value: 45, at: T - 1_000 } }));
    // Its own record is gone from sync (the first write refused): the family knows only the laptop's 45.
    const own = Object.keys(await fakeBrowser.storage.sync.get(null)).filter(
      (key) => key.startsWith('rules:') && key !== rulesKey('laptop-0001'),
    );
    await fakeBrowser.storage.sync.remove(own);
    clock.advance(60_000);
    expect(
      await worker.send({ type: 'scrollwise/save-setting', field: 'dailyLimitMin', value: 90 }, extensionPage),
    ).toEqual({ ok: true });
    expect((await loadSettings()).settings.dailyLimitMin).toBe(90);
    const records = Object.fromEntries(
      Object.entries(await fakeBrowser.storage.sync.get(null))
        .filter(([key]) => key.startsWith('rules:'))
        .map(([key, value]) => [key, parseRules(value) as RulesRecord]),
    );
    expect(Object.keys(records)).toHaveLength(2);
    expect(mergeRules(records, clock.now()).settings.dailyLimitMin?.value).toBe(90);
  });

  it('takes the lock set on another computer: the same PIN holds here', async () => {
    const { clock, worker } = await joinWith(record({}));
    clock.advance(60_000);
    const pin = await createPinRecord('9753', 100_000);
    await fakeBrowser.storage.sync.set({ [rulesKey('laptop-0001')]: record({}, { value: pin, at: T + 60_000 }) });
    await adoptRules(worker.context);
    expect((await loadLock()).state.pin).toEqual(pin);
    expect(
      await worker.send({ type: 'scrollwise/save-setting', field: 'dailyLimitMin', value: 0 }, extensionPage),
    ).toMatchObject({
      ok: false,
      error: 'parent-locked',
    });
    expect((await loadSettings()).settings).toMatchObject({ dailyLimitMin: DEFAULT_SETTINGS.dailyLimitMin });
  });
});
