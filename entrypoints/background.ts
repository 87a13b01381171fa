import { browser } from 'wxt/browser';
import { defineBackground } from '#imports';
import { takeFamilyAnswers } from '@/utils/asks/requests';
import { PAGE_UI_FILE } from '@/utils/content/page-ui';
import { thisComputer } from '@/utils/helplines';
import { onTikTokNavigation, pruneReminderLog } from '@/utils/reminders/requests';
import { CAPABILITIES } from '@/utils/requests';
import { adoptRules, shareNow } from '@/utils/sharing/requests';
import { followSiteAccess } from '@/utils/site-access/requests';
import {
  loadSettings,
  watchReminderState,
  watchSettingsChange,
  watchSharedDevices,
  watchSharedRules,
} from '@/utils/storage';
import { isTikTokUrl } from '@/utils/tiktok-url';
import { createRecorder } from '@/utils/tracking/recorder';
import { pruneDays } from '@/utils/tracking/requests';
import type { PageNotice } from '@/utils/worker/client';
import type { WorkerContext } from '@/utils/worker/context';
import { createDispatcher } from '@/utils/worker/dispatch';
import { createSerial } from '@/utils/worker/serial';

const MAINTENANCE_ALARM = 'scrollwise-maintenance';
const SHARE_ALARM = 'scrollwise-share';

/** Tells a TikTok page something (`frameId`: that frame only, else every frame of the tab that listens). */
const tellPage = (tabId: number, type: PageNotice, frameId?: number) =>
  browser.tabs.sendMessage(tabId, { type }, frameId === undefined ? {} : { frameId });

/**
 * The service worker only wires events to utils/: it may be stopped at any time and restarted by the next
 * event, so it keeps nothing in memory that storage does not also have, and uses alarms, never timers.
 */
export default defineBackground(() => {
  const context: WorkerContext = {
    recorder: createRecorder(undefined, async () => (await loadSettings()).settings.dayStartHour),
    serial: createSerial(),
    extensionId: browser.runtime.id,
    extensionOrigin: browser.runtime.getURL('/'),
    extensionVersion: browser.runtime.getManifest().version,
    now: () => Date.now(),
    idleState: () => browser.idle.queryState(60),
    closeTab: (tabId) => browser.tabs.remove(tabId),
    place: thisComputer,
    platform: navigator.platform,
    // Set again at each counted slice: it goes off a minute after viewing stops.
    shareSoon: async () => {
      await browser.alarms.create(SHARE_ALARM, { delayInMinutes: 1 });
    },
    checkTikTokTab: async () => {
      const tabs = await browser.tabs.query({ url: '*://*.tiktok.com/*' });
      const tab = tabs.sort((a, b) => (b.lastAccessed ?? 0) - (a.lastAccessed ?? 0))[0];
      if (tab?.id === undefined) return null;
      // A tab opened before Scrollwise was installed or updated has no content script: no answer.
      return tellPage(tab.id, 'scrollwise/field-check').catch(() => null);
    },
    sendToLimitPage: async (tabId, kind) => {
      const { url } = await browser.tabs.get(tabId);
      const query = new URLSearchParams({ kind });
      if (url && isTikTokUrl(url)) query.set('back', url);
      await browser.tabs.update(tabId, { url: browser.runtime.getURL(`/limit.html?${query}`) });
    },
    // Only the frame's own content script can end it without a new permission: it is told to, by the
    // worker (a page cannot send this message).
    clearFrame: async (tabId, frameId) => {
      await tellPage(tabId, 'scrollwise/leave', frameId).catch(() => undefined);
    },
    // The isolated world by default: the page never sees the file run, and nothing is web-accessible.
    injectPageUi: async (tabId, frameId) => {
      await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [PAGE_UI_FILE] });
    },
    // A small window of the extension's own: the PIN is typed there, never into TikTok's page.
    openPinWindow: async (view) => {
      await browser.windows.create({
        url: browser.runtime.getURL(view ? `/extra-time.html#${view}` : '/extra-time.html'),
        type: 'popup',
        width: 420,
        height: 460,
      });
    },
  };
  const dispatch = createDispatcher(CAPABILITIES, context);

  // Listeners are registered synchronously at start, so an event that woke the worker is not missed.
  browser.runtime.onMessage.addListener((message, sender, sendResponse) => {
    void dispatch(message, sender).then(sendResponse);
    return true;
  });

  browser.alarms.onAlarm.addListener(async (alarm) => {
    if (alarm.name === SHARE_ALARM) await shareNow(context);
    if (alarm.name !== MAINTENANCE_ALARM) return;
    await pruneDays(context);
    await pruneReminderLog(context);
  });

  // Family sharing: another computer's rules arrive through sync and are taken here, one change at a time.
  watchSharedRules(() => void context.serial(() => adoptRules(context)));
  // An answer to this computer's ask for more time, given on another of the family's computers.
  watchSharedDevices(() => void context.serial(() => takeFamilyAnswers(context)));

  // TikTok's pages ask again for their settings or their reminder when told so here: no TikTok tab listens
  // to storage itself, where every write's changes (a day's total at each report) would reach every tab.
  // Every tab and frame: TikTok's player runs in other sites' frames too; one with no Scrollwise says so.
  const tellPages = async (type: PageNotice) => {
    for (const { id } of await browser.tabs.query({}))
      if (id !== undefined) void tellPage(id, type).catch(() => undefined);
  };
  watchSettingsChange(() => void tellPages('scrollwise/settings-changed'));
  watchReminderState(() => void tellPages('scrollwise/reminders-changed'));

  // While the browser holds the line, a TikTok page opened or moved to goes to the limit page at once.
  browser.tabs.onUpdated.addListener((tabId, { url }) => {
    if (url && isTikTokUrl(url, 'any')) void onTikTokNavigation(context, tabId);
  });
  // Access to TikTok: its loss (Chrome's menu, no PIN) kept for parents; tabs open before it came, reached.
  followSiteAccess(context);

  // First install: the welcome page explains what Scrollwise does and offers the parent setup.
  browser.runtime.onInstalled.addListener(({ reason }) => {
    if (reason === 'install') void browser.tabs.create({ url: browser.runtime.getURL('/options.html#welcome') });
  });

  // Alarms can be cleared by a browser restart or an update: make sure the hourly one exists on every start.
  void browser.alarms.get(MAINTENANCE_ALARM).then((alarm) => {
    if (!alarm) void browser.alarms.create(MAINTENANCE_ALARM, { delayInMinutes: 1, periodInMinutes: 60 });
  });
});
