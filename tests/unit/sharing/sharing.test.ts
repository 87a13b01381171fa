import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { takeFamilyAnswers } from '@/utils/asks/requests';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import {
  type DeviceRecord,
  defaultDeviceName,
  deviceKey,
  otherDevices,
  othersOn,
  ownRecord,
  parseDevice,
  SHARED_DAYS,
  unreportedOf,
} from '@/utils/sharing';
import { shareNow } from '@/utils/sharing/requests';
import { noteSiteAccess } from '@/utils/site-access/requests';
import { loadReminderState, readAllDays, timeAsks } from '@/utils/storage';
import { shiftDay } from '@/utils/tracking/calendar';
import { enforceSyncQuotas } from '../../support/sync-quotas';
import {
  day,
  extensionPage,
  heartbeats,
  lockWith,
  tabSession,
  testClock,
  testWorker,
  tiktokTab,
} from '../worker/harness';

// #24 step 1: one family, several computers: this computer's daily totals through the browser's own sync.
beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

const MIN = 60_000;
const TODAY = '2026-06-10';
const NOW = new Date(`${TODAY}T15:00:00`).getTime();
const laptop = (minutesToday: number, seen = NOW) => ({
  v: 1,
  name: 'Laptop',
  seen,
  days: { [TODAY]: minutesToday * MIN, '2026-06-09': 30 * MIN },
});

async function sharingOn(extra: Partial<typeof DEFAULT_SETTINGS> = {}) {
  const clock = testClock(`${TODAY}T15:00:00`);
  const worker = testWorker(clock);
  await fakeBrowser.storage.local.set({ settings: { ...DEFAULT_SETTINGS, ...extra } });
  expect(
    await worker.send({ type: 'scrollwise/save-setting', field: 'familySharing', value: true }, extensionPage),
  ).toEqual({
    ok: true,
  });
  return { clock, worker };
}

const ownKey = async () => {
  const { device } = (await fakeBrowser.storage.local.get('device')) as { device: { id: string } };
  return deviceKey(device.id);
};

describe('#24 family sharing: the records', () => {
  it('keeps a computer’s record to its own totals for 14 days, and drops what cannot be read', () => {
    const totals = Object.fromEntries(Array.from({ length: 20 }, (_, back) => [shiftDay(TODAY, -back), 10 * MIN]));
    const record = ownRecord('Desktop', { ...totals, [TODAY]: 0 }, TODAY, NOW);
    expect(Object.keys(record.days)).toHaveLength(SHARED_DAYS - 1);
    expect(record.days[TODAY]).toBeUndefined();
    expect(parseDevice({ ...laptop(5), days: { [TODAY]: -1, nonsense: 5, '2026-06-08': 60_000 } })?.days).toEqual({
      '2026-06-08': 60_000,
    });
    expect(parseDevice({ v: 2 })).toBeNull();
    expect(parseDevice({ ...laptop(5), seen: 'yesterday' })).toBeNull();
  });

  it('sums the family’s other computers, leaving out this one and any not heard from for 30 days', () => {
    const raw = {
      [deviceKey('self-0000')]: laptop(99),
      [deviceKey('laptop-01')]: laptop(20),
      [deviceKey('tablet-01')]: { ...laptop(15), name: 'Tablet' },
      [deviceKey('old-pc-01')]: laptop(40, NOW - 31 * 86_400_000),
      [deviceKey('broken-01')]: 'garbage',
      unrelated: laptop(50),
    };
    const others = otherDevices(raw, 'self-0000', NOW);
    expect(others.map((each) => each.id).sort()).toEqual(['laptop-01', 'tablet-01']);
    expect(othersOn(others, TODAY)).toBe(35 * MIN);
    expect(othersOn(others, '2026-06-01')).toBe(0);
  });

  it('reads a record from a version before the site access as one whose access is on', () => {
    expect(parseDevice(laptop(5))?.accessOffAt).toBeNull();
    expect(parseDevice({ ...laptop(5), accessOffAt: 'yesterday' })?.accessOffAt).toBeNull();
    expect(parseDevice({ ...laptop(5), accessOffAt: NOW - MIN })?.accessOffAt).toBe(NOW - MIN);
  });

  it('names a computer nobody named by its system and a few letters of its id', () => {
    expect(defaultDeviceName('Win32', 'ab12cd34')).toBe('Windows ab12');
    expect(defaultDeviceName('MacIntel', 'ff00')).toBe('Mac ff00');
    expect(defaultDeviceName('', 'ff00aa')).toBe('Computer ff00');
  });

  it('stays inside sync’s quotas: 4 computers × 14 days of the longest totals, under 8 KB a key and 100 KB in all', () => {
    const totals = Object.fromEntries(Array.from({ length: 14 }, (_, back) => [shiftDay(TODAY, -back), 86_399_999]));
    const bytes = JSON.stringify(ownRecord('x'.repeat(40), totals, TODAY, NOW)).length + 'device:'.length + 36;
    expect(bytes).toBeLessThan(1_000);
    expect(4 * bytes).toBeLessThan(8_192);
  });
});

