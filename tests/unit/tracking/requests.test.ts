import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readAllDays } from '@/utils/storage';
import { newSession } from '@/utils/tracking/slice';
import { dayTotals, extensionPage, tabSession, testClock, testWorker, tiktokTab } from '../worker/harness';

// Fault scenarios of ../shared/research/tracking-design.md §5, numbered as there, replayed on the real
// worker code (message handler, recorder, ledger, storage) with a clock the test controls.

beforeEach(() => {
  fakeBrowser.reset();
  process.env.TZ = 'Europe/Paris';
});

const H = 15_000;

/** Sends `count` heartbeats of one tab, moving the clock by a heartbeat before each. */
async function watch(
  worker: ReturnType<typeof testWorker>,
  clock: ReturnType<typeof testClock>,
  tab: ReturnType<typeof tabSession>,
  count: number,
) {
  for (let i = 0; i < count; i++) {
    clock.advance(H);
    await worker.send(tab.slice(H));
  }
}

describe('lifecycle and worker', () => {
  it('#1 a worker stopped mid-session continues from storage, with no double count', async () => {
    const clock = testClock('2026-06-10T15:00:00');
    const worker = testWorker(clock);
    const tab = tabSession(clock);
    await watch(worker, clock, tab, 4);
    worker.restart();
    await watch(worker, clock, tab, 4);
    expect(await dayTotals()).toEqual({ '2026-06-10': 120 });
  });

  it('#2 #3 a slice retried after a restart (same session and seq) counts once', async () => {
    const clock = testClock('2026-06-10T15:00:00');
    const worker = testWorker(clock);
    const tab = tabSession(clock);
    clock.advance(H);
    const slice = tab.slice(H);
    expect(await worker.send(slice)).toEqual({ ok: true, result: 'counted', due: null, stretchMs: expect.any(Number) });
    worker.restart();
    expect(await worker.send(slice)).toEqual({
      ok: true,
      result: 'duplicate',
      due: null,
      stretchMs: expect.any(Number),
    });
    expect(await dayTotals()).toEqual({ '2026-06-10': 15 });
  });

  it('each reply says how long the teen has watched on end (the feed tip waits for it), 0 after a break', async () => {
    const clock = testClock('2026-06-10T15:00:00');
    const worker = testWorker(clock);
    const tab = tabSession(clock);
    await watch(worker, clock, tab, 3);
    clock.advance(H);
    const after = (await worker.send(tab.slice(H))) as { stretchMs: number };
    expect(after.stretchMs).toBeGreaterThanOrEqual(3 * H);
    expect(after.stretchMs).toBeLessThanOrEqual(4 * H);
    // Six minutes away is a break: the next reply starts again.
    clock.advance(6 * 60_000);
    const back = tabSession(clock);
    clock.advance(H);
    expect(((await worker.send(back.slice(H))) as { stretchMs: number }).stretchMs).toBeLessThanOrEqual(H);
  });

  it('#7 a crash loses at most one heartbeat and never adds time', async () => {
    const clock = testClock('2026-06-10T15:00:00');
    const worker = testWorker(clock);
    const tab = tabSession(clock);
    await watch(worker, clock, tab, 10);
    clock.advance(H - 1); // the 11th heartbeat never arrives: the browser died
    worker.restart();
    const total = (await dayTotals())['2026-06-10'] ?? 0;
    const truth = (10 * H + H - 1) / 1000;
    expect(total).toBeLessThanOrEqual(truth);
    expect(truth - total).toBeLessThanOrEqual(15);
  });

  it('#39 slices from two tabs sent at once are all applied, none lost to a race', async () => {
    const clock = testClock('2026-06-10T15:00:00');
    const worker = testWorker(clock);
    const tabs = [tabSession(clock), tabSession(clock)];
    const sends = [];
    for (let i = 0; i < 20; i++) {
      clock.advance(H);
      // The two tabs cover disjoint halves of each heartbeat.
      sends.push(worker.send(tabs[0]?.slice(H / 2, { end: clock.now() - H / 2 })));
      sends.push(worker.send(tabs[1]?.slice(H / 2)));
    }
    await Promise.all(sends);
    expect(await dayTotals()).toEqual({ '2026-06-10': 300 });
  });
});

