// A simulated day of mixed TikTok use, replayed through the real sensor and worker code, compared with
// the definition of viewing time evaluated second by second. Writes its figures for `npm run bench`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CAPABILITIES } from '@/utils/requests';
import { readAllDays } from '@/utils/storage';
import { writeDays } from '@/utils/storage/write';
import { INPUT_WINDOW_MS, PASSIVE_CAP_MS } from '@/utils/tracking/constants';
import { type DayRecord, parseDayRecord } from '@/utils/tracking/day-record';
import { createRecorder } from '@/utils/tracking/recorder';
import { createSensor, type PageState } from '@/utils/tracking/sensor';
import type { Slice } from '@/utils/tracking/slice';
import { createDispatcher } from '@/utils/worker/dispatch';
import { createSerial } from '@/utils/worker/serial';

const OUT = 'test-output/bench-tracking.json';
const SECOND = 1_000;
const WORKER_IDLE_MS = 30_000;

type Event = { at: number; tab: number; state?: Partial<PageState>; input?: true };

/** A deterministic pseudo-random sequence, so every run simulates the same day. */
function random(seed: number) {
  let value = seed;
  return () => {
    value = (value * 1_103_515_245 + 12_345) % 2_147_483_648;
    return value / 2_147_483_648;
  };
}

/** The day's script: sessions of swiping, watching, reading comments, switching away, and two tabs at once. */
function mixedDay(dayStart: number): Event[] {
  const rand = random(42);
  const events: Event[] = [];
  const at = (hhmm: string) => dayStart + (Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3))) * 60 * SECOND;
  const swipe = (tab: number, from: number, to: number, maxGap = 20) => {
    for (let t = from; t < to; t += (3 + rand() * maxGap) * SECOND)
      events.push({ at: Math.round(t), tab, input: true });
  };
  const session = (tab: number, from: string, to: string, shape: (start: number, end: number) => void) => {
    events.push({
      at: at(from),
      tab,
      state: { visible: true, focused: true, playing: true, covered: false, pip: false },
    });
    shape(at(from), at(to));
    events.push({
      at: at(to),
      tab,
      state: { visible: false, focused: false, playing: false, covered: false, pip: false },
    });
  };
  session(0, '07:30', '07:52', (s, e) => swipe(0, s, e));
  session(0, '12:10', '12:45', (s, e) => {
    swipe(0, s, s + 10 * 60 * SECOND, 40); // gaps longer than a minute: watching carries them
    events.push({ at: s + 11 * 60 * SECOND, tab: 0, state: { playing: false } }); // paused, reading comments
    swipe(0, s + 11 * 60 * SECOND, e, 50);
  });
  session(0, '16:00', '17:30', (s, e) => {
    swipe(0, s, e, 25);
    for (let k = 1; k <= 4; k++) {
      events.push({ at: s + k * 15 * 60 * SECOND, tab: 0, state: { visible: false } }); // switched away 2 minutes
      events.push({ at: s + (k * 15 + 2) * 60 * SECOND, tab: 0, state: { visible: true } });
    }
  });
  session(0, '21:00', '23:40', (s, e) => {
    swipe(0, s, s + 60 * 60 * SECOND);
    // Fell asleep in front of a looping video for 40 minutes: counts 10, then nothing.
    swipe(0, s + 100 * 60 * SECOND, e);
  });
  session(1, '21:30', '21:50', (s, e) => swipe(1, s, e, 30)); // a second window at the same time
  return events.sort((a, b) => a.at - b.at);
}

/** The definition, second by second: visible and (focused with input ≤ 60 s, or playing with input ≤ 10 min), union of tabs. */
function truth(events: Event[], from: number, to: number): number {
  const tabs = new Map<number, { state: PageState; lastInput: number }>();
  let index = 0;
  let counted = 0;
  for (let t = from; t < to; t += SECOND) {
    while (index < events.length && (events[index]?.at ?? Number.POSITIVE_INFINITY) <= t) {
      const event = events[index++] as Event;
      const tab = tabs.get(event.tab) ?? {
        state: { visible: false, focused: false, playing: false, covered: false, pip: false },
        lastInput: Number.NEGATIVE_INFINITY,
      };
      if (event.state) tab.state = { ...tab.state, ...event.state };
      if (event.input) tab.lastInput = event.at;
      tabs.set(event.tab, tab);
    }
    const any = [...tabs.values()].some(
      ({ state, lastInput }) =>
        state.visible &&
        ((state.focused && t - lastInput < INPUT_WINDOW_MS) || (state.playing && t - lastInput < PASSIVE_CAP_MS)),
    );
    if (any) counted += SECOND;
  }
  return counted;
}

