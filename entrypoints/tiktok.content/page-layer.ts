import { render } from 'preact';
import { createShadowRootUi } from '#imports';
import type { ScriptContext } from './script-context';

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
}

/**
 * Creates a layer. The shadow root is closed, so the page's scripts cannot reach into it (read the text,
 * click the buttons, remove the reminder), and keys typed inside it do not bubble out to TikTok's
 * shortcuts. The content stays rendered while the host is out of the page, so a repair is one append.
 */
export async function createPageLayer(ctx: ScriptContext, name: string, css: string): Promise<PageLayer> {
  let container: HTMLElement | null = null;
  const ui = await createShadowRootUi(ctx, {
    name,
    mode: 'closed',
    isolateEvents: true,
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css,
    onMount: (element) => {
      container = element;
      return element;
    },
    onRemove: (element) => {
      // WXT empties the container next: unmount Preact's tree first so its state stays consistent.
      if (element) render(null, element);
      container = null;
    },
  });
  return {
    mount: () => ui.mount(),
    unmount: () => ui.remove(),
    container: () => container,
    host: ui.shadowHost,
    focus: (selector) => ui.shadow.querySelector<HTMLElement>(selector)?.focus(),
    repair() {
      if (container && document.body && ui.shadowHost.parentNode !== document.body) document.body.append(ui.shadowHost);
    },
  };
}
