import { render } from 'preact';
import { TipLayer } from '@/components/TipLayer';
import { TIPS } from '@/components/tips/registry';
import type { FrameObserver } from '@/utils/dom-observer';
import { placeTip } from '@/utils/placement';
import type { Settings } from '@/utils/settings';
import { dismissedTips, type Readable, tipShowings } from '@/utils/storage';
import { createTipSession, SPOTLIGHT_MS } from '@/utils/tips/session';
import { type DetectedView, detectViews, viewById } from '@/utils/views/registry';
import { join, PROTECTED_CONTROLS } from '@/utils/views/selectors';
import { isOnScreen } from '@/utils/views/shared/on-screen';
import { mayChangeViews, touchesPageTheme } from '@/utils/views/shared/relevance';
import { isSettingsPage } from '@/utils/views/shared/settings-section';
import { sendToWorker } from '@/utils/worker/client';
import type { CopyFor } from './page-copy';
import { createPageLayer } from './page-layer';
import type { ScriptContext } from './script-context';

/** What a tip must never cover (see PROTECTED_CONTROLS). */
const AVOID = join(PROTECTED_CONTROLS);

/**
 * Wires the tips to the page: one evaluation per animation frame, driven by the shared DOM observer,
 * detects the views on screen and applies what the tip session decides. One layer, created up front and
 * shared by every view, so a tip mounts in the frame its view appears in.
 */
export async function startTips(
  ctx: ScriptContext,
  observer: FrameObserver,
  css: string,
  initial: Settings,
  copyFor: CopyFor,
  onViews: (views: DetectedView[]) => void = () => undefined,
) {
  let settings = initial;
  const session = createTipSession();
  // Watched before it is read: a tip turned off in another tab while this one starts up stays off.
  const follow = async <T,>(item: Readable<T>, apply: (value: T) => void) => {
    let changed = false;
    ctx.onInvalidated(
      item.watch((value) => {
        apply(value);
        changed = true;
        observer.schedule();
      }),
    );
    const stored = await item.get();
    if (!changed) apply(stored);
  };
  await Promise.all([follow(dismissedTips, session.setDismissed), follow(tipShowings, session.setShowings)]);
  const layer = createPageLayer(ctx, 'scrollwise-tip', css);
  let open: DetectedView[] = [];
  let lastUrl = '';

  const renderTip = () => {
    const view = session.shown();
    const container = layer.container();
    if (!view || !container) return;
    const { messages, language, helpline, theme } = copyFor(settings);
    const Tip = TIPS[view.id];
    render(
      <TipLayer
        theme={theme}
        spotlight={session.spotlight(Date.now())?.getBoundingClientRect() ?? null}
        announcement={`${messages.tip.label}: ${messages.tips[view.id].title}`}
        chip={session.folded() ? { label: messages.tips[view.id].chip, onOpen: unfold } : null}
      >
        <Tip
          messages={messages}
          language={language}
          helpline={helpline}
          onShowMe={showMe}
          onClose={() => close(false)}
          onNever={() => close(true)}
        />
      </TipLayer>,
      container,
    );
  };

  /**
   * Placing reads layout, so it waits for the next animation frame, where the browser lays the page out
   * anyway: the card is placed before that frame is painted, and TikTok's own work is not slowed by it.
   */
  let placing = false;
  const schedulePlacement = () => {
    if (placing) return;
    placing = true;
    ctx.requestAnimationFrame(() => {
      placing = false;
      const view = session.shown();
      const frame = layer.container()?.querySelector<HTMLElement>('.frame');
      if (!view || !frame) return;
      // The spotlight follows its control as the page scrolls.
      if (session.spotlight(Date.now())) renderTip();
      const avoid = [...document.querySelectorAll(AVOID)]
        .map((element) => element.getBoundingClientRect())
        .filter((box) => box.width > 0 && box.height > 0);
      const place = () =>
        placeTip(
          view.anchor.getBoundingClientRect(),
          frame.getBoundingClientRect(),
          { width: innerWidth, height: innerHeight },
          avoid,
        );
      // The whole card first, each time: the room may have come back. Both renders happen before the
      // browser paints this frame, so the teen never sees the card the chip replaces.
      if (session.folded()) {
        session.retryRoom();
        renderTip();
      }
      let spot = place();
      if (!spot.clear) {
        // No room for the whole card that covers none of TikTok's controls: a chip takes less.
        session.foldForRoom();
        if (session.folded()) {
          renderTip();
          spot = place();
        }
      }
      frame.style.left = `${Math.round(spot.left)}px`;
      frame.style.top = `${Math.round(spot.top)}px`;
      frame.dataset.placed = '';
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
    target.scrollIntoView({
      block: 'nearest',
      behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
    });
    session.spotlightOn(target, Date.now());
    paint();
    // The spotlight's end is read from the session at the next paint.
    ctx.setTimeout(paint, SPOTLIGHT_MS);
  };

  const close = (forever: boolean) => {
    const id = session.close(forever);
    layer.unmount();
    if (id && forever)
      sendToWorker({ type: 'scrollwise/dismiss-tip', view: id }).then(
        (reply) => reply.ok || console.warn('Scrollwise: could not save the dismissal', reply.error),
      );
  };

  const evaluate = () => {
    lastUrl = location.href;
    open = detectViews(new URL(lastUrl), document, isOnScreen);
    onViews(open);
    const step = session.update(open, settings, Date.now());
    for (const id of step.firstSeen)
      sendToWorker({ type: 'scrollwise/view-seen', view: id }).then((reply) => reply.ok || session.unseen(id));
    if (step.whole) sendToWorker({ type: 'scrollwise/tip-whole', ...step.whole });
    if (step.hide) layer.unmount();
    if (!step.show) return;
    layer.host.dataset.view = step.show.id;
    if (!layer.container()) layer.mount();
    paint();
  };

  ctx.onInvalidated(() => layer.unmount());
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    session.newPage();
    observer.schedule();
  });
  // Scrolling moves the anchor; on /setting it also changes which section is in view (the nav follows the scroll).
  ctx.addEventListener(
    window,
    'scroll',
    () => (isSettingsPage(new URL(location.href)) ? observer.schedule() : schedulePlacement()),
    { capture: true, passive: true },
  );
  ctx.addEventListener(window, 'resize', schedulePlacement, { passive: true });
  ctx.onInvalidated(
    observer.subscribe(({ records, forced }) => {
      // The page removed the tip or replaced <body>: back within the frame.
      layer.repair();
      const anchors = open.map((view) => view.anchor);
      if (forced || location.href !== lastUrl || mayChangeViews(records, anchors)) evaluate();
      else if (session.shown() && touchesPageTheme(records)) paint();
    }),
  );

  return {
    /** New settings (or policy): a tip whose theme was turned off goes away at the next frame. */
    setSettings(next: Settings) {
      settings = next;
      observer.schedule();
    },
  };
}
