import { describe, expect, it } from 'vitest';
import { HEARTBEAT_MS, PASSIVE_CAP_MS } from '@/utils/tracking/constants';
import { createSensor } from '@/utils/tracking/sensor';
import type { Slice } from '@/utils/tracking/slice';

/** The sensor on a fake clock: `run(ms)` moves time and fires due timers, like a page would. */
function page(options: { monotonicStopsInSleep?: boolean; stalledTimers?: boolean; look?: () => void } = {}) {
  let wall = new Date('2026-06-10T15:00:00').getTime();
  let mono = 1_000;
  let timer: { at: number; callback: () => void } | null = null;
  const sent: Slice[] = [];
  const sensor = createSensor({
    wall: () => wall,
    mono: () => mono,
    session: 'session-test-0001',
    send: (slice) => sent.push(slice),
    look: () => options.look?.(),
    later: (callback, ms) => {
      // A page that stalls timers: the heartbeat is scheduled and never fires.
      const entry = { at: options.stalledTimers ? Number.POSITIVE_INFINITY : mono + ms, callback };
      timer = entry;
      return () => {
        if (timer === entry) timer = null;
      };
    },
  });
  const step = (ms: number) => {
    wall += ms;
    mono += ms;
  };
  return {
    sensor,
    sent,
    total: (kind?: 'engaged' | 'watching') =>
      sent.reduce(
        (sum, s) => sum + (kind === 'watching' ? s.watching : kind === 'engaged' ? s.mono - s.watching : s.mono),
        0,
      ) / 1000,
    /** Moves time by `ms`, firing the heartbeat timer when due. */
    run(ms: number) {
      const end = mono + ms;
      while (timer && timer.at <= end) {
        const due = timer;
        step(Math.max(0, due.at - mono));
        timer = null;
        due.callback();
      }
      step(end - mono);
    },
    /** The computer sleeps: wall time passes, the monotonic clock may or may not. */
    sleep(ms: number) {
      wall += ms;
      if (!options.monotonicStopsInSleep) mono += ms;
    },
    /** Input every `every` ms during `ms`. */
    interact(ms: number, every = 5_000) {
      for (let t = 0; t < ms; t += every) {
        sensor.input();
        this.run(Math.min(every, ms - t));
      }
    },
  };
}

const visibleFocused = { visible: true, focused: true, playing: false, covered: false, pip: false };

