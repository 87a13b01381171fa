import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { thisComputer } from '@/utils/helplines';
import { createSerial } from '@/utils/serial';
import { loadSettings, readAllDays, removeDays } from '@/utils/storage';
import { dayKeyOf } from '@/utils/tracking/calendar';
import { createRecorder } from '@/utils/tracking/recorder';
import { expiredDays } from '@/utils/tracking/retention';
import { pruneReminderLog } from '@/utils/worker-family';
import { handleMessage, type WorkerContext } from '@/utils/worker-messages';

const MAINTENANCE_ALARM = 'scrollwise-maintenance';

/**
 * The service worker only wires events to utils/: it may be stopped at any time and restarted by the next
 * event, so it keeps nothing in memory that storage does not also have, and uses alarms, never timers.
 */
export default defineBackground(() => {
  const recorder = createRecorder(undefined, async () => (await loadSettings()).settings.dayStartHour);
  const context: WorkerContext = {
    recorder,
    serial: createSerial(),
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    extensionVersion: browser.runtime.getManifest().version,
    now: () => Date.now(),
    idleState: () => browser.idle.queryState(60),
    closeTab: (tabId) => browser.tabs.remove(tabId),
    place: thisComputer,
    checkTikTokTab: async () => {
      const tabs = await browser.tabs.query({ url: '*://*.tiktok.com/*' });
      const tab = tabs.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
      if (tab?.id === undefined) return null;
      // A tab opened before Scrollwise was installed or updated has no content script: no answer.
      return browser.tabs.sendMessage(tab.id, { type: 'scrollwise/field-check' }).catch(() => null);
    },
    // A small window of the extension's own: the PIN is typed there, never into TikTok's page.
    openPinWindow: async () => {
      await browser.windows.create({
        url: browser.runtime.getURL('/extra-time.html'),
        type: 'popup',
        width: 420,
        height: 460,
      });
    },
  };

  // Listeners are registered synchronously at start, so an event that woke the worker is not missed.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    handleMessage(context, message, sender).then(sendResponse);
    return true;
  });

  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name !== MAINTENANCE_ALARM) return;
    await recorder.flush();
    await recorder.exclusive(async () =>
      removeDays(expiredDays(Object.keys(await readAllDays()), dayKeyOf(Date.now()))),
    );
    await pruneReminderLog(context);
  });

  // First install: the welcome page explains what Scrollwise does and offers the parent setup.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') browser.tabs.create({ url: browser.runtime.getURL('/options.html#welcome') });
  });

  // Alarms can be cleared by a browser restart or an update: make sure the hourly one exists on every start.
  browser.alarms.get(MAINTENANCE_ALARM).then((alarm) => {
    if (!alarm) browser.alarms.create(MAINTENANCE_ALARM, { delayInMinutes: 1, periodInMinutes: 60 });
  });
});
