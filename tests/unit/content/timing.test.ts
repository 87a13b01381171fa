import { describe, expect, it, vi } from 'vitest';
import { afterMs, later, nextFrame, repeat, runLateFrames } from '@/utils/content/timing';

/** What a hostile page runs: every timer and frame id it can guess, cleared. */
function clearEveryId() {
  for (let id = 0; id < 5_000; id++) {
    clearTimeout(id);
    clearInterval(id);
    cancelAnimationFrame(id);
  }
}

/**
 * The browser's task scheduler, stubbed: every timer `later` sets goes through it, so a test counts them
 * whichever path the environment would take (happy-dom has no scheduler today).
 */
function stubScheduler() {
  const postTask = vi.fn(
    (callback: () => void, { delay }: { delay: number }) =>
      new Promise((resolve) => setTimeout(() => resolve(callback()), delay)),
  );
  vi.stubGlobal('scheduler', { postTask });
  return {
    count: () => postTask.mock.calls.length,
    delays: () => postTask.mock.calls.map(([, { delay }]) => delay),
    restore: () => vi.unstubAllGlobals(),
  };
}

describe('timers a page cannot cancel', () => {
  it('runs a delayed callback even when the page clears every timer id', async () => {
    const ran = vi.fn();
    later(ran, 20);
    clearEveryId();
    await vi.waitFor(() => expect(ran).toHaveBeenCalledOnce(), { timeout: 1_000 });
  });

  it("schedules with the browser's task scheduler where there is one, an event-free timer with no id", async () => {
    const timers = stubScheduler();
    const timeouts = vi.spyOn(AbortSignal, 'timeout');
    try {
      const ran = vi.fn();
      const cancelled = vi.fn();
      later(ran, 20);
      later(cancelled, 20)();
      await vi.waitFor(() => expect(ran).toHaveBeenCalledOnce(), { timeout: 1_000 });
      await afterMs(40);
      expect(cancelled).not.toHaveBeenCalled();
      expect(timers.delays().slice(0, 2)).toEqual([20, 20]);
      expect(timeouts).not.toHaveBeenCalled();
    } finally {
      timeouts.mockRestore();
      timers.restore();
    }
  });

  it('is cancelled by its own function only', async () => {
    const ran = vi.fn();
    later(ran, 20)();
    await afterMs(60);
    expect(ran).not.toHaveBeenCalled();
  });

  it('repeats until stopped, whatever the page clears between ticks', async () => {
    const ticks = vi.fn();
    const stop = repeat(ticks, 15);
    const clearing = setInterval(clearEveryId, 5);
    await vi.waitFor(() => expect(ticks.mock.calls.length).toBeGreaterThanOrEqual(3), { timeout: 1_000 });
    stop();
    clearInterval(clearing);
    const count = ticks.mock.calls.length;
    await afterMs(60);
    expect(ticks.mock.calls.length).toBe(count);
  });

  /**
   * A window whose frames the test draws, or the page cancels: `draw()` runs the frames asked for so far,
   * `cancelAll()` drops them, as a page clearing every frame id does.
   */
  function framedWindow(visibilityState: 'visible' | 'hidden' = 'visible') {
    let asked: FrameRequestCallback[] = [];
    const win = {
      requestAnimationFrame: (callback: FrameRequestCallback) => asked.push(callback),
      document: { visibilityState },
    };
    return {
      win: win as unknown as Window,
      draw: () => {
        for (const callback of asked.splice(0)) callback(performance.now());
      },
      cancelAll: () => {
        asked = [];
      },
      hide: (hidden: boolean) => {
        win.document.visibilityState = hidden ? 'hidden' : 'visible';
      },
    };
  }

  it('runs the callbacks asked for together in the next frame, once each, with no timer where frames come', () => {
    const timers = stubScheduler();
    try {
      const { win, draw } = framedWindow();
      const order: number[] = [];
      for (let frame = 0; frame < 5; frame++) {
        nextFrame(() => order.push(frame * 10), win);
        nextFrame(() => order.push(frame * 10 + 1), win);
        draw();
      }
      draw();
      expect(order).toEqual([0, 1, 10, 11, 20, 21, 30, 31, 40, 41]);
      // A timer at each frame asked for was a task for nothing while the page draws its frames.
      expect(timers.count()).toBe(0);
    } finally {
      timers.restore();
    }
  });

  it('runs a frame the page cancelled at the next tick, then gives every frame a fallback timer', async () => {
    const { win, draw, cancelAll } = framedWindow();
    const drawn = vi.fn();
    nextFrame(drawn, win);
    cancelAll();
    // Not yet overdue: a frame may take its time.
    runLateFrames(win);
    expect(drawn).not.toHaveBeenCalled();
    await afterMs(120);
    runLateFrames(win);
    expect(drawn).toHaveBeenCalledOnce();
    // The page cancels frames: the next ones come on their own within the fallback's 100 ms.
    const next = vi.fn();
    nextFrame(next, win);
    cancelAll();
    await vi.waitFor(() => expect(next).toHaveBeenCalledOnce(), { timeout: 1_000 });
    // And once only, whichever of the frame and its timer comes first.
    const both = vi.fn();
    nextFrame(both, win);
    draw();
    await afterMs(150);
    runLateFrames(win);
    expect(both).toHaveBeenCalledOnce();
    expect(drawn).toHaveBeenCalledOnce();
  });

  it("gives a hidden tab's frames a fallback timer, and takes no frame it missed for the page's doing", async () => {
    const timers = stubScheduler();
    try {
      const { win, hide } = framedWindow('hidden');
      const hidden = vi.fn();
      nextFrame(hidden, win);
      await vi.waitFor(() => expect(hidden).toHaveBeenCalledOnce(), { timeout: 1_000 });
      // Asked for on screen, then hidden before the frame: run at the tick, and frames are still trusted.
      hide(false);
      const switched = vi.fn();
      nextFrame(switched, win);
      hide(true);
      await afterMs(120);
      runLateFrames(win);
      expect(switched).toHaveBeenCalledOnce();
      hide(false);
      const calls = timers.count();
      nextFrame(() => undefined, win);
      expect(timers.count()).toBe(calls);
    } finally {
      timers.restore();
    }
  });

  it('reports a callback that throws without keeping the others from their frame', async () => {
    // Reported through a microtask of its own; held here so the test can read it.
    const reports: (() => void)[] = [];
    const microtask = vi.spyOn(globalThis, 'queueMicrotask').mockImplementation((task) => reports.push(task));
    const after = vi.fn();
    nextFrame(() => {
      throw new Error('boom');
    });
    nextFrame(after);
    await vi.waitFor(() => expect(after).toHaveBeenCalledOnce(), { timeout: 1_000 });
    microtask.mockRestore();
    expect(reports).toHaveLength(1);
    expect(reports[0]).toThrow('boom');
  });
});
