import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScriptContext } from '@/entrypoints/tiktok/script-context';
import { startViewingSensor } from '@/entrypoints/tiktok/viewing-sensor';

afterEach(() => vi.restoreAllMocks());

describe("the page's input, as the viewing sensor hears it (entrypoints/tiktok/viewing-sensor.ts)", () => {
  it("takes a wheel or a moving pointer once a second, a click, a key or a scroll's end each time, no scroll frame", () => {
    let now = 1_000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    const sensor = startViewingSensor(new ScriptContext(), () => undefined);
    const input = vi.spyOn(sensor, 'input');
    const fire = (type: string) => {
      const event = new Event(type);
      Object.defineProperty(event, 'timeStamp', { value: now });
      window.dispatchEvent(event);
    };
    // Half a second of smooth scrolling: an event a frame, a wheel turn and a pointer moving with it.
    for (let frame = 0; frame < 30; frame++, now += 16)
      for (const type of ['scroll', 'wheel', 'pointermove']) fire(type);
    expect(input).toHaveBeenCalledOnce();
    now += 1_000;
    fire('wheel');
    expect(input).toHaveBeenCalledTimes(2);
    for (const type of ['pointerdown', 'keydown', 'touchstart', 'keydown', 'scrollend', 'scrollend']) fire(type);
    expect(input).toHaveBeenCalledTimes(8);
    // A page's event stamped far ahead of the clock: the teen's next wheel turn is still heard.
    const ahead = now;
    now = 1e12;
    fire('wheel');
    now = ahead + 2_000;
    fire('wheel');
    expect(input).toHaveBeenCalledTimes(10);
  });

  it('reads the page for a video playing (its centre, a round of its videos) only when one would count', () => {
    let now = 1_000;
    vi.spyOn(performance, 'now').mockImplementation(() => now);
    vi.spyOn(document, 'hasFocus').mockReturnValue(true);
    const hits = vi.fn(() => []);
    document.elementsFromPoint = hits;
    const ctx = new ScriptContext();
    let look = () => undefined as unknown;
    vi.spyOn(ctx, 'repeat').mockImplementation((callback) => {
      look = callback;
      return () => undefined;
    });
    vi.spyOn(ctx, 'frame').mockImplementation((callback) => callback());
    // The look's own wait after the frame runs at once; the heartbeat is not this test's.
    vi.spyOn(ctx, 'later').mockImplementation((callback, ms) => {
      if (ms === 0) callback();
      return () => undefined;
    });
    // A feed's videos: each read of whether one plays is counted.
    let reads = 0;
    document.body.innerHTML = '<video></video>'.repeat(3);
    for (const video of document.querySelectorAll('video'))
      Object.defineProperty(video, 'paused', { get: () => ++reads > 0 });
    startViewingSensor(ctx, () => undefined);
    // Opening TikTok is input: engaged for a minute, whether a video plays or not. Five looks (one in five
    // reads videos round the page) read nothing.
    for (let index = 0; index < 5; index++) look();
    expect(hits).not.toHaveBeenCalled();
    expect(reads).toBe(0);
    // 3.5 s before the minute runs out, a video playing would keep the count going: the centre is tested.
    now = 57_500;
    look();
    expect(hits).toHaveBeenCalledOnce();
    // The teen scrolls: engaged again.
    window.dispatchEvent(new Event('scrollend'));
    look();
    expect(hits).toHaveBeenCalledOnce();
    // Another window has the focus: only a video playing counts, so the centre is tested at every look.
    vi.spyOn(document, 'hasFocus').mockReturnValue(false);
    window.dispatchEvent(new Event('blur'));
    look();
    look();
    expect(hits).toHaveBeenCalledTimes(3);
    document.body.innerHTML = '';
  });
});
