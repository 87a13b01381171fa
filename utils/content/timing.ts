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

/** Callbacks waiting for a window's next frame, and whether that window's fallback timer is set. */
const frames = new WeakMap<Window, { waiting: (() => void)[]; fallback: boolean }>();

/**
 * Runs `callback` once, in the next animation frame, or a little later if the page cancels frames (or the
 * tab draws none): layout work still happens, one frame late at worst. Callbacks share one frame request,
 * and one fallback timer at a time: a timer per frame would cost more than the work it guards.
 */
export function nextFrame(callback: () => void, win: Window = window): void {
  let frame = frames.get(win);
  if (!frame) {
    frame = { waiting: [], fallback: false };
    frames.set(win, frame);
  }
  const { waiting } = frame;
  waiting.push(callback);
  if (waiting.length > 1) return;
  const run = () => {
    for (const due of waiting.splice(0)) {
      try {
        due();
      } catch (error) {
        // Reported as the error it is, without keeping the other callbacks from their frame.
        queueMicrotask(() => {
          throw error;
        });
      }
    }
  };
  win.requestAnimationFrame(run);
  if (frame.fallback) return;
  frame.fallback = true;
  later(() => {
    frame.fallback = false;
    run();
  }, FRAME_FALLBACK_MS);
}

/** Resolves after `ms`, whatever the page does to its timers. */
export const afterMs = (ms: number) => new Promise<void>((resolve) => later(resolve, ms));