describe('the viewing sensor', () => {
  it('#29 counts a teen swiping every few seconds as engaged, reporting every heartbeat', () => {
    const p = page();
    p.sensor.update(visibleFocused);
    p.interact(60_000);
    p.sensor.flush();
    expect(p.total('engaged')).toBe(60);
    expect(p.sent.filter((s) => s.mono === HEARTBEAT_MS).length).toBe(4);
    expect(p.sent.map((s) => s.seq)).toEqual([...p.sent.keys()]);
  });

  it('#32 idle without a video stops counting 60 s after the last input', () => {
    const p = page();
    p.sensor.update(visibleFocused);
    p.sensor.input();
    p.run(5 * 60_000);
    p.sensor.flush();
    expect(p.total()).toBe(60);
  });

  it('#30 a video playing untouched counts as watching for 10 minutes after the last input, then stops', () => {
    const p = page();
    p.sensor.update({ ...visibleFocused, playing: true });
    p.sensor.input();
    p.run(2 * 3_600_000);
    p.sensor.flush();
    expect(p.total()).toBe(PASSIVE_CAP_MS / 1000);
    expect(p.total('engaged')).toBe(60);
    expect(p.total('watching')).toBe(PASSIVE_CAP_MS / 1000 - 60);
  });

  it('counts a video watched from the moment TikTok opens, before any input', () => {
    const p = page();
    p.sensor.update({ visible: true, focused: false, playing: true, covered: false, pip: false });
    p.run(2 * 60_000);
    p.sensor.flush();
    expect(p.total('watching')).toBe(120);
  });

  it('#23 a video on a second monitor counts while the teen types elsewhere (window not focused)', () => {
    const p = page();
    p.sensor.input();
    p.sensor.update({ visible: true, focused: false, playing: true, covered: false, pip: false });
    p.run(3 * 60_000);
    p.sensor.flush();
    expect(p.total('watching')).toBe(180);
  });

  it('#22 a tab hidden while its video plays stops counting at once', () => {
    const p = page();
    p.sensor.update({ ...visibleFocused, playing: true });
    p.interact(30_000);
    p.sensor.update({ visible: false });
    p.run(10 * 60_000);
    expect(p.total()).toBe(30);
  });

  it('(design 28) a video in picture-in-picture counts as watching while its tab is hidden, capped like any, and says so', () => {
    const p = page();
    p.sensor.update({ ...visibleFocused, playing: true });
    p.sensor.input();
    p.run(30_000);
    // The teen floats the video and moves to another tab: the page is hidden, the video still watched.
    p.sensor.update({ visible: false, focused: false, playing: false, pip: true });
    p.run(3 * 60_000);
    expect(p.total('watching')).toBe(180);
    expect(p.sent.filter((slice) => slice.watching > 0).every((slice) => slice.pip === true)).toBe(true);
    // Untouched, it stops at the same cap as a video left playing on screen.
    p.run(2 * 3_600_000);
    expect(p.total()).toBe(PASSIVE_CAP_MS / 1000);
    // Paused or closed: nothing more.
    const counted = p.total();
    p.sensor.input();
    p.sensor.update({ pip: false });
    p.run(10 * 60_000);
    p.sensor.flush();
    expect(p.total()).toBe(counted);
    expect(p.sent.filter((slice) => slice.watching === 0).every((slice) => slice.pip === undefined)).toBe(true);
  });

  it('#31 a paused video with reading and scrolling still counts through input', () => {
    const p = page();
    p.sensor.update({ ...visibleFocused, playing: true });
    p.interact(20_000);
    p.sensor.update({ playing: false });
    p.interact(40_000);
    p.sensor.flush();
    expect(p.total()).toBe(60);
  });

  it('#18 a system sleep is never counted, whichever clock keeps running', () => {
    for (const monotonicStopsInSleep of [false, true]) {
      const p = page({ monotonicStopsInSleep });
      p.sensor.update({ ...visibleFocused, playing: true });
      p.interact(10_000);
      p.sleep(8 * 3_600_000);
      p.run(HEARTBEAT_MS);
      p.sensor.flush();
      expect(p.total(), `monotonic clock stops in sleep: ${monotonicStopsInSleep}`).toBeLessThanOrEqual(10 + 15);
    }
  });

  it('#8 hiding or unloading the page sends what is open', () => {
    const p = page();
    p.sensor.update(visibleFocused);
    p.interact(7_000);
    expect(p.sent).toEqual([]);
    p.sensor.update({ visible: false });
    expect(p.total()).toBe(7);
  });

  it('starts again on input after being idle, in a new slice', () => {
    const p = page();
    p.sensor.update(visibleFocused);
    p.sensor.input();
    p.run(3 * 60_000);
    p.interact(10_000);
    p.sensor.flush();
    expect(p.total()).toBe(70);
  });

  it('counts nothing while a Scrollwise reminder covers the page (and has paused its video)', () => {
    const p = page();
    p.sensor.update({ ...visibleFocused, playing: true });
    p.interact(20_000);
    p.sensor.update({ covered: true, playing: false });
    p.interact(5 * 60_000);
    p.sensor.update({ covered: false });
    p.interact(10_000);
    p.sensor.flush();
    expect(p.total()).toBe(30);
  });

  it('counts a video that keeps playing behind a reminder: the page is keeping it from being seen', () => {
    const p = page();
    p.sensor.update({ ...visibleFocused, playing: true });
    p.interact(20_000);
    p.sensor.update({ covered: true });
    p.interact(30_000);
    p.sensor.flush();
    expect(p.total()).toBe(50);
  });

  it('says a video playing matters unless the teen stays engaged past the time asked about', () => {
    const p = page();
    p.sensor.update(visibleFocused);
    p.sensor.input();
    expect(p.sensor.playingMatters(4_000)).toBe(false);
    p.run(55_000);
    expect(p.sensor.playingMatters(4_000)).toBe(false);
    p.run(2_000);
    expect(p.sensor.playingMatters(4_000)).toBe(true);
    p.sensor.input();
    expect(p.sensor.playingMatters(4_000)).toBe(false);
    // Unfocused, hidden, or covered by a reminder: only a video playing counts there.
    for (const change of [{ focused: false }, { visible: false }, { covered: true }]) {
      p.sensor.update({ ...visibleFocused, ...change });
      expect(p.sensor.playingMatters(4_000)).toBe(true);
    }
  });

  it('counts nothing once stopped (the extension was updated)', () => {
    const p = page();
    p.sensor.update(visibleFocused);
    p.interact(10_000);
    p.sensor.stop();
    p.run(60_000);
    expect(p.sent).toEqual([]);
  });

  it('keeps wall and monotonic lengths equal in every slice it sends', () => {
    const p = page();
    p.sensor.update({ ...visibleFocused, playing: true });
    p.interact(95_000, 7_000);
    p.sensor.flush();
    for (const slice of p.sent) expect(slice.end - slice.start).toBe(slice.mono);
  });

  it('#28 reports on time from the page’s own callbacks when its timer never fires', () => {
    const p = page({ stalledTimers: true });
    p.sensor.update(visibleFocused);
    p.interact(60_000);
    // Every input past the heartbeat sends the slice, none longer than a heartbeat and a swipe.
    expect(p.sent.length).toBe(3);
    expect(Math.max(...p.sent.map((slice) => slice.mono))).toBeLessThanOrEqual(HEARTBEAT_MS + 5_000);
    // The page's other callbacks (a media event, a mutation, the 2-s look at the videos) send it too.
    for (let t = 0; t < 10_000; t += 2_000) {
      p.run(2_000);
      p.sensor.check();
    }
    expect(p.sent.length).toBe(4);
    expect(p.total()).toBe(62);
    p.sensor.flush();
    expect(p.total()).toBe(70);
  });

  it('#28 reads the page again before each heartbeat: a video stopped without an event counts a heartbeat at most', () => {
    let playing = true;
    const p = page({ look: () => p.sensor.update({ playing }) });
    p.sensor.update({ visible: true, focused: false, playing: true, covered: false, pip: false });
    p.run(5_000);
    // The page stops the video and keeps its `pause` event from the content script.
    playing = false;
    p.run(60_000);
    p.sensor.flush();
    expect(p.total()).toBe(15);
  });
});
