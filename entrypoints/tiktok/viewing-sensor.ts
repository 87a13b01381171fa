import { createVideoScan, isPlaying } from '@/utils/content/videos';
import type { Showing } from '@/utils/reminders/session';
import { createOutbox } from '@/utils/tracking/outbox';
import { createSensor, type Sensor } from '@/utils/tracking/sensor';
import { newSession } from '@/utils/tracking/slice';
import { sendToWorker } from '@/utils/worker/client';
import type { ScriptContext } from './script-context';

// A scroll's end, not its every frame: a listener costs the page each event, and the input behind a scroll
// (a wheel, a key, a touch, a drag) is heard anyway.
const INPUT_EVENTS = ['pointerdown', 'keydown', 'touchstart', 'scrollend'] as const;
// Taken once a second by the events' own time (one a page stamps ahead silences nothing): a wheel or a moving
// pointer fires at every frame, and an engaged stretch (a minute after the last input) ends 1 s early at most.
const CONTINUOUS_EVENTS = ['pointermove', 'wheel'] as const;
// Chromium's picture-in-picture too (Firefox's is the browser's own, which a page cannot see).
const MEDIA_EVENTS = ['play', 'playing', 'pause', 'ended', 'emptied', 'enterpictureinpicture', 'leavepictureinpicture'];
const CONTINUOUS_EVERY_MS = 1_000;
const FLUSH_EVERY_MS = 1_000;

/**
 * Feeds the viewing sensor from the page: visibility, focus, input, and whether a video at least half on
 * screen is playing. Listeners are passive and capture-phase, so TikTok's own handling is never touched.
 * Reads nothing of what is on screen: no URL, no caption, no username leaves this function. `heard`: the
 * worker's reply to a report, the reminder due and the length of the stretch.
 */
export function startViewingSensor(
  ctx: ScriptContext,
  heard: (reply: { due: Showing | null; stretchMs: number }) => void,
): Sensor {
  // A stopped worker is woken by the message; one that stops before it answers gets the slice again.
  const outbox = createOutbox(async (slice) => {
    const reply = await sendToWorker({ type: 'scrollwise/slice', slice });
    if (reply.ok) heard(reply);
    if (reply.ok || reply.error !== 'failed') return 'answered';
    if (ctx.isValid) return 'unreachable';
    // An updated or removed extension ends this script: nothing will ever answer.
    sensor.stop();
    return 'answered';
  });
  const sensor = createSensor({
    wall: () => Date.now(),
    mono: () => performance.now(),
    session: newSession(),
    later: (callback, ms) => ctx.later(callback, ms),
    send: (slice) => void outbox.push(slice),
    look: () => refreshPlaying(),
  });

  const visibleVideos = new Set<Element>();
  const intersections = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (entry.intersectionRatio >= 0.5) visibleVideos.add(entry.target);
        else visibleVideos.delete(entry.target);
      }
      refreshPlaying();
    },
    { threshold: 0.5 }, // half on screen or not: no callback at each edge as well
  );
  // A video already observed is left as it is (the specification's rule): no set of our own to keep.
  const watch = (video: Element) => intersections.observe(video);
  const refreshPlaying = () => {
    let playing = false;
    for (const video of visibleVideos) {
      if (!video.isConnected) visibleVideos.delete(video);
      else if (isPlaying(video)) playing = true;
    }
    const pip = isPlaying(document.pictureInPictureElement);
    if (playing !== sensor.state.playing || pip !== sensor.state.pip) sensor.update({ playing, pip });
  };

  const refreshPage = () =>
    sensor.update({ visible: document.visibilityState === 'visible', focused: document.hasFocus() });

  // Media events do not bubble, but they do pass through the capture phase.
  const onMedia = (event: Event) => {
    if (event.target instanceof HTMLVideoElement) watch(event.target);
    refreshPlaying();
    sensor.check();
  };
  // One handler per kind of event, not a closure per type: a little less heap in every TikTok frame.
  const quietly = { capture: true, passive: true };
  for (const type of MEDIA_EVENTS) ctx.addEventListener(document, type, onMedia, quietly);
  const onInput = () => sensor.input();
  for (const type of INPUT_EVENTS) ctx.addEventListener(window, type, onInput, quietly);
  let lastContinuous = Number.NEGATIVE_INFINITY;
  const onContinuous = (event: Event) => {
    const since = event.timeStamp - lastContinuous;
    if (since >= 0 && since < CONTINUOUS_EVERY_MS) return;
    lastContinuous = event.timeStamp;
    sensor.input();
  };
  for (const type of CONTINUOUS_EVENTS) ctx.addEventListener(window, type, onContinuous, quietly);
  ctx.addEventListener(document, 'visibilitychange', refreshPage);
  for (const type of ['focus', 'blur'] as const) ctx.addEventListener(window, type, refreshPage);
  // Send what is open before the page is hidden, frozen or unloaded: only when the browser says so. A
  // page can fire these events itself, thousands a second, and each flush is a write in the worker; even
  // the browser's own are taken once a second at most.
  let lastFlush = Number.NEGATIVE_INFINITY;
  const flush = (event: Event) => {
    if (!event.isTrusted || event.timeStamp - lastFlush < FLUSH_EVERY_MS) return;
    lastFlush = event.timeStamp;
    sensor.flush();
  };
  ctx.addEventListener(window, 'pagehide', flush);
  ctx.addEventListener(document, 'freeze', flush);

  for (const video of document.querySelectorAll('video')) watch(video);
  // A page can stop media events before they reach us: every 2 s the videos followed are read again, and where a
  // video found playing would count, some of the page's videos too (`scan`: a hit test of the screen's centre,
  // on fresh layout just after a frame is drawn, so the browser never lays out a growing page before its
  // time). Not while a followed video plays (most of a tab's life), in a hidden tab, or while the teen scrolls
  // or types for 4 s more: engaged time counts the same, video or none, and the looks of its last 4 s scan.
  const scan = createVideoScan();
  const look = (scanning: boolean) => {
    refreshPlaying();
    if (scanning) for (const video of scan()) watch(video);
    sensor.check();
    if (outbox.waiting > 0) void outbox.retry();
  };
  const afterFrame = () => ctx.later(() => look(true), 0);
  const mayFind = () => sensor.state.visible && !sensor.state.playing && sensor.playingMatters(4_000);
  ctx.repeat(() => (mayFind() ? ctx.frame(afterFrame) : look(false)), 2_000);
  refreshPage();
  ctx.onInvalidated(() => {
    sensor.stop();
    intersections.disconnect();
  });
  return sensor;
}
