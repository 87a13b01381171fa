import { render } from 'preact';
import paletteCss from '@/components/palette.css?inline';
import reminderCss from '@/components/reminders/reminder.css?inline';
import type { CopyFor } from '@/utils/page-copy';
import type { UiServices } from '../tiktok/ui-contract';
import { createPageLayer, type PageLayer } from './page-layer';

/** How long the thank-you stays: read at a glance, then gone by itself. */
const THANKS_MS = 8_000;

/**
 * The feed's thank-you: one line at the page's edge once the teen used TikTok's own "Not interested",
 * covering nothing and gone by itself. A thank-you, not a lecture: the feed tip does not follow it.
 */
export function createThanksNote({ ctx, settings }: UiServices, copyFor: CopyFor) {
  // Made the first time it is needed: most pages never thank.
  let layer: PageLayer | null = null;
  let cancel = () => {};
  return () => {
    const { messages, theme } = copyFor(settings.get());
    layer ??= createPageLayer(ctx, { name: 'note', css: paletteCss + reminderCss, topLayer: false });
    const shown = layer;
    shown.mount();
    const container = shown.container();
    if (!container) return;
    render(
      <div data-theme={theme}>
        <p class="edge-note" role="status">
          {messages.tips.feed.thanks}
        </p>
      </div>,
      container,
    );
    cancel();
    cancel = ctx.later(() => shown.unmount(), THANKS_MS);
  };
}
