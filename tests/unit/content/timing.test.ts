import { describe, expect, it, vi } from 'vitest';
import { afterMs, later, nextFrame, repeat } from '@/utils/content/timing';

/** What a hostile page runs: every timer and frame id it can guess, cleared. */
function clearEveryId() {
  for (let id = 0; id < 5_000; id++) {
    clearTimeout(id);
    clearInterval(id);
    cancelAnimationFrame(id);
  }
}

describe('timers a page cannot cancel', () => {
  it('runs a delayed callback even when the page clears every timer id', async () => {
    const ran = vi.fn();
    later(ran, 20);
    clearEveryId();
    await vi.waitFor(() => expect(ran).toHaveBeenCalledOnce(), { timeout: 1_000 });
  });

  it("schedules with the browser's task scheduler where there is one, an event-free timer with no id", async () => {
    const delays: number[] = [];
    const postTask = vi.fn((callback: () => void, { delay }: { delay: number }) => {
      delays.push(delay);
      return new Promise((resolve) => setTimeout(() => resolve(callback()), delay));
    });
    vi.stubGlobal('scheduler', { postTask });
    const timeouts = vi.spyOn(AbortSignal, 'timeout');
    try {
      const ran = vi.fn();
      const cancelled = vi.fn();
      later(ran, 20);
      later(cancelled, 20)();
      await vi.waitFor(() => expect(ran).toHaveBeenCalledOnce(), { timeout: 1_000 });
      await afterMs(40);
      expect(cancelled).not.toHaveBeenCalled();
      expect(delays.slice(0, 2)).toEqual([20, 20]);
      expect(timeouts).not.toHaveBeenCalled();
    } finally {
      timeouts.mockRestore();
      vi.unstubAllGlobals();
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

  it('draws in the next frame, or soon after when the page cancels frames, and only once', async () => {
    const drawn = vi.fn();
    nextFrame(drawn);
    clearEveryId();
    await vi.waitFor(() => expect(drawn).toHaveBeenCalledOnce(), { timeout: 1_000 });
    await afterMs(150);
    expect(drawn).toHaveBeenCalledOnce();
  });

  it('runs the frame callbacks asked for together once each, and arms one fallback timer for many frames', async () => {
    const timeouts = vi.spyOn(AbortSignal, 'timeout');
    const order: number[] = [];
    for (let frame = 0; frame < 5; frame++) {
      nextFrame(() => order.push(frame * 10));
      nextFrame(() => order.push(frame * 10 + 1));
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await afterMs(5);
    }
    await afterMs(150);
    expect(order).toEqual([0, 1, 10, 11, 20, 21, 30, 31, 40, 41]);
    // The frames came in well under the fallback's 100 ms: one timer covered them all.
    expect(timeouts.mock.calls.filter(([ms]) => ms === 100).length).toBeLessThanOrEqual(2);
    timeouts.mockRestore();
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
