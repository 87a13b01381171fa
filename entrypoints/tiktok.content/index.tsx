import { defineContentScript } from '#imports';
import tipCss from '@/components/tip.css?inline';
import { createFrameObserver } from '@/utils/dom-observer';
import { startTips } from './tip-controller';
import { startViewingSensor } from './viewing-sensor';

export default defineContentScript({
  matches: ['*://*.tiktok.com/*'],
  runAt: 'document_idle',
  // Styles go straight into each tip's shadow root: no stylesheet fetch, nothing web-accessible.
  cssInjectionMode: 'manual',
  async main(ctx) {
    startViewingSensor(ctx);
    const observer = createFrameObserver(document.documentElement);
    ctx.onInvalidated(() => observer.disconnect());
    try {
      await startTips(ctx, observer, tipCss);
    } catch (error) {
      console.warn('Scrollwise: tips are unavailable on this page', error);
    }
  },
});
