import { defineContentScript } from '#imports';
import { createCell } from '@/utils/content/cell';
import { startFeatures } from '@/utils/content/features';
import { createFrameObserver } from '@/utils/dom-observer';
import { createPageCopy } from '@/utils/page-copy';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';
import { follow, loadSettings, watchSettings } from '@/utils/storage';
import type { DetectedView } from '@/utils/views/registry';
import { ScriptContext } from './script-context';
import type { PageFeature, PageNeed, PageServices } from './services';
import { startViewingSensor } from './viewing-sensor';

/** Every file in features/ is a feature: a new one needs no edit here. */
const FEATURES = Object.values(
  import.meta.glob<{ default: PageFeature }>('./features/*.{ts,tsx}', { eager: true }),
).map((module) => module.default);

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
    const page = createPageCopy();
    const settings = createCell<Settings>(DEFAULT_SETTINGS);
    const sensor = startViewingSensor(ctx);
    // TikTok's page changes all the time: each change is a chance to send a report a page's stall kept back.
    ctx.onInvalidated(observer.subscribe(() => sensor.check()));
    const services: PageServices = {
      ctx,
      observer,
      sensor,
      settings,
      copyFor: page.copyFor,
      openViews: createCell<DetectedView[]>([]),
    };
    // Watched before the first read, so a change made while the page starts up wins over that read.
    const settingsRead = follow({ get: loadSettings, watch: watchSettings }, (loaded) =>
      settings.set(loaded.settings),
    ).then((stop) => ctx.onInvalidated(stop));
    const helplineRead = settingsRead.then(() => page.loadHelpline(settings.get().helplineCountry));
    // The country setting changed: the new helpline follows as soon as the worker names it, and every
    // feature repaints with it.
    ctx.onInvalidated(
      settings.watch((next) => {
        void page.loadHelpline(next.helplineCountry).then((named) => named && settings.set({ ...settings.get() }));
      }),
    );
    const ready: Record<PageNeed, Promise<unknown>> = { settings: settingsRead, helpline: helplineRead };
    await startFeatures(FEATURES, services, ready, ctx.signal, window !== window.top);
  },
});
