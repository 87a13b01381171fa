import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScriptContext } from '@/entrypoints/tiktok/script-context';
import { startViewingSensor } from '@/entrypoints/tiktok/viewing-sensor';

afterEach(() => vi.restoreAllMocks());

describe("the page's input, as the viewing sensor hears it (entrypoints/tiktok/viewing-sensor.ts)", () => {
  it('takes a scroll, a wheel or a moving pointer once a second, a click or a key each time', () => {
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
    fire('scroll');
    expect(input).toHaveBeenCalledTimes(2);
    for (const type of ['pointerdown', 'keydown', 'touchstart', 'keydown']) fire(type);
    expect(input).toHaveBeenCalledTimes(6);
    // A page's event stamped far ahead of the clock: the teen's next scroll is still heard.
    const ahead = now;
    now = 1e12;
    fire('scroll');
    now = ahead + 2_000;
    fire('scroll');
    expect(input).toHaveBeenCalledTimes(8);
  });
});
