import { createFallbackLoader } from '@/utils/content/fallback-loader';
import { dismissedTips, follow, tipShowings } from '@/utils/storage';
import { createTipSession } from '@/utils/tips/session';
import { type DetectedView, detectViews, isRipe, mayNeedFallback, viewById } from '@/utils/views/registry';
import { FEED, join } from '@/utils/views/selectors';
import { isMessagesPage } from '@/utils/views/shared/messages-page';
import { isOnScreen } from '@/utils/views/shared/on-screen';
import { mayChangeViews, touchesPageTheme } from '@/utils/views/shared/relevance';
import { isSettingsPage } from '@/utils/views/shared/settings-section';
import { sendToWorker } from '@/utils/worker/client';
import { defineFeature } from '../services';
import type { TipPresenter } from '../ui-contract';

/**
 * The tips: one evaluation per animation frame, driven by the shared DOM observer, detects the views on
 * screen and applies what the tip session decides. The presenter that draws them comes with the UI file,
 * loaded the first time a tip is due; from then on a tip mounts in the frame its view appears in.
 */
export default defineFeature({
  id: 'tips',
  needs: ['settings'],
  frames: 'top',
  async start({ ctx, observer, settings, openViews, stretchMs, ui }) {
    const session = createTipSession();
    const { schedule } = observer;
    const follows = [
      follow(dismissedTips, session.setDismissed, schedule),
      follow(tipShowings, session.setShowings, schedule),
    ];
    for (const stop of await Promise.all(follows)) ctx.onInvalidated(stop);
    let presenter: TipPresenter | null = null;
    let lastUrl = '';
    /** The settings and messages pages are light and their views open late (a section, a request). */
    let lightPage = false;
    let thanked = false;
    const fallbacks = createFallbackLoader(async () => (await ui()).fallback, observer.schedule);

    /** Draws the session's tip; the first time, once the UI file has come (whatever the session says then). */
    const present = (view: DetectedView) => {
      if (presenter) return presenter.show(view.id);
      void ui().then(
        (loaded) => {
          presenter ??= loaded.tips({
            session,
            showMeTarget: (view) => viewById(view.id).showMeTarget?.(view.anchor) ?? null,
          });
          const current = session.shown();
          if (current) presenter.show(current.id);
        },
        (error) => console.warn('Scrollwise: no tips on this page', error),
      );
    };

    const evaluate = () => {
      lastUrl = location.href;
      lightPage = isSettingsPage(location) || isMessagesPage(location);
      const fallback = fallbacks.forPage(() => mayNeedFallback(location, document, isOnScreen));
      if (fallback === null) return;
      // A view that waits for a stretch of watching (the feed's) is not open before it; once thanked, not again.
      const open = detectViews(
        location,
        document,
        isOnScreen,
        fallback,
        (id) => isRipe(id, stretchMs.get()) && !(thanked && id === 'feed'),
      );
      openViews.set(open);
      const step = session.update(open, settings.get(), Date.now());
      for (const id of step.firstSeen)
        void sendToWorker({ type: 'scrollwise/view-seen', view: id }).then((reply) => reply.ok || session.unseen(id));
      if (step.whole) void sendToWorker({ type: 'scrollwise/tip-whole', ...step.whole });
      if (step.hide) presenter?.hide();
      if (step.show) present(step.show);
    };

    ctx.onLocationChange(() => {
      fallbacks.newPage();
      session.newPage();
      observer.schedule();
    });
    // Scrolling moves the anchor; on /setting it also changes which section is in view (the nav follows the
    // scroll), and on the feed which video is playing.
    const onScroll = () =>
      isSettingsPage(location) || session.shown()?.id === 'feed' ? observer.schedule() : presenter?.place();
    ctx.addEventListener(window, 'scroll', onScroll, { capture: true, passive: true });
    ctx.addEventListener(window, 'resize', () => presenter?.place(), { passive: true });
    ctx.onInvalidated(
      observer.subscribe(({ records, forced }) => {
        // The page removed the tip or replaced <body>: back within the frame.
        presenter?.repair();
        // On a light page every node added or removed is looked at; elsewhere (a feed adding thousands of
        // videos) only the changes that can open or close a view. The address is parsed once per page.
        if (
          forced ||
          location.href !== lastUrl ||
          (lightPage && records.some((record) => record.type === 'childList')) ||
          mayChangeViews(
            records,
            openViews.get().map((view) => view.anchor),
          )
        )
          evaluate();
        else if (session.shown() && touchesPageTheme(records)) presenter?.paint();
      }),
    );
    // A stretch that reaches a view's wait opens it: looked at again with each figure the worker sends (one
    // per heartbeat while the teen watches, none while the page idles).
    ctx.onInvalidated(stretchMs.watch(() => observer.schedule()));
    // TikTok's own "Not interested", used: a one-line thank-you instead of the feed tip, on this page.
    const onClick = (event: Event) => {
      if (!(event.target as Element).closest?.(join(FEED.notInterested)) || !settings.get().tips.feed) return;
      thanked = true;
      observer.schedule();
      void ui().then(
        (loaded) => loaded.thank(),
        () => undefined,
      );
    };
    ctx.addEventListener(document, 'click', onClick, { capture: true, passive: true });
    // New settings (or policy): a tip whose theme was turned off goes away at the next frame.
    ctx.onInvalidated(settings.watch(() => observer.schedule()));
  },
});