describe('time and calendar', () => {
  it('#11 midnight splits a slice between the two days', async () => {
    const clock = testClock('2026-06-10T23:59:50');
    const worker = testWorker(clock);
    clock.set('2026-06-11T00:00:20');
    await worker.send(tabSession(clock).slice(30_000, { mono: 30_000 }));
    expect(await dayTotals()).toEqual({ '2026-06-10': 10, '2026-06-11': 20 });
  });

  it('#13 DST spring forward: the 23-hour day is cut right and 02:xx does not exist', async () => {
    const clock = testClock('2026-03-29T01:59:50+01:00');
    const worker = testWorker(clock);
    clock.set('2026-03-29T03:00:10+02:00'); // 20 s of real time later
    await worker.send(tabSession(clock).slice(20_000));
    const [day] = Object.values(await readAllDays()) as { totalMs: number; hours: number[] }[];
    expect(day?.totalMs).toBe(20_000);
    expect(day?.hours[1]).toBe(10_000);
    expect(day?.hours[2]).toBe(0);
    expect(day?.hours[3]).toBe(10_000);
  });

  it('#14 DST fall back: the repeated hour counts as the real time it took', async () => {
    const clock = testClock('2026-10-25T02:00:00+02:00');
    const worker = testWorker(clock);
    const tab = tabSession(clock);
    // Two real hours, 02:00 CEST → 02:00 CET → 03:00 CET, watched without a break.
    await watch(worker, clock, tab, 480);
    const [day] = Object.values(await readAllDays()) as { totalMs: number; hours: number[] }[];
    expect(day?.totalMs).toBe(2 * 3_600_000);
    expect(day?.hours[2]).toBe(2 * 3_600_000);
    expect(Object.keys(await readAllDays())).toEqual(['2026-10-25']);
  });

  it('#15 a time-zone change keeps written days and files new time under the new local day', async () => {
    const clock = testClock('2026-06-10T23:30:00+02:00');
    const worker = testWorker(clock);
    const tab = tabSession(clock);
    await watch(worker, clock, tab, 4);
    process.env.TZ = 'America/New_York'; // flew west: it is 17:31 on the 10th there
    await watch(worker, clock, tab, 4);
    process.env.TZ = 'Asia/Tokyo'; // and on to Tokyo: 06:32 on the 11th
    await watch(worker, clock, tab, 4);
    expect(await dayTotals()).toEqual({ '2026-06-10': 120, '2026-06-11': 60 });
    const days = (await readAllDays()) as Record<string, { tzOffsetMin: number }>;
    expect(days['2026-06-11']?.tzOffsetMin).toBe(540);
  });

  it('#16 the clock jumping forward two hours inside a slice adds only the real seconds', async () => {
    const clock = testClock('2026-06-10T15:00:00');
    const worker = testWorker(clock);
    clock.advance(2 * 3_600_000 + H);
    await worker.send(tabSession(clock).slice(2 * 3_600_000 + H, { mono: H }));
    expect(await dayTotals()).toEqual({ '2026-06-10': 15 });
  });

  it('#17 the clock jumping back an hour neither blocks new time nor counts twice', async () => {
    const clock = testClock('2026-06-10T15:00:00');
    const worker = testWorker(clock);
    const tab = tabSession(clock);
    await watch(worker, clock, tab, 4);
    clock.advance(-3_600_000);
    await watch(worker, clock, tab, 4);
    expect(await dayTotals()).toEqual({ '2026-06-10': 120 });
  });

  it('#18 a slice stretched over a system sleep is capped to its last half-minute, never hours', async () => {
    const clock = testClock('2026-06-10T23:00:00');
    const worker = testWorker(clock);
    const tab = tabSession(clock);
    clock.advance(8 * 3_600_000);
    expect((await worker.send(tab.slice(8 * 3_600_000, { mono: 8 * 3_600_000 }))).ok).toBe(true);
    expect(await dayTotals()).toEqual({ '2026-06-11': 30 });
    // Longer than a day is not a late report but nonsense: refused.
    clock.advance(H);
    expect(await worker.send(tab.slice(25 * 3_600_000, { mono: 25 * 3_600_000 }))).toEqual({
      ok: false,
      error: 'refused',
    });
  });

  it('#28 a report a page stalled past the longest slice is credited its last allowed span, not refused', async () => {
    const clock = testClock('2026-06-10T15:00:00');
    const worker = testWorker(clock);
    clock.advance(45_000);
    expect(await worker.send(tabSession(clock).slice(45_000))).toEqual({
      ok: true,
      result: 'counted',
      due: null,
      stretchMs: expect.any(Number),
    });
    expect(await dayTotals()).toEqual({ '2026-06-10': 30 });
  });

  it('#26 a slice stamped far in the future is refused', async () => {
    const clock = testClock('2026-06-10T15:00:00');
    const worker = testWorker(clock);
    expect((await worker.send(tabSession(clock).slice(H, { end: clock.now() + 3_600_000 }))).ok).toBe(false);
    expect(await dayTotals()).toEqual({});
  });
});