/** Replays `events` through one sensor per tab and the real worker; returns what was counted and how often it woke and wrote. */
async function simulate(events: Event[], dayStart: number, dayKey: string) {
  fakeBrowser.reset();
  let now = dayStart;
  const context = {
    recorder: createRecorder({ now: () => now, utcOffsetMin: (t: number) => -new Date(t).getTimezoneOffset() }),
    extensionId: fakeBrowser.runtime.id,
    extensionOrigin: `chrome-extension://${fakeBrowser.runtime.id}/`,
    extensionVersion: 'bench',
    now: () => now,
    idleState: async () => 'active' as const,
    closeTab: async () => undefined,
    serial: createSerial(),
    checkTikTokTab: async () => null,
    place: () => ({ languages: ['fr-FR'], timeZone: 'Europe/Paris' }),
    platform: 'Win32',
    shareSoon: async () => undefined,
    openPinWindow: async () => undefined,
    sendToLimitPage: async () => undefined,
    clearFrame: async () => undefined,
    injectPageUi: async () => undefined,
  };
  const dispatch = createDispatcher(CAPABILITIES, context);
  const writes = vi.spyOn(fakeBrowser.storage.local, 'set');
  const messages: number[] = [];
  const pending: Promise<unknown>[] = [];
  const timers: { at: number; callback: () => void; live: boolean }[] = [];
  const tabs = [...new Set(events.map((event) => event.tab))];
  const sensors = new Map(
    tabs.map((tab) => [
      tab,
      createSensor({
        wall: () => now,
        mono: () => now,
        session: `bench-session-${tab}`,
        later: (callback, ms) => {
          const timer = { at: now + ms, callback, live: true };
          timers.push(timer);
          return () => {
            timer.live = false;
          };
        },
        send: (slice: Slice) => {
          messages.push(now);
          const sender = {
            id: context.extensionId,
            url: 'https://www.tiktok.com/foryou',
            frameId: 0,
            tab: { id: tab, active: true, windowId: tab },
          };
          pending.push(dispatch({ type: 'scrollwise/slice', slice }, sender));
        },
      }),
    ]),
  );
  const runTimersUntil = async (until: number) => {
    for (;;) {
      const next = timers.filter((timer) => timer.live && timer.at <= until).sort((a, b) => a.at - b.at)[0];
      if (!next) break;
      next.live = false;
      now = next.at;
      next.callback();
      await Promise.all(pending.splice(0));
    }
  };
  for (const event of events) {
    await runTimersUntil(event.at);
    now = event.at;
    const sensor = sensors.get(event.tab);
    if (event.input) sensor?.input();
    if (event.state) sensor?.update(event.state);
    await Promise.all(pending.splice(0));
  }
  await runTimersUntil(dayStart + 24 * 3_600_000);
  const trueMs = truth(events, dayStart, dayStart + 24 * 3_600_000);
  const tracked = parseDayRecord((await readAllDays())[dayKey])?.totalMs ?? 0;
  const hours = trueMs / 3_600_000;
  // An MV3 worker stops after 30 s without events; the next message wakes it.
  const wakeups = messages.filter(
    (at, index) => index === 0 || at - (messages[index - 1] ?? 0) > WORKER_IDLE_MS,
  ).length;
  const result = {
    trueSeconds: trueMs / 1000,
    trackedSeconds: tracked / 1000,
    errorPercent: (Math.abs(tracked - trueMs) / trueMs) * 100,
    viewingHours: hours,
    slices: messages.length,
    writes: writes.mock.calls.length,
    wakeupsPerHour: wakeups / hours,
    writesPerHour: writes.mock.calls.length / hours,
  };
  writes.mockRestore();
  return result;
}

/** 400 days of heavy history, every hour used: the bytes `storage.local` holds (key + JSON, as Chrome counts). */
async function historyBytes() {
  fakeBrowser.reset();
  const heavy: Record<string, DayRecord> = {};
  for (let d = 0; d < 400; d++) {
    const date = new Date(2025, 0, 1 + d, 12);
    const key = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
    const hours = Array.from({ length: 24 }, (_, h) => 1_234_567 + h * 1_000 + d);
    const total = hours.reduce((sum, value) => sum + value, 0);
    heavy[key] = { v: 1, totalMs: total, engagedMs: total - 654_321, watchingMs: 654_321, hours, tzOffsetMin: 60 };
  }
  await writeDays(heavy);
  const stored = await fakeBrowser.storage.local.get(null);
  return Object.entries(stored).reduce((sum, [key, value]) => sum + key.length + JSON.stringify(value).length, 0);
}

it('simulates a day of mixed use, an hour of steady use, and 400 days of history', async () => {
  const dayStart = new Date('2026-06-10T00:00:00').getTime();
  const mixed = await simulate(mixedDay(dayStart), dayStart, '2026-06-10');
  const hourStart = dayStart + 20 * 3_600_000;
  const steady: Event[] = [
    { at: hourStart, tab: 0, state: { visible: true, focused: true, playing: true, covered: false, pip: false } },
  ];
  for (let t = hourStart; t < hourStart + 3_600_000; t += 8_000) steady.push({ at: t, tab: 0, input: true });
  steady.push({ at: hourStart + 3_600_000, tab: 0, state: { visible: false } });
  const continuous = await simulate(steady, dayStart, '2026-06-10');
  const result = { mixed, continuous, historyBytes: await historyBytes() };
  mkdirSync('test-output', { recursive: true });
  writeFileSync(OUT, JSON.stringify(result, null, 2));
  expect(mixed.trueSeconds).toBeGreaterThan(3_600);
  expect(continuous.trueSeconds).toBe(3_600);
});
