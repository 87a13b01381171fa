import { dismissedTips, follow, tipShowings } from '@/utils/storage';
import { createTipSession } from '@/utils/tips/session';
import type { Fallback } from '@/utils/views/fallback';
import { type DetectedView, detectViews, mayNeedFallback, viewById } from '@/utils/views/registry';
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
  async start({ ctx, observer, settings, openViews, ui }) {
    const session = createTipSession();
    const { schedule } = observer;
    const follows = [
      follow(dismissedTips, session.setDismissed, schedule),
      follow(tipShowings, session.setShowings, schedule),
    ];
    for (const stop of await Promise.all(follows)) ctx.onInvalidated(stop);
    let presenter: TipPresenter | null = null;
    let lastUrl = '';
    // The fallback layer comes with the UI file: asked for once a page shows what it reads, and waited for
    // (one load, ~50 ms), so a view the hooks half-see never shows the wrong tip first. One that failed
    // leaves the hooks alone until the next page.
    let fallback: Fallback | undefined;
    let waiting: 'no' | 'loading' | 'failed' = 'no';
    const loadFallback = () => {
      waiting = 'loading';
      void ui()
        .then((loaded) => {
          fallback = loaded.fallback;
          waiting = 'no';
        })
        .catch(() => {
          waiting = 'failed';
        })
        .finally(() => observer.schedule());
    };

    /** Draws the session's tip; the first time, once the UI file has come (whatever the session says then). */
    const present = (view: DetectedView) => {
      if (presenter) return presenter.show(view.id);
      void ui().then(
        (loaded) => {
          presenter ??= loaded.tips({ session, showMeTarget: (view) => viewById(view.id).showMeTarget(view.anchor) });
          const current = session.shown();
          if (current) presenter.show(current.id);
        },
        (error) => console.warn('Scrollwise: no tips on this page', error),
      );
    };

    const evaluate = () => {
      lastUrl = location.href;
      const url = new URL(lastUrl);
      if (!fallback && waiting !== 'failed' && mayNeedFallback(url, document, isOnScreen)) {
        if (waiting === 'no') loadFallback();
        return;
      }
      const open: DetectedView[] = detectViews(url, document, isOnScreen, fallback);
      openViews.set(open);
      const step = session.update(open, settings.get(), Date.now());
      for (const id of step.firstSeen)
        void sendToWorker({ type: 'scrollwise/view-seen', view: id }).then((reply) => reply.ok || session.unseen(id));
      if (step.whole) void sendToWorker({ type: 'scrollwise/tip-whole', ...step.whole });
      if (step.hide) presenter?.hide();
      if (step.show) present(step.show);
    };

    ctx.onLocationChange(() => {
      if (waiting === 'failed') waiting = 'no';
      session.newPage();
      observer.schedule();
    });
    // Scrolling moves the anchor; on /setting it also changes which section is in view (the nav follows the scroll).
    const onScroll = () => (isSettingsPage(new URL(location.href)) ? observer.schedule() : presenter?.place());
    ctx.addEventListener(window, 'scroll', onScroll, { capture: true, passive: true });
    ctx.addEventListener(window, 'resize', () => presenter?.place(), { passive: true });
    ctx.onInvalidated(
      observer.subscribe(({ records, forced }) => {
        // The page removed the tip or replaced <body>: back within the frame.
        presenter?.repair();
        const anchors = openViews.get().map((view) => view.anchor);
        // The settings and messages pages are light and their views open late (a section, a request): every
        // node added or removed there is looked at; elsewhere only the changes that can open or close a view.
        const url = new URL(location.href);
        const everyChange =
          (isSettingsPage(url) || isMessagesPage(url)) && records.some((record) => record.type === 'childList');
        if (forced || location.href !== lastUrl || everyChange || mayChangeViews(records, anchors)) evaluate();
        else if (session.shown() && touchesPageTheme(records)) presenter?.paint();
      }),
    );
    // New settings (or policy): a tip whose theme was turned off goes away at the next frame.
    ctx.onInvalidated(settings.watch(() => observer.schedule()));
  },
});
