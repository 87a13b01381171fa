import { render } from 'preact';
import paletteCss from '@/components/palette.css?inline';
import tipCss from '@/components/tip.css?inline';
import { ShownTip } from '@/components/tips/ShownTip';
import type { CopyFor } from '@/utils/page-copy';
import { placeFrame } from '@/utils/placement';
import type { TipSession } from '@/utils/tips/session';
import type { DetectedView, ViewId } from '@/utils/views/registry';
import { createProtectedControls } from '@/utils/views/shared/protected';
import { sendToWorker } from '@/utils/worker/client';
import type { UiServices } from '../tiktok/ui-contract';
import { createPageLayer, isLayerHost } from './page-layer';

/** The tip session decides; the presenter draws what it decided, and hands the teen's choices back. */
interface TipDeps {
  session: TipSession;
  /** TikTok's control a tip's "Show me" highlights. */
  showMeTarget(view: DetectedView): Element | null;
  /** Reads again whether a scroll's frames are followed: once the teen closed the tip, they are not. */
  followFrames(): void;
}

export interface TipPresenter {
  /** The session's tip, under its view's name: mounted if it was not, painted and placed. */
  show(view: ViewId): void;
  /** Painted again (the copy, the theme or the spotlight changed) and placed. */
  paint(): void;
  /** Placed again (the page scrolled or resized). */
  place(): void;
  hide(): void;
  /** The page changed (the shared observer's report): back in the page if the page removed it. */
  pageChanged(records: readonly MutationRecord[], forced: boolean): void;
}

/**
 * Draws the tip the tip session chose: one layer shared by every view, painted with the page's
 * copy and theme, placed clear of TikTok's controls; "Show me" and closing are handled here.
 */
export function createTipPresenter(
  { ctx, settings }: UiServices,
  copyFor: CopyFor,
  { session, showMeTarget, followFrames }: TipDeps,
): TipPresenter {
  const layer = createPageLayer(ctx, { name: 'tip', css: paletteCss + tipCss, topLayer: false });
  const controls = createProtectedControls(document, isLayerHost);

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
  const place = () => {
    if (placing) return;
    placing = true;
    ctx.frame(() => {
      placing = false;
      const view = session.shown();
      const frame = layer.container()?.querySelector<HTMLElement>('.frame');
      if (!view || !frame) return;
      // The spotlight follows its control as the page scrolls.
      if (session.spotlight(Date.now())) renderTip();
      placeFrame(frame, view.anchor, controls, session, renderTip);
    });
  };
  const paint = () => {
    renderTip();
    place();
  };

  /** The teen opened the chip: the whole tip, placed as well as it can be (they asked for it). */
  const unfold = () => {
    session.unfold();
    paint();
  };

  const showMe = () => {
    const view = session.shown();
    const target = view && showMeTarget(view);
    if (!target) return;
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    target.scrollIntoView({ block: 'nearest', behavior: reduced ? 'auto' : 'smooth' });
    const lasts = session.spotlightOn(target, Date.now());
    paint();
    // The spotlight's end is read from the session at the next paint.
    ctx.later(paint, lasts);
  };

  const close = (forever: boolean) => {
    const id = session.close(forever);
    layer.unmount();
    followFrames();
    if (id && forever)
      void sendToWorker({ type: 'scrollwise/dismiss-tip', view: id }).then(
        (reply) => reply.ok || console.warn('Scrollwise: could not save the dismissal', reply.error),
      );
  };

  return {
    show(view) {
      layer.label(view);
      if (!layer.container()) layer.mount();
      paint();
    },
    paint,
    place,
    hide: () => layer.unmount(),
    pageChanged(records, forced) {
      layer.repair();
      controls.pageChanged(records, forced);
    },
  };
}
