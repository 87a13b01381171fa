import { mayOpenView, mayOpenWaitingView } from '@/utils/views/first-pass';
import { FEED, join } from '@/utils/views/selectors';
import { isOnScreen } from '@/utils/views/shared/on-screen';
import { mayChangeViews } from '@/utils/views/shared/relevance';
import { pageAddress } from '@/utils/views/shared/view';
import { defineFeature } from '../services';

/**
 * Wakes the tips. Their detectors' full reading, their session and what draws them come with the UI file
 * (entrypoints/tiktok-ui/tips.ts); the sentinel only asks, at each change that can open a view, whether
 * one may be open (`mayOpenView`: a view's hook, what the fallback layer reads, a settings or messages
 * page, the feed once a stretch of watching has made its tip due), and loads the file the first time it
 * may. From then on the tips follow the page themselves, and the first tip still mounts within a frame or
 * two of loading.
 */
export default defineFeature({
  id: 'tips',
  needs: ['settings'],
  frames: 'top',
  start({ ctx, observer, settings, stretchMs, ui }) {
    let lastUrl = '';
    let waking = false;
    const wake = () => {
      waking = true;
      // A load that failed (the worker was restarting) is tried again at the next change that may matter.
      ui().then(stop, (error: unknown) => {
        waking = false;
        console.warn('Scrollwise: no tips on this page', error);
      });
    };
    const unsubscribe = observer.subscribe(({ records, forced }) => {
      const url = document.URL;
      if (waking || !(forced || url !== lastUrl || mayChangeViews(records, []))) return;
      lastUrl = url;
      if (mayOpenView(pageAddress(url), document, isOnScreen, stretchMs.get())) wake();
    });
    // A stretch that reaches a view's wait may open it: asked again with each figure the worker sends (one
    // per report while the teen watches, none while the page idles). Only the waiting views: the page has not
    // changed, or the observer would have said so, and the whole first pass reads a long feed from end to end.
    // Once the tips run, they watch the stretch themselves.
    const unwatch = stretchMs.watch((ms) => {
      if (!waking && mayOpenWaitingView(pageAddress(document.URL), document, isOnScreen, ms)) wake();
    });
    const stop = () => {
      unsubscribe();
      unwatch();
    };
    ctx.onInvalidated(stop);
    // TikTok's own "Not interested", used: a one-line thank-you instead of the feed tip, on this page.
    const onClick = (event: Event) => {
      if (!(event.target as Element).closest?.(join(FEED.notInterested)) || !settings.get().tips.feed) return;
      void ui().then(
        (loaded) => loaded.thank(),
        () => undefined,
      );
    };
    ctx.addEventListener(document, 'click', onClick, { capture: true, passive: true });
  },
});
