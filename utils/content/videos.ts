/** Videos read per round look: a feed holds thousands, and each read costs a few microseconds. */
const PER_LOOK = 100;
/** One look in this many also reads a slice of the page's videos; the others, the screen's centre only. */
const ROUND_EVERY = 5;

export const isPlaying = (element: Element | null): element is HTMLVideoElement =>
  element instanceof HTMLVideoElement && !element.paused && !element.ended;

/**
 * Finds playing videos a page kept quiet about (it stopped their media events before the content script
 * heard them); videos the events announced are followed by the sensor without this. Each look reads the
 * videos at the screen's centre, where the one being watched is (a hit test, no walk through the page);
 * every fifth look also reads a slice of the page's videos, round the page, for a video the page keeps
 * out of hit testing. On a feed of 2,000 videos a look costs what a few do, and even a hidden one is
 * found within 100 looks. A hidden page (a background tab) gets no hit test. The caller looks only when a
 * video found playing would count (utils/tracking/sensor.ts, `playingMatters`).
 */
export function createVideoScan(doc: Document = document, perLook = PER_LOOK, roundEvery = ROUND_EVERY) {
  // Live: the browser keeps it current.
  const videos = doc.getElementsByTagName('video');
  let next = 0;
  let looks = 0;
  return function* playing(): Generator<HTMLVideoElement> {
    const view = doc.defaultView;
    // A hidden page counts nothing, and its hit test could make the browser lay out a background tab.
    if (view && doc.visibilityState === 'visible')
      yield* doc.elementsFromPoint(view.innerWidth / 2, view.innerHeight / 2).filter(isPlaying);
    // Not at the first look: at start the sensor enrolled every video already there.
    if (++looks % roundEvery !== 0) return;
    const count = videos.length;
    if (next >= count) next = 0;
    const end = Math.min(count, next + perLook);
    for (; next < end; next++) {
      const video = videos[next];
      if (video && isPlaying(video)) yield video;
    }
  };
}
