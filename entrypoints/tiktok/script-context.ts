import { browser } from 'wxt/browser';
import { later, nextFrame, repeat, runLateFrames } from '@/utils/content/timing';

/** The isolated world's property the sentinel that runs the page is kept on. */
const RUNNING = 'scrollwiseSentinel';

/**
 * The content script's life on one page: what it started ends together when the extension is updated,
 * reloaded or removed, which shows as the extension's id going away (`isValid`, read at every timer).
 * Scrollwise's own, not WXT's: WXT's context lets a newer copy of a script stop an older one through a DOM
 * event and a `postMessage` named after the extension's id, which any script on the page can send (a
 * store extension's id is public), and schedules with the window's timers, which the page can cancel by
 * id. The sentinel is built as a plain script and declared in the manifest (wxt.config.ts), so WXT's
 * context is never even created on TikTok's pages. Timers here go through `later`, `repeat` and `frame`
 * (utils/content/timing.ts).
 */
export class ScriptContext {
  readonly #life = new AbortController();

  /**
   * Whether this copy of the sentinel is the one that runs the page. The worker also runs it in TikTok tabs
   * open before Scrollwise could (utils/site-access/open-tabs.ts), and the browser may run it there too:
   * the first live copy in the world keeps it, and one left by an updated Scrollwise, no longer live, gives
   * way. Kept on the isolated world's global, which the page cannot see.
   */
  claimWorld(): boolean {
    const world = globalThis as unknown as Record<string, ScriptContext | undefined>;
    if (world[RUNNING]?.isValid) return false;
    world[RUNNING] = this;
    return true;
  }

  get signal(): AbortSignal {
    return this.#life.signal;
  }

  get isValid(): boolean {
    if (!this.#life.signal.aborted && !browser.runtime?.id) this.#life.abort();
    return !this.#life.signal.aborted;
  }

  /** Called when the script's life ends; the returned function forgets the callback. */
  onInvalidated(callback: () => void): () => void {
    this.signal.addEventListener('abort', callback);
    return () => this.signal.removeEventListener('abort', callback);
  }

  /** Listens while the script lives. */
  addEventListener<E extends Event = Event>(
    target: EventTarget,
    type: string,
    listener: (event: E) => void,
    options: AddEventListenerOptions = {},
  ): void {
    target.addEventListener(type, listener as EventListener, { ...options, signal: this.signal });
  }

  /**
   * When the page is shown again: back from the back/forward cache, or brought forward after being frozen,
   * where it may have heard no notice from the worker. The browser's own event only. Not `pageshow`: its
   * event's interface alone costs every TikTok tab 5.6 KB of heap, as it fires on every load.
   */
  onShown(callback: () => void): void {
    this.addEventListener(document, 'visibilitychange', (event) => {
      if (event.isTrusted && document.visibilityState === 'visible') callback();
    });
  }

  /** After `ms`, while the script lives; the returned function cancels it. */
  later(callback: () => void, ms: number): () => void {
    // Whether the script lives is read as the timer runs. A listener on its end for each timer would cost
    // more than most callbacks: the sensor sets one at every change, a scrolled feed's tip a few a scroll.
    return later(() => this.isValid && callback(), ms);
  }

  /**
   * Every `ms`, while the script lives; the returned function stops it. Each tick also runs the frames the
   * page has held back (`runLateFrames`): the sensor's look ticks every 2 s on every page.
   */
  repeat(callback: () => void, ms: number): () => void {
    const tick = () => {
      runLateFrames();
      callback();
    };
    const stop = repeat(() => (this.isValid ? tick() : stop()), ms);
    this.onInvalidated(stop);
    return stop;
  }

  /**
   * In the next animation frame, or at the next tick of `repeat` if the page cancels it, and within 100 ms
   * once the page has cancelled one (utils/content/timing.ts). The extension going away is
   * noticed by the timers (the sensor's look runs every 2 s), not read again on every frame.
   */
  frame(callback: () => void): void {
    nextFrame(() => !this.signal.aborted && callback());
  }

  /**
   * TikTok moves between pages without loading one: called when the address changes, seen by a check each
   * second (the Navigation API's events can be stopped by the page).
   */
  onLocationChange(callback: () => void): void {
    let last = document.URL;
    this.repeat(() => {
      const url = document.URL;
      if (url !== last) {
        last = url;
        callback();
      }
    }, 1_000);
  }
}
