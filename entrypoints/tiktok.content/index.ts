import { defineContentScript } from '#imports';
import { createCell } from '@/utils/content/cell';
import { startFeatures } from '@/utils/content/features';
import { loadPageUi } from '@/utils/content/page-ui';
import { createFrameObserver } from '@/utils/dom-observer';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';
import { follow, loadSettings, watchSettings } from '@/utils/storage';
import type { DetectedView } from '@/utils/views/registry';
import { sendToWorker } from '@/utils/worker/client';
import { ScriptContext } from './script-context';
import type { PageFeature, PageNeed, PageServices } from './services';
import type { LoadedUi, PageUi } from './ui-contract';
import { startViewingSensor } from './viewing-sensor';

/** Every file in features/ is a feature: a new one needs no edit here. */
const FEATURES = Object.values(import.meta.glob<{ default: PageFeature }>('./features/*.ts', { eager: true })).map(
  (module) => module.default,
);

/**
 * The sentinel every TikTok tab runs: the viewing sensor, the shared observer, the detectors and the
 * reminders' decisions. What they show (Preact, the copy, the layers) is the UI file, loaded into this
 * same isolated world the first time a tip or a reminder is due.
 */
export default defineContentScript({
  matches: ['*://*.tiktok.com/*'],
  // TikTok in a frame (its embed player on another site) is counted and limited too.
  allFrames: true,
  runAt: 'document_idle',
  // Styles go straight into each shadow root: no stylesheet fetch, nothing web-accessible.
  cssInjectionMode: 'manual',
  // WXT would otherwise post a start-up message, named after the extension's id, to the page.
  noScriptStartedPostMessage: true,
  // WXT's own context can be switched off by any page script (see script-context.ts): Scrollwise runs on
  // a context of its own.
  async main() {
    const ctx = new ScriptContext('tiktok', {});
    // The document itself, so a page that swaps <html> or <body> is still watched.
    const observer = createFrameObserver(document, (callback) => ctx.frame(callback));
    ctx.onInvalidated(() => observer.disconnect());
    const settings = createCell<Settings>(DEFAULT_SETTINGS);
    const sensor = startViewingSensor(ctx);
    // TikTok's page changes all the time: each change is a chance to send a report a page's stall kept back.
    ctx.onInvalidated(observer.subscribe(() => sensor.check()));
    // One load for the page; one that failed (the worker was restarting) is tried again at the next need.
    let loading: Promise<LoadedUi> | null = null;
    const ui = () => {
      loading ??= loadPageUi<PageUi>(async () => (await sendToWorker({ type: 'scrollwise/load-ui' })).ok)
        .then((page) => page.start({ ctx, observer, sensor, settings }))
        .catch((error: unknown) => {
          loading = null;
          throw error;
        });
      return loading;
    };
    const services: PageServices = { ctx, observer, sensor, settings, openViews: createCell<DetectedView[]>([]), ui };
    // Watched before the first read, so a change made while the page starts up wins over that read.
    const settingsRead = follow({ get: loadSettings, watch: watchSettings }, (loaded) =>
      settings.set(loaded.settings),
    ).then((stop) => ctx.onInvalidated(stop));
    const ready: Record<PageNeed, Promise<unknown>> = { settings: settingsRead };
    await startFeatures(FEATURES, services, ready, ctx.signal, window !== window.top);
  },
});
