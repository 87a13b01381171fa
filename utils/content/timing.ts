/**
 * Timers a page cannot cancel. An isolated world shares the window's timer and frame ids with the page,
 * so a page (or a bookmarklet) that clears every id stops every `setTimeout`, `setInterval` and
 * `requestAnimationFrame` of the content script. Chromium's `scheduler.postTask` and `AbortSignal.timeout`
 * schedule with no id to guess; the first is preferred where there is one, as it dispatches no event: the
 * abort event's interfaces cost a sentinel about 9 KB of the page's heap, and each timer an event's time.
 */

/** What this module uses of the Prioritized Task Scheduling API (not in TypeScript's DOM types yet). */
interface TaskScheduler {
  postTask(callback: () => void, options: { delay: number }): Promise<unknown>;
}

/** Runs `callback` after `ms` unless cancelled by the returned function. */
export function later(callback: () => void, ms: number): () => void {
  let live = true;
  const run = () => live && callback();
  const delay = Math.max(0, ms);
  const tasks = (globalThis as { scheduler?: TaskScheduler }).scheduler;
  // A callback that throws is reported as a rejection, as it would be as a listener's error.
  if (tasks) void tasks.postTask(run, { delay });
  else AbortSignal.timeout(delay).addEventListener('abort', run, { once: true });
  return () => {
    live = false;
  };
}

/** Runs `callback` every `ms` until stopped. */
export function repeat(callback: () => void, ms: number): () => void {
  let cancel: () => void = () => undefined;
  let live = true;
  const tick = () => {
    cancel = later(() => {
      if (!live) return;
      callback();
      tick();
    }, ms);
  };
  tick();
  return () => {
    live = false;
    cancel();
  };
}

/** How long a frame may take before the page is taken to have cancelled it. */
const FRAME_FALLBACK_MS = 100;

/** A window's frame callbacks: those waiting, when their frame was asked for, and what its timers know. */
interface Frames {
  waiting: (() => void)[];
  askedAt: number;
  /** Whether a fallback timer is set. */
  fallback: boolean;
  /** Whether a frame asked for here came late while the tab was on screen: the page cancels frames. */
  late: boolean;
}

const frames = new WeakMap<Window, Frames>();

function runFrame(frame: Frames): void {
  for (const due of frame.waiting.splice(0)) {
    try {
      due();
    } catch (error) {
      // Reported as the error it is, without keeping the other callbacks from their frame.
      queueMicrotask(() => {
        throw error;
      });
    }
  }
}

/**
 * Runs `callback` once, in the next animation frame, or a little later if the page cancels frames (or the
 * tab draws none): layout work still happens, late at worst. Callbacks share one frame request. A fallback
 * timer comes with it only where frames have come late before, or the tab is hidden: on a page that draws
 * its frames, a timer at each request was a task for nothing each time (up to ten a second while TikTok's
 * page changes), and the first frame a page cancels is run by the script's next tick (`runLateFrames`).
 */
export function nextFrame(callback: () => void, win: Window = window): void {
  let frame = frames.get(win);
  if (!frame) {
    frame = { waiting: [], askedAt: 0, fallback: false, late: false };
    frames.set(win, frame);
  }
  frame.waiting.push(callback);
  if (frame.waiting.length > 1) return;
  frame.askedAt = performance.now();
  win.requestAnimationFrame(() => runFrame(frame));
  const mayNotCome = frame.late || win.document.visibilityState !== 'visible';
  if (!mayNotCome || frame.fallback) return;
  frame.fallback = true;
  later(() => {
    frame.fallback = false;
    runFrame(frame);
  }, FRAME_FALLBACK_MS);
}

/**
 * Runs the frame callbacks whose frame is overdue. Called at each tick of the script's repeating timers,
 * which the page cannot cancel. A frame overdue in a tab on screen was cancelled: from then on each frame
 * asked for in `win` gets a fallback timer. One a tab hidden since drew none, which says nothing of the page.
 */
export function runLateFrames(win: Window = window): void {
  const frame = frames.get(win);
  if (!frame || frame.waiting.length === 0 || performance.now() - frame.askedAt < FRAME_FALLBACK_MS) return;
  if (win.document.visibilityState === 'visible') frame.late = true;
  runFrame(frame);
}

/** Resolves after `ms`, whatever the page does to its timers. */
export const afterMs = (ms: number) => new Promise<void>((resolve) => later(resolve, ms));