describe('focus, visibility, several windows', () => {
  it('#20 two windows playing at once count once (the union, not the sum)', async () => {
    const clock = testClock('2026-06-10T15:00:00');
    const worker = testWorker(clock);
    const left = tabSession(clock, 'watching');
    const right = tabSession(clock, 'watching');
    for (let i = 0; i < 8; i++) {
      clock.advance(H);
      await worker.send(left.slice(H), tiktokTab({}, { id: 1, active: true, windowId: 1 }));
      await worker.send(right.slice(H), tiktokTab({}, { id: 2, active: true, windowId: 2 }));
    }
    expect(await dayTotals()).toEqual({ '2026-06-10': 120 });
  });

  it('#20 slices of two tabs arriving out of order still count the exact union', async () => {
    const clock = testClock('2026-06-10T15:00:00');
    const worker = testWorker(clock);
    const a = tabSession(clock);
    const b = tabSession(clock);
    clock.advance(60_000);
    const t = clock.now();
    await worker.send(b.slice(15_000, { end: t - 5_000 })); // covers t-20 … t-5
    await worker.send(a.slice(15_000, { end: t - 15_000 })); // covers t-30 … t-15: 10 s new
    await worker.send(a.slice(5_000, { end: t })); // t-5 … t: 5 s new
    expect(await dayTotals()).toEqual({ '2026-06-10': 30 });
  });

  it('#21 a background tab adds nothing, but the moment before switching away still counts', async () => {
    const clock = testClock('2026-06-10T15:00:00');
    const worker = testWorker(clock);
    const tab = tabSession(clock);
    const background = tiktokTab({}, { id: 3, active: false, windowId: 1 });
    clock.advance(H);
    expect(await worker.send(tab.slice(H), background)).toEqual({ ok: false, error: 'inactive-tab' });
    clock.advance(7_000);
    expect(await worker.send(tab.slice(7_000, { cause: 'change' }), background)).toEqual({
      ok: true,
      result: 'counted',
      due: null,
      stretchMs: expect.any(Number),
    });
    expect(await dayTotals()).toEqual({ '2026-06-10': 7 });
  });

  it('(design 28) a background tab whose video plays in picture-in-picture is watched: its reports count', async () => {
    const clock = testClock('2026-06-10T15:00:00');
    const worker = testWorker(clock);
    const tab = tabSession(clock, 'watching');
    const background = tiktokTab({}, { id: 3, active: false, windowId: 1 });
    clock.advance(H);
    const floating = tab.slice(H);
    expect((await worker.send({ ...floating, slice: { ...floating.slice, pip: true } }, background)).ok).toBe(true);
    // The same report without the flag, from the same background tab: not watched.
    clock.advance(H);
    expect(await worker.send(tab.slice(H), background)).toEqual({ ok: false, error: 'inactive-tab' });
    expect(await dayTotals()).toEqual({ '2026-06-10': H / 1000 });
  });

  it('#19 a locked screen counts nothing', async () => {
    const clock = testClock('2026-06-10T15:00:00');
    let screen: 'active' | 'locked' = 'locked';
    const worker = testWorker(clock, () => screen);
    const tab = tabSession(clock, 'watching');
    clock.advance(H);
    expect(await worker.send(tab.slice(H))).toEqual({ ok: false, error: 'screen-locked' });
    screen = 'active';
    clock.advance(H);
    await worker.send(tab.slice(H));
    expect(await dayTotals()).toEqual({ '2026-06-10': 15 });
  });
});

