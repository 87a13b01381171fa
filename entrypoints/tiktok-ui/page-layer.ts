import { render } from 'preact';
import { privateProperties } from '@/utils/content/private-css';
import type { ScriptContext } from '../tiktok/script-context';

/** Keys typed in a layer stay in it: TikTok's shortcuts (space, arrows, L, M…) never see them. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

/** One of Scrollwise's layers on the TikTok page: a host element with a closed shadow root. */
export interface PageLayer {
  mount(): void;
  unmount(): void;
  /** Where Preact renders while mounted; null otherwise. */
  container(): HTMLElement | null;
  /** Names what the layer shows (a tip's view), inside the shadow root where the page cannot read it. */
  label(view: string): void;
  /** Focuses an element inside the layer (a reminder's heading). */
  focus(selector: string): void;
  /**
   * Puts the host back where it belongs if the page removed or moved it; a top-layer host is shown again
   * if the page closed it. `raise`: also brings it above whatever the page put in the top layer since.
   */
  repair(raise?: boolean): void;
  /**
   * The layer is in the page, drawn, and on top at the screen's centre (nothing the page put over it), and
   * the page has not taken it out since the last time this was asked: a page that removes it many times a
   * second is not let off because it happened to be back at the moment of a look.
   */
  seen(): boolean;
}

export interface LayerOptions {
  /** Named inside the shadow root only (tests and the layer's own styles): the page never sees it. */
  name: string;
  css: string;
  /** Drawn in the browser's top layer, above any z-index and any `<dialog>` or popover shown before it. */
  topLayer: boolean;
}

/** Every layer's host: its coming and going is Scrollwise's, not the page's (`isLayerHost`). */
const hosts = new WeakSet<Node>();
export const isLayerHost = (node: Node): boolean => hosts.has(node);

/**
 * Creates a layer. The host is a plain `<div>`: a custom element's name is the page's to define first
 * (with shadow roots disabled), and would name the product to the page. The shadow root is closed, so the
 * page's scripts cannot reach into it (read the text, click the buttons), and `:host { all: initial }`
 * keeps the page's styles out. The host hangs from `<html>`, not `<body>`, so a page that removes, swaps,
 * hides or duplicates `<body>` does not take it along. The content stays rendered while the host is out of
 * the page, so a repair is one append.
 */
export function createPageLayer(ctx: ScriptContext, { name, css, topLayer }: LayerOptions): PageLayer {
  const host = document.createElement('div');
  hosts.add(host);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = privateProperties(`:host{all:initial !important}\n${css}`);
  const root = document.createElement('div');
  root.dataset.layer = name;
  shadow.append(style, root);
  for (const type of ISOLATED_EVENTS) shadow.addEventListener(type, (event) => event.stopPropagation());
  let mounted = false;
  /** The page took the host out, or closed its popover, since the last `seen()`. */
  let fought = false;

  const show = () => {
    if (!topLayer || !host.isConnected) return;
    // The page may have changed the attribute (an `auto` popover closes on a click elsewhere).
    if (host.getAttribute('popover') !== 'manual') host.setAttribute('popover', 'manual');
    // A page can make the call throw (a `beforetoggle` listener that moves the host): the host is still
    // drawn at the top of the page's own stacking, and `seen()` tells whether it wins.
    try {
      if (!host.matches(':popover-open')) host.showPopover();
    } catch {}
  };
  /** Whatever the page put in the top layer after the reminder: full-screen ends, its modal dialogs close. */
  const clearTopLayer = () => {
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    for (const dialog of document.querySelectorAll('dialog')) if (dialog.matches(':modal')) dialog.close();
    try {
      if (host.matches(':popover-open')) host.hidePopover();
    } catch {}
  };
  const unmount = () => {
    if (!mounted) return;
    mounted = false;
    render(null, root);
    host.remove();
  };
  ctx.onInvalidated(unmount);
  const repair = (raise = false) => {
    const html = document.documentElement;
    if (!mounted || !html) return;
    // A raise follows a look that already counted what it finds: only repairs between looks are news.
    const undone = host.parentNode !== html || (topLayer && !host.matches(':popover-open'));
    fought ||= undone && !raise;
    if (host.parentNode !== html) html.append(host);
    if (raise && topLayer) clearTopLayer();
    show();
  };
  return {
    mount() {
      mounted = true;
      repair();
      // Putting it in the page is ours, not the page's doing.
      fought = false;
    },
    unmount,
    container: () => (mounted ? root : null),
    label: (view) => {
      // The same view's tip beside the next video: an attribute set again restyles the whole layer.
      if (root.dataset.view !== view) root.dataset.view = view;
    },
    focus: (selector) => shadow.querySelector<HTMLElement>(selector)?.focus(),
    repair,
    seen: () => {
      const untouched = !fought;
      fought = false;
      return (
        untouched &&
        host.isConnected &&
        (!topLayer || host.matches(':popover-open')) &&
        host.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
        document.elementFromPoint(innerWidth / 2, innerHeight / 2) === host
      );
    },
  };
}