describe('#24 family sharing: the worker', () => {
  it('is off by default: nothing goes to sync', async () => {
    const clock = testClock(`${TODAY}T15:00:00`);
    const worker = testWorker(clock);
    await heartbeats(worker, clock, 8);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
    expect(worker.shareAlarms).toBe(0);
  });

  it('writes this computer’s totals when turned on, about once a minute while watching, and a minute after', async () => {
    const { clock, worker } = await sharingOn();
    const key = await ownKey();
    expect((await fakeBrowser.storage.sync.get(key))[key]).toMatchObject({
      v: 1,
      name: expect.stringMatching(/^Windows /),
      days: {},
    });
    const writes = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await heartbeats(worker, clock, 16);
    // Four minutes of heartbeats: a write a minute at most, and the alarm set for after the last.
    expect(writes.mock.calls.length).toBeGreaterThanOrEqual(3);
    expect(writes.mock.calls.length).toBeLessThanOrEqual(5);
    expect(worker.shareAlarms).toBeGreaterThanOrEqual(16);
    const own = Object.values((await readAllDays()) as Record<string, { totalMs: number }>)[0]?.totalMs ?? 0;
    const shared = parseDevice((await fakeBrowser.storage.sync.get(key))[key]);
    expect(own - (shared?.days[TODAY] ?? 0)).toBeLessThanOrEqual(MIN);
  });

  it('tells the family since when this computer cannot see TikTok, within a minute, and that it can again', async () => {
    const { clock, worker } = await sharingOn();
    const key = await ownKey();
    const shared = async () => parseDevice((await fakeBrowser.storage.sync.get(key))[key])?.accessOffAt;
    expect(await shared()).toBeNull();
    const alarms = worker.shareAlarms;
    clock.advance(MIN);
    const off = clock.now();
    await noteSiteAccess(worker.context, false);
    // The alarm a minute on, then its write.
    expect(worker.shareAlarms).toBe(alarms + 1);
    clock.advance(MIN);
    await shareNow(worker.context);
    expect(await shared()).toBe(off);
    await noteSiteAccess(worker.context, true);
    expect(worker.shareAlarms).toBe(alarms + 2);
    await shareNow(worker.context);
    expect(await shared()).toBeNull();
  });

  it('loses no time when sync refuses a write: the next one carries everything', async () => {
    const { clock, worker } = await sharingOn();
    const key = await ownKey();
    const refuse = vi
      .spyOn(fakeBrowser.storage.sync, 'set')
      .mockRejectedValue(new Error('QUOTA_BYTES_PER_HOUR quota exceeded'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const tab = await heartbeats(worker, clock, 8);
    expect(warn).toHaveBeenCalled();
    refuse.mockRestore();
    clock.advance(61_000);
    await worker.send(tab.slice(15_000));
    expect(parseDevice((await fakeBrowser.storage.sync.get(key))[key])?.days[TODAY]).toBe(135_000);
  });

  it('counts the family’s time for the limit: another computer’s minutes bring it sooner', async () => {
    const { worker } = await sharingOn({ dailyLimitMin: 60 });
    await fakeBrowser.storage.local.set({ [`day:${TODAY}`]: day(20 * MIN) });
    const due = async () =>
      (
        (await worker.send({ type: 'scrollwise/reminder-due', viewing: true, opening: false }, tiktokTab())) as {
          due: unknown;
        }
      ).due;
    expect(await due()).toBeNull();
    await fakeBrowser.storage.sync.set({ [deviceKey('laptop-01')]: laptop(45) });
    expect(await due()).toBe('limit');
    // Sharing off: each computer counts alone again, and this one's record leaves sync.
    const key = await ownKey();
    await worker.send({ type: 'scrollwise/save-setting', field: 'familySharing', value: false }, extensionPage);
    expect(await due()).toBeNull();
    expect((await fakeBrowser.storage.sync.get(key))[key]).toBeUndefined();
    expect(((await fakeBrowser.storage.local.get(`day:${TODAY}`))[`day:${TODAY}`] as { totalMs: number }).totalMs).toBe(
      20 * MIN,
    );
  });

  it('lets a parent name this computer, behind the lock like every setting', async () => {
    const { worker } = await sharingOn();
    expect(await worker.send({ type: 'scrollwise/name-device', name: '  Family desktop ' }, extensionPage)).toEqual({
      ok: true,
    });
    const key = await ownKey();
    expect(parseDevice((await fakeBrowser.storage.sync.get(key))[key])?.name).toBe('Family desktop');
    expect(await worker.send({ type: 'scrollwise/name-device', name: '' }, extensionPage)).toEqual({
      ok: false,
      error: 'refused',
    });
    expect(await worker.send({ type: 'scrollwise/name-device', name: 'Mine' }, tiktokTab())).toEqual({
      ok: false,
      error: 'refused',
    });
  });
});

describe('#24 family sharing within sync’s quotas', () => {
  it('never has a write refused over a heavy day of watching: about once a minute, under the per-minute and per-hour counts', async () => {
    const { clock, worker } = await sharingOn();
    const quotas = enforceSyncQuotas(() => clock.now());
    // Four hours in two sittings, a heartbeat every 15 s, and the alarm a minute after each.
    for (const sitting of [0, 1]) {
      await heartbeats(worker, clock, 2 * 240);
      clock.advance(60_000);
      await shareNow(worker.context);
      if (sitting === 0) clock.advance(3 * 3_600_000);
    }
    expect(quotas.refused).toEqual([]);
    expect(quotas.peak(60_000)).toBeLessThanOrEqual(2);
    expect(quotas.peak(3_600_000)).toBeLessThanOrEqual(62);
    expect(quotas.writes.length).toBeGreaterThanOrEqual(4 * 60 - 4);
  });
});

describe('#24 minutes another computer has not reported yet', () => {
  it('counts up to 2 minutes for the limit from a computer watching at its last write, none from one quiet or idle', () => {
    const watching = {
      id: 'laptop-01',
      record: { ...parseDevice(laptop(20)), viewedAt: NOW - 10_000 } as DeviceRecord,
    };
    expect(unreportedOf(watching, NOW + 30_000)).toBe(30_000);
    expect(unreportedOf(watching, NOW + 5 * MIN)).toBe(2 * MIN);
    // Quiet for 15 minutes: not counted (the status line says its time may be missing instead).
    expect(unreportedOf(watching, NOW + 16 * MIN)).toBe(0);
    // Not watching when it wrote (its last viewing was 10 minutes before): nothing to guess.
    expect(unreportedOf({ ...watching, record: { ...watching.record, viewedAt: NOW - 10 * MIN } }, NOW + MIN)).toBe(0);
  });

  it('brings the limit sooner by those minutes, and the worker says when it last counted', async () => {
    const { worker, clock } = await sharingOn({ dailyLimitMin: 60 });
    await fakeBrowser.storage.local.set({ [`day:${TODAY}`]: day(20 * MIN) });
    // The laptop reported 39 minutes a moment ago, while watching: 59 in all, and up to 2 more unreported.
    await fakeBrowser.storage.sync.set({
      [deviceKey('laptop-01')]: { ...laptop(39), seen: clock.now(), viewedAt: clock.now() - 5_000 },
    });
    const due = async () =>
      (
        (await worker.send({ type: 'scrollwise/reminder-due', viewing: true, opening: false }, tiktokTab())) as {
          due: unknown;
        }
      ).due;
    // 30 s on: 59.5 minutes, the note before the limit; 70 s on: 61, the limit.
    clock.advance(30_000);
    expect(await due()).toBe('limit-soon');
    clock.advance(40_000);
    expect(await due()).toBe('limit');
    const tab = tabSession(clock);
    clock.advance(15_000);
    await worker.send(tab.slice(15_000));
    await shareNow(worker.context);
    const key = await ownKey();
    expect(parseDevice((await fakeBrowser.storage.sync.get(key))[key])?.viewedAt).toBe(clock.now());
  });
});

describe('#24 your data with family sharing', () => {
  it('exports which computers the time came from, and deleting says what the family’s other computers keep', async () => {
    const { worker } = await sharingOn();
    await worker.send({ type: 'scrollwise/name-device', name: 'Family desktop' }, extensionPage);
    await fakeBrowser.storage.local.set({ [`day:${TODAY}`]: day(20 * MIN) });
    await fakeBrowser.storage.sync.set({ [deviceKey('laptop-01')]: laptop(25) });
    const exported = (await worker.send({ type: 'scrollwise/export' }, extensionPage)) as {
      file: { days: Record<string, unknown>; computers: unknown };
    };
    expect(Object.keys(exported.file.days)).toEqual([TODAY]);
    expect(exported.file.computers).toEqual({
      thisComputer: 'Family desktop',
      others: [{ name: 'Laptop', lastHeard: new Date(NOW).toISOString(), days: laptop(25).days }],
    });
    const ownKeys = (await fakeBrowser.storage.sync.get(null)) as Record<string, unknown>;
    expect(Object.keys(ownKeys).length).toBe(3);
    expect(await worker.send({ type: 'scrollwise/delete-all' }, extensionPage)).toEqual({ ok: true, elsewhere: 1 });
    // This computer's records left sync; the laptop's stay, as they do on the laptop.
    expect(Object.keys(await fakeBrowser.storage.sync.get(null))).toEqual([deviceKey('laptop-01')]);
  });
});

describe('#24 #25 asking for more time across the family’s computers', () => {
  it('shows this computer’s ask to the others, and takes a yes given on another computer', async () => {
    const { worker, clock } = await sharingOn({ dailyLimitMin: 60 });
    await fakeBrowser.storage.local.set({ [`day:${TODAY}`]: day(61 * MIN) });
    const asked = (await worker.send(
      { type: 'scrollwise/ask-time', minutes: 15, reason: 'project' },
      extensionPage,
    )) as {
      id: string;
    };
    const key = await ownKey();
    expect(parseDevice((await fakeBrowser.storage.sync.get(key))[key])?.ask).toMatchObject({
      id: asked.id,
      minutes: 15,
      reason: 'project',
      answer: null,
    });
    // A parent says yes on the laptop; sync brings its record here.
    await fakeBrowser.storage.sync.set({
      [deviceKey('laptop-01')]: { ...laptop(0), answers: [{ id: asked.id, approve: true, at: clock.now() }] },
    });
    await takeFamilyAnswers(worker.context);
    const ask = (await timeAsks.get())[0];
    expect(ask?.answer).toBe('approved');
    const due = async () =>
      (
        (await worker.send({ type: 'scrollwise/reminder-due', viewing: true, opening: false }, tiktokTab())) as {
          due: unknown;
        }
      ).due;
    expect(await due()).not.toBe('limit');
    // Taken once: the same answer seen again changes nothing.
    await takeFamilyAnswers(worker.context);
    expect((await loadReminderState(TODAY, clock.now())).grantedUntilMs).toBe(76 * MIN);
  });

  it('answers an ask made on another computer with the family’s PIN, through this computer’s record', async () => {
    const { worker, clock } = await sharingOn();
    const theirs = {
      id: 'ask-on-laptop',
      at: clock.now(),
      day: TODAY,
      minutes: 30,
      reason: '',
      answer: null,
      answeredAt: 0,
    };
    await fakeBrowser.storage.sync.set({ [deviceKey('laptop-01')]: { ...laptop(70), ask: theirs } });
    await lockWith('2468');
    expect(
      await worker.send(
        { type: 'scrollwise/answer-ask', id: 'ask-on-laptop', approve: true, secret: '0000' },
        extensionPage,
      ),
    ).toMatchObject({ ok: false, error: 'wrong-pin' });
    expect(
      await worker.send(
        { type: 'scrollwise/answer-ask', id: 'ask-on-laptop', approve: true, secret: '2468' },
        extensionPage,
      ),
    ).toEqual({ ok: true });
    const key = await ownKey();
    expect(parseDevice((await fakeBrowser.storage.sync.get(key))[key])?.answers).toEqual([
      { id: 'ask-on-laptop', approve: true, at: clock.now() },
    ]);
    expect(
      await worker.send(
        { type: 'scrollwise/answer-ask', id: 'no-such-ask', approve: true, secret: '2468' },
        extensionPage,
      ),
    ).toEqual({ ok: false, error: 'not-pending' });
  });
});
