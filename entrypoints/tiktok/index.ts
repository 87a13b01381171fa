import { defineUnlistedScript } from '#imports';
import { type Cell, createCell } from '@/utils/content/cell';
import { startFeatures } from '@/utils/content/features';
import { loadPageUi } from '@/utils/content/page-ui';
import { createPageObserver } from '@/utils/dom-observer';
import type { Showing } from '@/utils/reminders/session';
import { DEFAULT_SETTINGS, type Settings } from '@/utils/settings';
import { isFeedItem } from '@/utils/views/shared/relevance';
import { sendToWorker } from '@/utils/worker/client';
import { onWorkerMessage } from './from-worker';
import { ScriptContext } from './script-context';
import type { PageFeature, PageNeed, PageServices } from './services';
import type { LoadedUi, PageUi } from './ui-contract';
import { startViewingSensor } from './viewing-sensor';

/** Every file in features/ is a feature: a new one needs no edit here. */
const FEATURES = Object.values(import.meta.glob<PageFeature>('./features/*.ts', { eager: true, import: 'default' }));

/**
 * The sentinel every TikTok tab runs: the viewing sensor, the shared observer, and what wakes the tips
 * and the reminders. The rest (the detectors' full reading and the tip session, Preact, the copy, the
 * layers, the reminders' own decisions) is the UI file, loaded into this same isolated world the first
 * time a view may be open or a reminder is due.
 *
 * Declared in the manifest by wxt.config.ts (every tiktok.com page and frame, at document_idle) and built
 * as a plain script: WXT's content-script wrapper would create a context of its own, which a page can
 * switch off, and post a start-up message named after the extension's id. No stylesheet is injected:
 * styles go straight into each shadow root, and nothing is web-accessible.
 */
export default defineUnlistedScript({
  async main() {
    const ctx = new ScriptContext();
    if (!ctx.claimWorld()) return;
    // The document itself, so a page that swaps <html> or <body> is still watched; a growing feed's list
    // is fenced off, and watched again for a while after each click or key, which could open a panel in it.
    const observer = createPageObserver(document, isFeedItem);
    ctx.onInvalidated(() => observer.disconnect());
    for (const type of ['pointerdown', 'keydown'] as const)
      ctx.addEventListener(window, type, (event) => event.isTrusted && observer.wake(), {
        capture: true,
        passive: true,
      });
    const settings = createCell<Settings>(DEFAULT_SETTINGS);
    const reminderDue = createCell<Showing | null>(null);
    const stretchMs = createCell(0);
    const sensor = startViewingSensor(ctx, (reply) => {
      reminderDue.set(reply.due);
      stretchMs.set(reply.stretchMs);
    });
    // TikTok's page changes all the time: each change is a chance to send a report a page's stall kept back.
    ctx.onInvalidated(observer.subscribe(() => sensor.check()));
    // One load for the page; one that failed (the worker was restarting) is tried again at the next need.
    let loading: Promise<LoadedUi> | null = null;
    const ui = () => {
      loading ??= loadPageUi<PageUi>(async () => (await sendToWorker({ type: 'scrollwise/load-ui' })).ok)
        .then((page) => page.start({ ctx, observer, sensor, settings, stretchMs }))
        .catch((error: unknown) => {
          loading = null;
          throw error;
        });
      return loading;
    };
    const services: PageServices = { ctx, observer, sensor, settings, reminderDue, stretchMs, ui };
    const ready: Record<PageNeed, Promise<unknown>> = { settings: followSettings(ctx, settings) };
    await startFeatures(FEATURES, services, ready, ctx.signal, window !== window.top);
  },
});

/**
 * The settings in force, as the worker reads them: asked at start and again at every change, which the
 * worker tells the page of. Heard before the first ask, and only the latest answer applies, so a change
 * made while the page starts up wins.
 */
function followSettings(ctx: ScriptContext, settings: Cell<Settings>): Promise<void> {
  let asked = 0;
  const ask = async (retry: boolean) => {
    const mine = ++asked;
    const reply = await sendToWorker({ type: 'scrollwise/settings' });
    // The same settings again (a write that changed nothing in force) are no change for the features.
    if (reply.ok && mine === asked && JSON.stringify(reply.settings) !== JSON.stringify(settings.get()))
      settings.set(reply.settings);
    // A worker restarting answers nothing: once more, a moment later.
    else if (!reply.ok && retry) ctx.later(() => void ask(false), 1_000);
  };
  onWorkerMessage(ctx, 'scrollwise/settings-changed', () => void ask(true));
  // One read each time the page is shown again, not a listener to storage always.
  ctx.onShown(() => void ask(true));
  return ask(true);
}
