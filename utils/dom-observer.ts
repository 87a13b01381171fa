/**
 * One MutationObserver for the whole content script, batched to one callback per animation frame.
 * TikTok's feed mutates constantly; every feature subscribes here instead of observing on its own.
 */
export interface FrameObserver {
  subscribe(listener: () => void): () => void;
  /** Runs the listeners at the next frame, e.g. after a URL change that moved no DOM. */
  schedule(): void;
  disconnect(): void;
}

/** Attributes that open and close TikTok's panels and settings sections without adding nodes. */
const WATCHED_ATTRIBUTES = [
  'hidden',
  'aria-hidden',
  'aria-current',
  'aria-selected',
  'aria-expanded',
  'style',
  'data-theme',
  'data-tux-color-scheme',
  'lang',
];

export function createFrameObserver(root: Node, win: Window & typeof globalThis = window): FrameObserver {
  const listeners = new Set<() => void>();
  let frame = 0;
  const run = () => {
    frame = 0;
    for (const listener of listeners) {
      try {
        listener();
      } catch (error) {
        // A failing feature must never break TikTok or the other features.
        console.warn('Scrollwise:', error);
      }
    }
  };
  const schedule = () => {
    if (frame === 0) frame = win.requestAnimationFrame(run);
  };
  const observer = new win.MutationObserver(schedule);
  observer.observe(root, { childList: true, subtree: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
  return {
    subscribe(listener) {
      listeners.add(listener);
      schedule();
      return () => listeners.delete(listener);
    },
    schedule,
    disconnect() {
      observer.disconnect();
      if (frame !== 0) win.cancelAnimationFrame(frame);
      listeners.clear();
    },
  };
}
