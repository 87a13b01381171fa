import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPinRecord } from '@/utils/lock/pin';
import { CAPABILITIES, type ReplyTo, type WorkerRequest } from '@/utils/requests';
import { readAllDays } from '@/utils/storage';
import { emptyDay, parseDayRecord } from '@/utils/tracking/day-record';
import { createRecorder } from '@/utils/tracking/recorder';
import type { Slice, ViewingKind } from '@/utils/tracking/slice';
import type { WorkerContext } from '@/utils/worker/context';
import type { Reply } from '@/utils/worker/define';
import { createDispatcher } from '@/utils/worker/dispatch';
import type { SenderInfo } from '@/utils/worker/senders';
import { createSerial } from '@/utils/worker/serial';

export const EXTENSION_ID = fakeBrowser.runtime.id;
export const ORIGIN = `chrome-extension://${EXTENSION_ID}/`;

/** A clock the test moves by hand, in local time of the process's TZ. */
export function testClock(start: string | number) {
  let now = typeof start === 'number' ? start : new Date(start).getTime();
  return {
    now: () => now,
    utcOffsetMin: (time: number) => -new Date(time).getTimezoneOffset(),
    set(value: string | number) {
      now = typeof value === 'number' ? value : new Date(value).getTime();
    },
    advance(ms: number) {
      now += ms;
    },
  };
}

export type TestClock = ReturnType<typeof testClock>;

/**
 * A worker: the real dispatcher, every capability's table and the recorder over fakeBrowser's storage.
 * "Restarting" it drops its memory. `tables` replaces the capabilities, for a scratch request.
 */
export function testWorker(
  clock: TestClock,
  idle: () => 'active' | 'idle' | 'locked' = () => 'active',
  tables: Parameters<typeof createDispatcher>[0] = CAPABILITIES,
) {
  const closedTabs: number[] = [];
  let pinWindows = 0;
  let askWindows = 0;
  let shareAlarms = 0;
  const limitPages: number[] = [];
  const reminderPages: string[] = [];
  const clearedFrames: string[] = [];
  const injectedUi: string[] = [];
  const make = (): WorkerContext => ({
    recorder: createRecorder(clock),
    serial: createSerial(),
    extensionId: EXTENSION_ID,
    extensionOrigin: ORIGIN,
    extensionVersion: '0.1.0',
    now: clock.now,
    idleState: async () => idle(),
    closeTab: async (tabId: number) => {
      closedTabs.push(tabId);
    },
    checkTikTokTab: async () => null,
    place: () => ({ languages: ['fr-FR'], timeZone: 'Europe/Paris' }),
    platform: 'Win32',
    shareSoon: async () => {
      shareAlarms += 1;
    },
    openPinWindow: async (view) => {
      pinWindows += 1;
      if (view) askWindows += 1;
    },
    sendToLimitPage: async (tabId: number, kind: string) => {
      if (kind === 'limit') limitPages.push(tabId);
      else reminderPages.push(`${tabId}:${kind}`);
    },
    clearFrame: async (tabId: number, frameId: number) => {
      clearedFrames.push(`${tabId}:${frameId}`);
    },
    injectPageUi: async (tabId: number, frameId: number) => {
      injectedUi.push(`${tabId}:${frameId}`);
    },
  });
  let context = make();
  let dispatch = createDispatcher(tables, context);
  // A well-formed request gets its typed reply; anything else (the tests send junk too) a plain one.
  function send<R extends WorkerRequest>(message: R, sender?: SenderInfo): Promise<ReplyTo<R['type']>>;
  function send(message: unknown, sender?: SenderInfo): Promise<Reply>;
  function send(message: unknown, sender: SenderInfo = tiktokTab()) {
    return dispatch(message, sender);
  }
  return {
    send,
    restart() {
      context = make();
      dispatch = createDispatcher(tables, context);
    },
    get recorder() {
      return context.recorder;
    },
    closedTabs,
    /** The tabs the worker sent to the limit page, in order. */
    limitPages,
    /** `tab:kind` of the tabs sent to the extension's page for a break or sleep reminder. */
    reminderPages,
    /** `tab:frame` of the TikTok frames the worker ended. */
    clearedFrames,
    /** `tab:frame` of the TikTok frames the worker loaded the tips' and reminders' UI into. */
    injectedUi,
    get context() {
      return context;
    },
    get shareAlarms() {
      return shareAlarms;
    },
    get askWindows() {
      return askWindows;
    },
    get pinWindows() {
      return pinWindows;
    },
  };
}

export function tiktokTab(
  overrides: Partial<SenderInfo> = {},
  tab: SenderInfo['tab'] = { id: 7, active: true, windowId: 1 },
): SenderInfo {
  return { id: EXTENSION_ID, url: 'https://www.tiktok.com/foryou', frameId: 0, tab, ...overrides };
}

export const extensionPage: SenderInfo = { id: EXTENSION_ID, url: `${ORIGIN}popup.html` };

let sessionCounter = 0;
/** A tab session that emits consecutive slices ending at the clock's "now". */
export function tabSession(clock: TestClock, kind: ViewingKind = 'engaged') {
  const session = `session-${++sessionCounter}-abcdef`;
  let seq = 0;
  return {
    session,
    /** A slice of `ms` ending now (or at `end`), optionally with its own monotonic length. */
    slice(
      ms: number,
      options: { end?: number; mono?: number; kind?: ViewingKind; seq?: number; cause?: Slice['cause'] } = {},
    ): { type: 'scrollwise/slice'; slice: Slice } {
      const end = options.end ?? clock.now();
      return {
        type: 'scrollwise/slice',
        slice: {
          v: 1,
          session,
          seq: options.seq ?? seq++,
          watching: (options.kind ?? kind) === 'watching' ? (options.mono ?? ms) : 0,
          start: end - ms,
          end,
          mono: options.mono ?? ms,
          cause: options.cause ?? 'heartbeat',
        },
      };
    },
  };
}

/** `count` heartbeats of 15 s from `tab` (a new tab unless given), the clock moving with them; gives the tab. */
export async function heartbeats(
  worker: ReturnType<typeof testWorker>,
  clock: TestClock,
  count: number,
  tab = tabSession(clock),
) {
  for (let beat = 0; beat < count; beat++) {
    clock.advance(15_000);
    await worker.send(tab.slice(15_000));
  }
  return tab;
}

/** Totals per stored day, in seconds. */
export async function dayTotals(): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [day, raw] of Object.entries(await readAllDays()))
    out[day] = (parseDayRecord(raw)?.totalMs ?? Number.NaN) / 1000;
  return out;
}

export async function dayRecord(day: string) {
  return parseDayRecord((await readAllDays())[day]);
}

/** Sets a parent PIN as the worker would have stored it (fewer hash rounds: the tests' time is not the point). */
export const lockWith = async (secret: string) =>
  fakeBrowser.storage.local.set({
    parentLock: { v: 1, pin: await createPinRecord(secret, 100_000), failures: 0, waitUntil: 0 },
  });

/** A stored day record of `totalMs`, all engaged, all at 20:00 (a day start of 2 hours: 120 minutes). */
export const day = (totalMs: number) => ({
  ...emptyDay(120),
  totalMs,
  engagedMs: totalMs,
  hours: emptyDay(120).hours.map((_, h) => (h === 20 ? totalMs : 0)),
});
