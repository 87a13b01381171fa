export interface ScrollListeners {
  /** Called at each scroll event (one a frame while a scroll lasts), but only while `wanted()` says so. */
  everyFrame(): void;
  wanted(): boolean;
  /** Called once a scroll has ended: the browser's own end, at most once a frame. */
  ended(): void;
  /** In the next animation frame (a script context's `frame`). */
  frame(callback: () => void): void;
  signal: AbortSignal;
}

/**
 * Listens to a page's scrolls (anywhere in it: capture phase, passive, so TikTok's own handling is never
 * touched). A scroll fires an event at every frame, and each costs the page a call into the content
 * script's world even when the listener does nothing: so the frames are listened to only while something
 * follows them, and a scroll's end comes from the browser's `scrollend`, not from timing the events. Only
 * the browser's own ends count: a page could fire thousands. Returns the function that reads `wanted` again,
 * for when what follows the frames changed.
 */
export function listenToScrolls(view: Window, listeners: ScrollListeners): () => void {
  const options = { capture: true, passive: true, signal: listeners.signal };
  let ending = false;
  const onEnd = (event: Event) => {
    if (!event.isTrusted || ending) return;
    ending = true;
    listeners.frame(() => {
      ending = false;
      listeners.ended();
    });
  };
  view.addEventListener('scrollend', onEnd, options);
  let listening = false;
  return () => {
    const wanted = listeners.wanted();
    if (wanted === listening) return;
    listening = wanted;
    if (wanted) view.addEventListener('scroll', listeners.everyFrame, options);
    else view.removeEventListener('scroll', listeners.everyFrame, options);
  };
}
