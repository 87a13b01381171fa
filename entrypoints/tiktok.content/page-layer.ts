import { render } from 'preact';
import type { ScriptContext } from './script-context';

/** Keys typed in a layer stay in it: TikTok's shortcuts (space, arrows, L, M…) never see them. */
const ISOLATED_EVENTS = ['keydown', 'keyup', 'keypress'] as const;

/** One of Scrollwise's layers on the TikTok page: a host element with a closed shadow root. */
export interface PageLayer {
  mount(): void;
  unmount(): void;
  /** Where Preact renders while mounted; null otherwise. */
  container(): HTMLElement | null;
  host: HTMLElement;
  /** Focuses an element inside the layer (a reminder's heading). */
  focus(selector: string): void;
  /** Puts the host back where it belongs if the page removed it or replaced `<body>`. */
  repair(): void;
  /** The layer is in the page, drawn, and on top at the screen's centre (nothing the page put over it). */
  seen(): boolean;
}

/**
 * Creates a layer. The shadow root is closed, so the page's scripts cannot reach into it (read the text,
 * click the buttons, remove the reminder), and `:host { all: initial }` keeps the page's styles out. The
 * content stays rendered while the host is out of the page, so a repair is one append.
 */
export function createPageLayer(ctx: ScriptContext, name: string, css: string): PageLayer {
  const host = document.createElement(name);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = `:host{all:initial !important}\n${css}`;
  const root = document.createElement('div');
  shadow.append(style, root);
  for (const type of ISOLATED_EVENTS) shadow.addEventListener(type, (event) => event.stopPropagation());
  let mounted = false;

  const unmount = () => {
    if (!mounted) return;
    mounted = false;
    render(null, root);
    host.remove();
  };
  ctx.onInvalidated(unmount);
  return {
    mount() {
      mounted = true;
      document.body.append(host);
    },
    unmount,
    container: () => (mounted ? root : null),
    host,
    focus: (selector) => shadow.querySelector<HTMLElement>(selector)?.focus(),
    repair() {
      if (mounted && document.body && host.parentNode !== document.body) document.body.append(host);
    },
    seen: () =>
      host.isConnected &&
      host.checkVisibility({ opacityProperty: true, visibilityProperty: true }) &&
      document.elementFromPoint(innerWidth / 2, innerHeight / 2) === host,
  };
}
