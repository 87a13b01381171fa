import { dismissedTips, follow, tipShowings } from '@/utils/storage';
import { createTipSession } from '@/utils/tips/session';
import { type DetectedView, detectViews, viewById } from '@/utils/views/registry';
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
      const open: DetectedView[] = detectViews(new URL(lastUrl), document, isOnScreen);
      openViews.set(open);
      const step = session.update(open, settings.get(), Date.now());
      for (const id of step.firstSeen)
        void sendToWorker({ type: 'scrollwise/view-seen', view: id }).then((reply) => reply.ok || session.unseen(id));
      if (step.whole) void sendToWorker({ type: 'scrollwise/tip-whole', ...step.whole });
      if (step.hide) presenter?.hide();
      if (step.show) present(step.show);
    };

    ctx.onLocationChange(() => {
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
        if (forced || location.href !== lastUrl || mayChangeViews(records, anchors)) evaluate();
        else if (session.shown() && touchesPageTheme(records)) presenter?.paint();
      }),
    );
    // New settings (or policy): a tip whose theme was turned off goes away at the next frame.
    ctx.onInvalidated(settings.watch(() => observer.schedule()));
  },
});
