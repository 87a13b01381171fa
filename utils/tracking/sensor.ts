import { HEARTBEAT_MS, INPUT_WINDOW_MS, PASSIVE_CAP_MS } from './constants';
import type { Slice, ViewingKind } from './slice';

/** What the page knows about the teen right now. */
export interface PageState {
  visible: boolean;
  focused: boolean;
  /** A video at least half on screen is playing. */
  playing: boolean;
}

export interface SensorDeps {
  /** Wall clock (epoch ms) and the page's monotonic clock (ms). */
  wall(): number;
  mono(): number;
  send(slice: Slice): void;
  /** A cancellable timer; in the page, WXT's ctx.setTimeout so it dies with the content script. */
  later(callback: () => void, ms: number): () => void;
  session: string;
}

/**
 * The viewing kind at monotonic time `at`: engaged when focused with recent input, watching while a
 * visible video plays (capped after the last input), else nothing. Hidden pages count nothing.
 */
export function kindAt(state: PageState, lastInput: number, at: number): ViewingKind | null {
  if (!state.visible) return null;
  if (state.focused && at - lastInput <= INPUT_WINDOW_MS) return 'engaged';
  if (state.playing && at - lastInput <= PASSIVE_CAP_MS) return 'watching';
  return null;
}

/** When a kind runs out by time alone (monotonic ms); any other change (hidden, paused) ends it now. */
function kindEnds(kind: ViewingKind, lastInput: number): number {
  return lastInput + (kind === 'engaged' ? INPUT_WINDOW_MS : PASSIVE_CAP_MS);
}

/**
 * The content script's viewing sensor: a small state machine that turns page events into slices.
 * It reports every heartbeat and on every change of kind; a gap longer than a late heartbeat (system
 * sleep, a frozen tab) is cut off, never counted.
 */
export function createSensor(deps: SensorDeps) {
  let state: PageState = { visible: false, focused: false, playing: false };
  let lastInput = Number.NEGATIVE_INFINITY;
  let open: { kind: ViewingKind; startWall: number; startMono: number } | null = null;
  let lastTick = { wall: deps.wall(), mono: deps.mono() };
  let seq = 0;
  let cancelTimer: (() => void) | null = null;

  const close = (endMono: number) => {
    if (!open) return;
    const mono = Math.max(0, endMono - open.startMono);
    const slice: Slice = {
      v: 1,
      session: deps.session,
      seq: seq++,
      kind: open.kind,
      start: open.startWall,
      end: open.startWall + mono,
      mono,
    };
    open = null;
    if (mono >= 1) deps.send(slice);
  };

  const start = (kind: ViewingKind, atMono: number, atWall: number) => {
    open = { kind, startWall: atWall, startMono: atMono };
  };

  /** Brings the open slice up to now: cut at the end of its kind, or at a gap, then reopen as needed. */
  const settle = (heartbeat: boolean) => {
    const nowMono = deps.mono();
    const nowWall = deps.wall();
    const wallAt = (mono: number) => nowWall - (nowMono - mono);
    const gap = nowMono - lastTick.mono > HEARTBEAT_MS + 5_000 || nowWall - lastTick.wall > HEARTBEAT_MS + 5_000;
    const kind = kindAt(state, lastInput, nowMono);
    let resumeAt = nowMono;
    if (open && gap) {
      // Asleep or frozen since the last tick: what happened after it is unknown, so it is not counted.
      close(lastTick.mono);
    } else if (open && kind !== open.kind) {
      const cut = Math.min(nowMono, Math.max(open.startMono, kindEnds(open.kind, lastInput)));
      close(cut);
      // Ran out by time alone (nothing else changed since the last settle): the new kind began right then.
      if (kind && cut < nowMono) resumeAt = cut;
    } else if (open && heartbeat) {
      close(nowMono);
    }
    if (!open && kind) start(kind, resumeAt, wallAt(resumeAt));
    lastTick = { wall: nowWall, mono: nowMono };
    cancelTimer?.();
    cancelTimer = open ? deps.later(() => settle(true), HEARTBEAT_MS) : null;
  };

  return {
    update(change: Partial<PageState>) {
      state = { ...state, ...change };
      settle(false);
    },
    input() {
      const before = kindAt(state, lastInput, deps.mono());
      lastInput = deps.mono();
      if (kindAt(state, lastInput, lastInput) !== before) settle(false);
    },
    /** Sends what is open (the page is being hidden or unloaded). */
    flush() {
      settle(false);
      if (open) {
        const { kind } = open;
        close(deps.mono());
        start(kind, deps.mono(), deps.wall());
      }
    },
    stop() {
      cancelTimer?.();
      open = null;
    },
    get state() {
      return state;
    },
  };
}

export type Sensor = ReturnType<typeof createSensor>;
