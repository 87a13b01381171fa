import { defineContentScript } from '#imports';
import paletteCss from '@/components/palette.css?inline';
import reminderCss from '@/components/reminders/reminder.css?inline';
import tipCss from '@/components/tip.css?inline';
import { createFrameObserver } from '@/utils/dom-observer';
import type { Settings } from '@/utils/settings';
import { loadSettings, watchSettings } from '@/utils/storage';
import { viewById } from '@/utils/views/registry';
import { answerFieldChecks } from './field-check';
import { createPageCopy } from './page-copy';
import { createPageLayer } from './page-layer';
import { startReminders } from './reminder-controller';
import { ScriptContext } from './script-context';
import { startTips } from './tip-controller';
import { startViewingSensor } from './viewing-sensor';

export default defineContentScript({
  matches: ['*://*.tiktok.com/*'],
  runAt: 'document_idle',
  // Styles go straight into each shadow root: no stylesheet fetch, nothing web-accessible.
  cssInjectionMode: 'manual',
  // WXT would otherwise post a start-up message, named after the extension's id, to the page.
  noScriptStartedPostMessage: true,
  // WXT's own context can be switched off by any page script (see script-context.ts): Scrollwise runs on
  // a context of its own.
  async main() {
    const ctx = new ScriptContext('tiktok', {});
    const sensor = startViewingSensor(ctx);
    answerFieldChecks(ctx);
    // The document itself, so a page that swaps <html> or <body> is still watched.
    const observer = createFrameObserver(document);
    ctx.onInvalidated(() => observer.disconnect());
    // Watched before the first read, so a change made while the page starts up is not lost: it waits
    // for the tips and reminders, then applies.
    let latest: Settings | null = null;
    let apply = (next: Settings) => {
      latest = next;
    };
    ctx.onInvalidated(watchSettings(({ settings: next }) => apply(next)));
    try {
      // Settings are read once here, for the reminders and the tips alike.
      const { settings } = await loadSettings();
      const { copyFor, loadHelpline } = createPageCopy();
      // Asked while the reminders start: a tip never shows one helpline and then another.
      const helplineLoaded = loadHelpline(settings.helplineCountry);
      const reminderLayer = createPageLayer(ctx, 'scrollwise-reminder', paletteCss + reminderCss);
      ctx.onInvalidated(observer.subscribe(() => reminderLayer.repair()));
      const reminders = await startReminders(ctx, sensor, reminderLayer, settings, copyFor);
      await helplineLoaded;
      // A reminder never covers TikTok's report flow or the helpline tip that comes with it.
      const tips = await startTips(ctx, observer, paletteCss + tipCss, settings, copyFor, (views) =>
        reminders.setReportOpen(views.some((view) => viewById(view.id).holdsReminders)),
      );
      const use = (next: Settings) => {
        reminders.setSettings(next);
        tips.setSettings(next);
      };
      apply = (next) => {
        latest = next;
        use(next);
        // The country setting changed: the new helpline follows as soon as the worker names it.
        loadHelpline(next.helplineCountry).then((changed) => changed && use(latest ?? next));
      };
      if (latest) apply(latest);
    } catch (error) {
      console.warn('Scrollwise: tips and reminders are unavailable on this page', error);
    }
  },
});
