import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { later, nextFrame, repeat } from '@/utils/content/timing';

/**
 * WXT's content-script context without its start-up handshake, and with timers the page cannot cancel.
 * WXT lets a newer copy of a script stop an older one through a DOM event and a `postMessage` named after
 * the extension's id; any script on the page can send the same event (the id of a store extension is
 * public) and so switch Scrollwise off. Here an old copy stops only when the extension itself goes away,
 * which `isValid` notices at the next timer. WXT's timers and frames are the window's, which the page can
 * cancel by id: Scrollwise schedules through `later`, `repeat` and `frame` instead (utils/content/timing.ts).
 */
export class ScriptContext extends ContentScriptContext {
  override stopOldScripts(): void {}
  override listenForNewerScripts(): void {}

  /** After `ms`, while the script lives; the returned function cancels it. */
  later(callback: () => void, ms: number): () => void {
    const cancel = later(() => this.isValid && callback(), ms);
    this.onInvalidated(cancel);
    return cancel;
  }

  /** Every `ms`, while the script lives; the returned function stops it. */
  repeat(callback: () => void, ms: number): () => void {
    const stop = repeat(() => (this.isValid ? callback() : stop()), ms);
    this.onInvalidated(stop);
    return stop;
  }

  /** In the next animation frame, or soon after if the page cancels frames. */
  frame(callback: () => void): void {
    nextFrame(() => this.isValid && callback());
  }

  /**
   * TikTok moves between pages without loading one: called when the address changes, seen by a check each
   * second (WXT's watcher polls with the page's timers, or listens to Navigation API events the page can stop).
   */
  onLocationChange(callback: () => void): void {
    let last = location.href;
    this.repeat(() => {
      if (location.href !== last) {
        last = location.href;
        callback();
      }
    }, 1_000);
  }
}
