import { defineContentScript } from '#imports';
import nudgeCss from '@/components/nudges/nudge.css?inline';
import paletteCss from '@/components/palette.css?inline';
import tipCss from '@/components/tip.css?inline';
import { createFrameObserver } from '@/utils/dom-observer';
import { startNudges } from './nudge-controller';
import { startTips } from './tip-controller';
import { startViewingSensor } from './viewing-sensor';

export default defineContentScript({
  matches: ['*://*.tiktok.com/*'],
  runAt: 'document_idle',
  // Styles go straight into each shadow root: no stylesheet fetch, nothing web-accessible.
  cssInjectionMode: 'manual',
  async main(ctx) {
    const sensor = startViewingSensor(ctx);
    const observer = createFrameObserver(document.documentElement);
    ctx.onInvalidated(() => observer.disconnect());
    try {
      const nudges = await startNudges(ctx, sensor, paletteCss + nudgeCss);
      // A nudge never covers TikTok's report flow or the helpline tip that comes with it.
      await startTips(ctx, observer, paletteCss + tipCss, (views) =>
        nudges.setReportOpen(views.some((view) => view.id === 'report' || view.id === 'report-sent')),
      );
    } catch (error) {
      console.warn('Scrollwise: tips and reminders are unavailable on this page', error);
    }
  },
});
