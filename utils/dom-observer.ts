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

export function createFrameObserver(root: Node, win: Window & typeof globalThis = window): FrameObserver {
  const listeners = new Set<(changes: FrameChanges) => void>();
  let pending: MutationRecord[] = [];
  let forced = false;
  let frame = 0;

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
    if (frame !== 0) return;
    flush();
    frame = win.requestAnimationFrame(() => {
      frame = 0;
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
      if (frame !== 0) win.cancelAnimationFrame(frame);
      frame = 0;
      listeners.clear();
    },
  };
}
