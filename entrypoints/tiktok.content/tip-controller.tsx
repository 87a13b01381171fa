import { render } from 'preact';
import { TipLayer } from '@/components/TipLayer';
import { TIPS } from '@/components/tips/registry';
import type { FrameObserver } from '@/utils/dom-observer';
import { helplineFor, resolveCountry } from '@/utils/helplines';
import { messagesFor } from '@/utils/i18n';
import { resolveLanguage } from '@/utils/language';
import { pageTheme } from '@/utils/page-theme';
import { placeTip } from '@/utils/placement';
import type { Settings } from '@/utils/settings';
import { loadDismissedTips, watchDismissedTips } from '@/utils/storage';
import { selectTip } from '@/utils/tip-selection';
import { type DetectedView, detectViews, VIEW_IDS, type ViewId, viewById } from '@/utils/views/registry';
import { join, PROTECTED_CONTROLS, SETTINGS } from '@/utils/views/selectors';
import { isOnScreen } from '@/utils/views/shared/on-screen';
import { mayChangeViews, touchesPageTheme } from '@/utils/views/shared/relevance';
import { isSettingsPage } from '@/utils/views/shared/settings-section';
import { sendToWorker } from '@/utils/worker-client';
import { createPageLayer, type PageLayer } from './page-layer';
import type { ScriptContext } from './script-context';

const SPOTLIGHT_MS = 4_000;
/** What a tip must never cover: TikTok's submit buttons, the comment box, the settings nav and switches. */
const AVOID = join([...PROTECTED_CONTROLS, ...SETTINGS.nav, ...SETTINGS.toggle]);

interface Shown {
  view: DetectedView;
  ui: PageLayer;
  /** Per-view work (spotlight timers); aborted when the view closes or the URL moves. */
  work: AbortController;
  spotlight: Element | null;
}

/**
 * Shows the tip for the open TikTok view. One evaluation per animation frame, driven by the shared DOM
 * observer: detect the views, pick the tip, then mount, move or remove it.
 */
export async function startTips(
  ctx: ScriptContext,
  observer: FrameObserver,
  css: string,
  initial: Settings,
  onViews: (views: DetectedView[]) => void = () => undefined,
) {
  let settings = initial;
  // Watched before it is read: a tip turned off in another tab while this one starts up stays off.
  let dismissed: ViewId[] = [];
  let dismissalsChanged = false;
  ctx.onInvalidated(
    watchDismissedTips((views) => {
      dismissed = views;
      dismissalsChanged = true;
      observer.schedule();
    }),
  );
  const storedDismissals = await loadDismissedTips();
  if (!dismissalsChanged) dismissed = storedDismissals;
  const closedHere = new Set<ViewId>();
  const seenHere = new Set<ViewId>();
  let shown: Shown | null = null;
  let open: DetectedView[] = [];
  let lastUrl = '';

  // Created up front so that mounting on detection is synchronous: the tip shows in the frame its view does.
  const uis = new Map<ViewId, PageLayer>();
  for (const id of VIEW_IDS) {
    const layer = await createPageLayer(ctx, 'scrollwise-tip', css);
    layer.host.dataset.view = id;
    uis.set(id, layer);
  }

  // Read once: building a DateTimeFormat is slow, and the zone only picks a default helpline.
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

  const renderTip = () => {
    if (!shown) return;
    const { view } = shown;
    const container = shown.ui.container();
    if (!container) return;
    const language = resolveLanguage(settings.language, document.documentElement.lang, navigator.languages);
    const messages = messagesFor(language);
    const country = resolveCountry(settings.helplineCountry, navigator.languages, timeZone);
    const Tip = TIPS[view.id];
    const target = shown.spotlight;
    render(
      <TipLayer
        theme={pageTheme(document, matchMedia('(prefers-color-scheme: dark)').matches)}
        spotlight={target?.isConnected ? target.getBoundingClientRect() : null}
        announcement={`${messages.tip.label}: ${messages.tips[view.id].title}`}
      >
        <Tip
          messages={messages}
          language={language}
          helpline={helplineFor(country)}
          onShowMe={() => showMe()}
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
  let placing = 0;
  const schedulePlacement = () => {
    if (placing !== 0) return;
    placing = requestAnimationFrame(() => {
      placing = 0;
      const container = shown?.ui.container();
      if (!container) return;
      if (shown?.spotlight) renderTip();
      place(container);
    });
  };

  const paint = () => {
    renderTip();
    schedulePlacement();
  };

  const place = (container: HTMLElement) => {
    if (!shown) return;
    const frame = container.querySelector<HTMLElement>('.frame');
    if (!frame) return;
    const size = frame.getBoundingClientRect();
    const avoid = [...document.querySelectorAll(AVOID)]
      .map((element) => element.getBoundingClientRect())
      .filter((box) => box.width > 0 && box.height > 0);
    const spot = placeTip(
      shown.view.anchor.getBoundingClientRect(),
      size,
      { width: innerWidth, height: innerHeight },
      avoid,
    );
    frame.style.left = `${Math.round(spot.left)}px`;
    frame.style.top = `${Math.round(spot.top)}px`;
    frame.dataset.placed = '';
  };

  const showMe = () => {
    if (!shown) return;
    const current = shown;
    const target = viewById(current.view.id).showMeTarget(current.view.anchor);
    if (!target) return;
    target.scrollIntoView({
      block: 'nearest',
      behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth',
    });
    current.spotlight = target;
    paint();
    const timer = setTimeout(() => {
      current.spotlight = null;
      if (shown === current) paint();
    }, SPOTLIGHT_MS);
    current.work.signal.addEventListener('abort', () => clearTimeout(timer), { once: true });
  };

  const unmount = () => {
    if (!shown) return;
    shown.work.abort();
    shown.ui.unmount();
    shown = null;
  };

  const close = (forever: boolean) => {
    if (!shown) return;
    const id = shown.view.id;
    closedHere.add(id);
    unmount();
    if (forever) {
      dismissed = [...dismissed, id];
      sendToWorker({ type: 'scrollwise/dismiss-tip', view: id }).then(
        (reply) => reply.ok || console.warn('Scrollwise: could not save the dismissal', reply.error),
      );
    }
  };

  const evaluate = () => {
    lastUrl = location.href;
    const views = detectViews(new URL(lastUrl), document, isOnScreen);
    open = views;
    onViews(views);
    for (const { id } of views) {
      if (seenHere.has(id)) continue;
      seenHere.add(id);
      sendToWorker({ type: 'scrollwise/view-seen', view: id }).then((reply) => reply.ok || seenHere.delete(id));
    }
    for (const id of closedHere) if (!views.some((view) => view.id === id)) closedHere.delete(id);
    const chosen = selectTip(views, settings, dismissed, closedHere);
    if (shown && shown.view.id !== chosen?.id) unmount();
    if (!chosen) return;
    if (shown) {
      shown.view = chosen;
      paint();
      return;
    }
    const ui = uis.get(chosen.id);
    if (!ui) return;
    ui.mount();
    shown = { view: chosen, ui, work: new AbortController(), spotlight: null };
    paint();
  };

  ctx.onInvalidated(unmount);
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    // Per-view work belongs to the page it started on.
    if (shown) {
      shown.work.abort();
      shown.work = new AbortController();
      shown.spotlight = null;
    }
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
      shown?.ui.repair();
      if (
        forced ||
        location.href !== lastUrl ||
        mayChangeViews(
          records,
          open.map((view) => view.anchor),
        )
      )
        evaluate();
      else if (shown && touchesPageTheme(records)) paint();
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
