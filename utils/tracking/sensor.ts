import { HEARTBEAT_MS, INPUT_WINDOW_MS, PASSIVE_CAP_MS } from './constants';
import type { Slice, ViewingKind } from './slice';

/** What the page knows about the teen right now. */
export interface PageState {
  visible: boolean;
  focused: boolean;
  /** A video at least half on screen is playing. */
  playing: boolean;
  /**
   * A Scrollwise reminder covers the page: nothing counts behind it, unless a video plays there (the
   * reminder pauses every video, so one that plays is a page keeping it from being seen).
   */
  covered: boolean;
  /**
   * A video of the page plays in picture-in-picture: watched in a window of its own, on top of whatever
   * the teen moved to, so it counts as a visible video playing even while its tab is hidden.
   */
  pip: boolean;
}

export interface SensorDeps {
  /** Wall clock (epoch ms) and the page's monotonic clock (ms). */
  wall(): number;
  mono(): number;
  send(slice: Slice): void;
  /** A cancellable timer; in the page, one the page cannot cancel, that dies with the content script. */
  later(callback: () => void, ms: number): () => void;
  /**
   * Reads the page again just before a heartbeat's report (whether a video plays), so a report never
   * rests on an event the page kept back; it tells the sensor through `update`.
   */
  look?(): void;
  session: string;
}

/**
 * The viewing kind at monotonic time `at`: engaged when focused with recent input, watching while a
 * visible video plays (capped after the last input), else nothing. Hidden pages count nothing, unless a
 * video of theirs plays in picture-in-picture.
 */
export function kindAt(state: PageState, lastInput: number, at: number): ViewingKind | null {
  const playing = state.playing || state.pip;
  if (!(state.visible || state.pip) || (state.covered && !playing)) return null;
  if (state.focused && state.visible && at - lastInput <= INPUT_WINDOW_MS) return 'engaged';
  if (playing && at - lastInput <= PASSIVE_CAP_MS) return 'watching';
  return null;
}

/** When a kind runs out by time alone (monotonic ms); any other change (hidden, paused) ends it now. */
function kindEnds(kind: ViewingKind, lastInput: number): number {
  return lastInput + (kind === 'engaged' ? INPUT_WINDOW_MS : PASSIVE_CAP_MS);
}

/**
 * The content script's viewing sensor: a small state machine that turns page events into slices.
 * It reports every heartbeat (counted from the slice's start; from whichever callback comes first if the
 * timer is late) and when counting stops; a switch between
 * engaged and watching stays in the same slice, which says how much of it was watching. A gap longer
 * than a late heartbeat (system sleep, a frozen tab) is cut off, never counted.
 */
export function createSensor(deps: SensorDeps) {
  let state: PageState = { visible: false, focused: false, playing: false, covered: false, pip: false };
  // Opening TikTok is itself an input: a teen who starts watching without touching anything is counted.
  let lastInput = deps.mono();
  let open: { kind: ViewingKind; startWall: number; startMono: number; segmentStart: number; watching: number } | null =
    null;
  let lastTick = { wall: deps.wall(), mono: deps.mono() };
  let seq = 0;
  let cancelTimer: (() => void) | null = null;

  /** The open slice has waited a heartbeat or more: the timer that should have sent it was late. */
  const overdue = (nowMono: number) => open !== null && nowMono - open.startMono >= HEARTBEAT_MS;

  /** Ends the current kind's stretch at `at`, adding it to the slice's watching time if it was watching. */
  const endSegment = (at: number) => {
    if (!open) return;
    if (open.kind === 'watching') open.watching += Math.max(0, at - open.segmentStart);
    open.segmentStart = at;
  };

  const close = (endMono: number, cause: Slice['cause'] = 'change') => {
    if (!open) return;
    endSegment(endMono);
    const mono = Math.max(0, endMono - open.startMono);
    const slice: Slice = {
      v: 1,
      session: deps.session,
      seq: seq++,
      watching: Math.min(open.watching, mono),
      start: open.startWall,
      end: open.startWall + mono,
      mono,
      cause,
      // The worker takes a hidden tab's report only from a video in picture-in-picture.
      ...(state.pip ? { pip: true as const } : {}),
    };
    open = null;
    if (mono >= 1) deps.send(slice);
  };

  /** Brings the open slice up to now: cut at a gap, at the end of counting, or on the heartbeat. */
  const settle = (heartbeat: boolean) => {
    const nowMono = deps.mono();
    const nowWall = deps.wall();
    const gap = nowMono - lastTick.mono > HEARTBEAT_MS + 5_000 || nowWall - lastTick.wall > HEARTBEAT_MS + 5_000;
    const kind = kindAt(state, lastInput, nowMono);
    if (open && gap) {
      // Asleep or frozen since the last tick: what happened after it is unknown, so it is not counted.
      close(lastTick.mono);
    } else if (open && kind !== open.kind) {
      // A kind that ran out by time alone ended at its deadline; any other change happens now.
      const cut = Math.min(nowMono, Math.max(open.segmentStart, kindEnds(open.kind, lastInput)));
      if (kind) {
        endSegment(cut);
        open.kind = kind;
      } else close(cut);
    }
    // Overdue: the timer did not fire (a page can stall it), so any callback that reaches here sends it.
    if (open && (heartbeat || overdue(nowMono))) close(nowMono, 'heartbeat');
    if (!open && kind) open = { kind, startWall: nowWall, startMono: nowMono, segmentStart: nowMono, watching: 0 };
    lastTick = { wall: nowWall, mono: nowMono };
    cancelTimer?.();
    const report = () => {
      deps.look?.();
      settle(true);
    };
    cancelTimer = open ? deps.later(report, Math.max(0, open.startMono + HEARTBEAT_MS - nowMono)) : null;
  };

  /** A chance to send an overdue report, from any of the page's callbacks: cheap when none is due. */
  const check = (nowMono = deps.mono()) => {
    if (overdue(nowMono)) settle(false);
    // The page was alive now: a later silence is measured from here, not from the last report.
    else lastTick = { wall: deps.wall(), mono: nowMono };
  };

  return {
    update(change: Partial<PageState>) {
      state = { ...state, ...change };
      settle(false);
    },
    // At every key, click, touch or scroll's end, and once a second while a wheel turns or the pointer moves.
    input() {
      const now = deps.mono();
      const before = kindAt(state, lastInput, now);
      lastInput = now;
      if (kindAt(state, lastInput, lastInput) !== before) settle(false);
      else check(now);
    },
    check: () => check(),
    /**
     * Whether a video found playing could change what counts at any time in the next `ms`. Not while the
     * teen, on a focused and visible page, stays engaged past then: engaged time counts the same, video or
     * none. A page a reminder covers counts only a video playing, so there it always matters.
     */
    playingMatters(ms: number) {
      return kindAt(state, lastInput, deps.mono() + ms) !== 'engaged';
    },
    /** Sends what is open (the page is being hidden or unloaded). */
    flush() {
      settle(false);
      if (!open) return;
      const { kind } = open;
      close(deps.mono());
      const now = deps.mono();
      open = { kind, startWall: deps.wall(), startMono: now, segmentStart: now, watching: 0 };
    },
    /** Whether time counts right now. */
    counting() {
      return open !== null;
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