describe('storage integrity', () => {
  it('#41 a corrupted day is set aside and reported, and no other day is touched', async () => {
    await fakeBrowser.storage.local.set({
      'day:2026-06-10': { v: 1, totalMs: Number.NaN, engagedMs: -4, watchingMs: 0, hours: [], tzOffsetMin: 120 },
      'day:2026-06-09': {
        v: 1,
        totalMs: 60_000,
        engagedMs: 60_000,
        watchingMs: 0,
        hours: Array.from({ length: 24 }, (_, h) => (h === 9 ? 60_000 : 0)),
        tzOffsetMin: 120,
      },
    });
    const clock = testClock('2026-06-10T15:00:00');
    const worker = testWorker(clock);
    await watch(worker, clock, tabSession(clock), 2);
    const stored = await fakeBrowser.storage.local.get(null);
    expect(stored['bad:day:2026-06-10']).toMatchObject({ raw: { engagedMs: -4 } });
    expect(await dayTotals()).toEqual({ '2026-06-09': 60, '2026-06-10': 30 });
  });

  it('#43 a failed write (quota) keeps the time, is retried, and never throws', async () => {
    const clock = testClock('2026-06-10T15:00:00');
    const worker = testWorker(clock);
    const tab = tabSession(clock);
    const set = vi
      .spyOn(fakeBrowser.storage.local, 'set')
      .mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    clock.advance(H);
    expect(await worker.send(tab.slice(H))).toEqual({
      ok: true,
      result: 'pending-write',
      due: null,
      stretchMs: expect.any(Number),
    });
    expect(await dayTotals()).toEqual({});
    clock.advance(H);
    expect(await worker.send(tab.slice(H))).toEqual({
      ok: true,
      result: 'counted',
      due: null,
      stretchMs: expect.any(Number),
    });
    expect(set).toHaveBeenCalledTimes(2);
    expect(await dayTotals()).toEqual({ '2026-06-10': 30 });
  });

  it('#43 the maintenance retry writes what is pending even if no slice comes', async () => {
    const clock = testClock('2026-06-10T15:00:00');
    const worker = testWorker(clock);
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('IO error'));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    clock.advance(H);
    await worker.send(tabSession(clock).slice(H));
    expect(await dayTotals()).toEqual({});
    await worker.recorder.flush();
    expect(await dayTotals()).toEqual({ '2026-06-10': 15 });
  });
});

describe('messages from where they must not come', () => {
  const spoofs: [string, Parameters<typeof tiktokTab>[0]][] = [
    ['another extension', { id: 'someone-else' }],
    ['a non-TikTok site', { url: 'https://evil.example/foryou' }],
    ['a look-alike host', { url: 'https://www.tiktok.com.evil.example/' }],
    ['plain http', { url: 'http://www.tiktok.com/' }],
    ['a frame of another site', { frameId: 3, url: 'https://evil.example/embed' }],
    ['no tab at all', { tab: undefined }],
  ];
  for (const [name, overrides] of spoofs) {
    it(`refuses a slice from ${name}`, async () => {
      const clock = testClock('2026-06-10T15:00:00');
      const worker = testWorker(clock);
      clock.advance(H);
      const sender = { ...tiktokTab(), ...overrides };
      if ('tab' in (overrides ?? {})) sender.tab = undefined;
      expect(await worker.send(tabSession(clock).slice(H), sender)).toEqual({ ok: false, error: 'refused' });
      expect(await dayTotals()).toEqual({});
    });
  }

  it('refuses malformed slices', async () => {
    const clock = testClock('2026-06-10T15:00:00');
    const worker = testWorker(clock);
    const tab = tabSession(clock);
    clock.advance(H);
    const base = tab.slice(H).slice;
    const bad = [
      { ...base, mono: Number.NaN },
      { ...base, mono: -5 },
      { ...base, seq: 1.5 },
      { ...base, watching: base.mono + 1 },
      { ...base, watching: -1 },
      { ...base, session: '<script>' },
      { ...base, v: 2 },
      { ...base, start: '0' },
      { ...base, cause: 'because' },
    ];
    for (const slice of bad)
      expect(await worker.send({ type: 'scrollwise/slice', slice })).toEqual({ ok: false, error: 'refused' });
    expect(await worker.send('scrollwise/slice')).toEqual({ ok: false, error: 'refused' });
    expect(await dayTotals()).toEqual({});
  });

  it('takes the session id every page makes for itself, whatever its random draw', async () => {
    const clock = testClock('2026-06-10T15:00:00');
    const worker = testWorker(clock);
    const tab = tabSession(clock);
    clock.advance(H);
    const base = tab.slice(H).slice;
    const sessions = [0, 1e-9, 0.5, 0.999_999_999].map((draw) => newSession(clock.now(), draw));
    expect(new Set(sessions).size).toBe(sessions.length);
    for (const session of sessions)
      expect(await worker.send({ type: 'scrollwise/slice', slice: { ...base, session } })).toMatchObject({ ok: true });
  });

  it('refuses data requests (export, import, delete) from a TikTok page, even well-formed', async () => {
    const worker = testWorker(testClock('2026-06-10T15:00:00'));
    await fakeBrowser.storage.local.set({ 'day:2026-06-10': { v: 1 } });
    for (const type of ['scrollwise/export', 'scrollwise/delete-all']) {
      expect(await worker.send({ type }, tiktokTab())).toEqual({ ok: false, error: 'refused' });
    }
    expect(await worker.send({ type: 'scrollwise/delete-all' }, extensionPage)).toEqual({ ok: true, elsewhere: 0 });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
