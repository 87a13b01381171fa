import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ScriptContext } from '@/entrypoints/tiktok/script-context';

afterEach(() => {
  vi.restoreAllMocks();
  delete (globalThis as Record<string, unknown>).scrollwiseSentinel;
});

describe('one sentinel per world', () => {
  it('the first live copy runs the page; a second, run by the worker in a tab that already has one, gives way', () => {
    const first = new ScriptContext();
    expect(first.claimWorld()).toBe(true);
    expect(new ScriptContext().claimWorld()).toBe(false);
    // Still the first: a third copy gives way too.
    expect(new ScriptContext().claimWorld()).toBe(false);
  });

  it('a copy left by an updated Scrollwise, no longer live, gives way to the new one', () => {
    const old = new ScriptContext();
    old.claimWorld();
    // Updated, reloaded or removed: the old copy's extension id goes away.
    const id = vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    expect(old.isValid).toBe(false);
    id.mockRestore();
    expect(new ScriptContext().claimWorld()).toBe(true);
  });
});

describe("the script's timers", () => {
  it('run while the script lives, never after, and cost no listener each (the sensor sets one at every change)', async () => {
    const ctx = new ScriptContext();
    const listens = vi.spyOn(ctx.signal, 'addEventListener');
    const ran: number[] = [];
    for (let timer = 0; timer < 50; timer++) ctx.later(() => ran.push(timer), 0);
    const cancel = ctx.later(() => ran.push(-1), 0);
    cancel();
    expect(listens).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(ran).toHaveLength(50));
    // Updated or removed: a timer set before runs nothing.
    ctx.later(() => ran.push(50), 5);
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(undefined as unknown as string);
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(ran).not.toContain(50);
    expect(ran).not.toContain(-1);
  });
});

describe("the script's frames", () => {
  it('a frame the page cancels runs at the next tick of a repeating timer, before the tick itself', async () => {
    vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('visible');
    // The page cancels every frame: none ever comes.
    vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0);
    const ctx = new ScriptContext();
    const order: string[] = [];
    ctx.frame(() => order.push('frame'));
    const stop = ctx.repeat(() => order.push('tick'), 150);
    await vi.waitFor(() => expect(order).toContain('tick'), { timeout: 1_000 });
    stop();
    expect(order.slice(0, 2)).toEqual(['frame', 'tick']);
  });
});
