import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { listenToScrolls } from '@/utils/content/scrolls';

let life = new AbortController();
beforeEach(() => {
  life = new AbortController();
});
afterEach(() => life.abort());

/** The listeners on a fake clock of frames: `frame` queues, `drawFrame` runs what waits. */
function scrolls(wanted: () => boolean) {
  let waiting: (() => void)[] = [];
  const listeners = { everyFrame: vi.fn(), ended: vi.fn(), wanted, frame: (run: () => void) => waiting.push(run) };
  const update = listenToScrolls(window, { ...listeners, signal: life.signal });
  const drawFrame = () => {
    const due = waiting;
    waiting = [];
    for (const run of due) run();
  };
  return { ...listeners, update, drawFrame };
}

const fire = (type: string, isTrusted = true) =>
  window.dispatchEvent(Object.defineProperty(new Event(type), 'isTrusted', { value: isTrusted }));

describe("a page's scrolls, as the tips hear them (utils/content/scrolls.ts)", () => {
  it('hears each frame only while something follows the frames, from the time it is told', () => {
    let follows = false;
    const heard = scrolls(() => follows);
    heard.update();
    fire('scroll');
    expect(heard.everyFrame).not.toHaveBeenCalled();
    follows = true;
    fire('scroll');
    expect(heard.everyFrame).not.toHaveBeenCalled();
    heard.update();
    fire('scroll');
    fire('scroll');
    expect(heard.everyFrame).toHaveBeenCalledTimes(2);
    follows = false;
    heard.update();
    fire('scroll');
    expect(heard.everyFrame).toHaveBeenCalledTimes(2);
  });

  it("hears a scroll's end from the browser only, once a frame at most", () => {
    const heard = scrolls(() => false);
    // A page's own ends, thousands of them: none.
    for (let index = 0; index < 1_000; index++) fire('scrollend', false);
    heard.drawFrame();
    expect(heard.ended).not.toHaveBeenCalled();
    // Three scrolled elements ending in one frame: one look.
    for (let index = 0; index < 3; index++) fire('scrollend');
    expect(heard.ended).not.toHaveBeenCalled();
    heard.drawFrame();
    expect(heard.ended).toHaveBeenCalledOnce();
    fire('scrollend');
    heard.drawFrame();
    expect(heard.ended).toHaveBeenCalledTimes(2);
  });
});
