import { render } from 'preact';
import paletteCss from '@/components/palette.css?inline';
import tipCss from '@/components/tip.css?inline';
import { ShownTip } from '@/components/tips/ShownTip';
import { placeFrame } from '@/utils/placement';
import { dismissedTips, follow, tipShowings } from '@/utils/storage';
import { createTipSession, SPOTLIGHT_MS } from '@/utils/tips/session';
import { type DetectedView, detectViews, viewById } from '@/utils/views/registry';
import { isOnScreen } from '@/utils/views/shared/on-screen';
import { mayChangeViews, touchesPageTheme } from '@/utils/views/shared/relevance';
import { isSettingsPage } from '@/utils/views/shared/settings-section';
import { sendToWorker } from '@/utils/worker/client';
import { createPageLayer } from '../page-layer';
import { defineFeature } from '../services';

/**
 * The tips: one evaluation per animation frame, driven by the shared DOM observer, detects the views on
 * screen and applies what the tip session decides. One layer, created up front and shared by every view,
 * so a tip mounts in the frame its view appears in.
 */
export default defineFeature({
  id: 'tips',
  needs: ['settings', 'helpline'],
  frames: 'top',
  async start({ ctx, observer, settings, copyFor, openViews }) {
    const session = createTipSession();
    const { schedule } = observer;
    const follows = [
      follow(dismissedTips, session.setDismissed, schedule),
      follow(tipShowings, session.setShowings, schedule),
    ];
    for (const stop of await Promise.all(follows)) ctx.onInvalidated(stop);
    const layer = createPageLayer(ctx, { name: 'tip', css: paletteCss + tipCss, topLayer: false });
    let lastUrl = '';

    const renderTip = () => {
      const view = session.shown();
      const container = layer.container();
      if (!view || !container) return;
      const spotlight = session.spotlight(Date.now())?.getBoundingClientRect() ?? null;
      const handlers = { onUnfold: unfold, onShowMe: showMe, onClose: close };
      const copy = copyFor(settings.get());
      render(<ShownTip view={view.id} {...{ copy, spotlight, ...handlers }} folded={session.folded()} />, container);
    };

    // Placing reads layout, so it waits for the next animation frame, where the browser lays the page out
    // anyway: the card is placed before that frame is painted, and TikTok's own work is not slowed by it.
    let placing = false;
    const schedulePlacement = () => {
      if (placing) return;
      placing = true;
      ctx.frame(() => {
        placing = false;
        const view = session.shown();
        const frame = layer.container()?.querySelector<HTMLElement>('.frame');
        if (!view || !frame) return;
        // The spotlight follows its control as the page scrolls.
        if (session.spotlight(Date.now())) renderTip();
        placeFrame(frame, view.anchor, session, renderTip);
      });
    };
    const paint = () => {
      renderTip();
      schedulePlacement();
    };

    /** The teen opened the chip: the whole tip, placed as well as it can be (they asked for it). */
    const unfold = () => {
      session.unfold();
      paint();
    };

    const showMe = () => {
      const view = session.shown();
      const target = view && viewById(view.id).showMeTarget(view.anchor);
      if (!target) return;
      const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
      target.scrollIntoView({ block: 'nearest', behavior: reduced ? 'auto' : 'smooth' });
      session.spotlightOn(target, Date.now());
      paint();
      // The spotlight's end is read from the session at the next paint.
      ctx.later(paint, SPOTLIGHT_MS);
    };

    const close = (forever: boolean) => {
      const id = session.close(forever);
      layer.unmount();
      if (id && forever)
        void sendToWorker({ type: 'scrollwise/dismiss-tip', view: id }).then(
          (reply) => reply.ok || console.warn('Scrollwise: could not save the dismissal', reply.error),
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
      if (step.hide) layer.unmount();
      if (!step.show) return;
      layer.label(step.show.id);
      if (!layer.container()) layer.mount();
      paint();
    };

    ctx.onInvalidated(() => layer.unmount());
    ctx.onLocationChange(() => {
      session.newPage();
      observer.schedule();
    });
    // Scrolling moves the anchor; on /setting it also changes which section is in view (the nav follows the scroll).
    const onScroll = () => (isSettingsPage(new URL(location.href)) ? observer.schedule() : schedulePlacement());
    ctx.addEventListener(window, 'scroll', onScroll, { capture: true, passive: true });
    ctx.addEventListener(window, 'resize', schedulePlacement, { passive: true });
    ctx.onInvalidated(
      observer.subscribe(({ records, forced }) => {
        // The page removed the tip or replaced <body>: back within the frame.
        layer.repair();
        const anchors = openViews.get().map((view) => view.anchor);
        if (forced || location.href !== lastUrl || mayChangeViews(records, anchors)) evaluate();
        else if (session.shown() && touchesPageTheme(records)) paint();
      }),
    );
    // New settings (or policy): a tip whose theme was turned off goes away at the next frame.
    ctx.onInvalidated(settings.watch(() => observer.schedule()));
  },
});
