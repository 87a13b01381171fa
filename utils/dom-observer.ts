import { nextFrame } from './content/timing';
import { LAYOUT_ATTRIBUTES, WATCHED_ATTRIBUTES } from './views/selectors';

/**
 * One MutationObserver for the whole content script, throttled to animation frames: the first batch of
 * changes in a frame is handed over at once (so a tip can show in the frame its view does), later ones
 * are gathered and handed over together at the next frame. TikTok's feed mutates constantly; every
 * feature subscribes here instead of observing on its own.
 */
export interface FrameChanges {
  records: readonly MutationRecord[];
  /** Asked for with `schedule()` (a URL change, new settings): look again whatever the records say. */
  forced: boolean;
}

export interface FrameObserver {
  subscribe(listener: (changes: FrameChanges) => void): () => void;
  schedule(): void;
  disconnect(): void;
}

/**
 * `frame` runs its callback once, at the next frame: in the content script, a frame the page cannot cancel
 * (see utils/content/timing.ts), or the throttle would stop for good the first time the page cancelled one.
 */
export function createFrameObserver(
  root: Node,
  frame: (callback: () => void) => void = (callback) => nextFrame(callback),
  win: Window & typeof globalThis = window,
): FrameObserver {
  const listeners = new Set<(changes: FrameChanges) => void>();
  let pending: MutationRecord[] = [];
  let forced = false;
  let waiting = false;
  let live = true;

  const flush = () => {
    const changes = { records: pending, forced };
    pending = [];
    forced = false;
    for (const listener of listeners) {
      try {
        listener(changes);
      } catch (error) {
        // A failing feature must never break TikTok or the other features.
        console.warn('Scrollwise:', error);
      }
    }
  };
  const request = () => {
    if (waiting || !live) return;
    flush();
    waiting = true;
    frame(() => {
      waiting = false;
      if (pending.length > 0 || forced) request();
    });
  };
  const observer = new win.MutationObserver((records) => {
    pending.push(...records);
    request();
  });
  observer.observe(root, {
    childList: true,
    subtree: true,
    attributes: true,
    attributeFilter: [...WATCHED_ATTRIBUTES, ...LAYOUT_ATTRIBUTES],
  });
  return {
    subscribe(listener) {
      listeners.add(listener);
      forced = true;
      request();
      return () => listeners.delete(listener);
    },
    schedule() {
      forced = true;
      request();
    },
    disconnect() {
      observer.disconnect();
      live = false;
      listeners.clear();
    },
  };
}
