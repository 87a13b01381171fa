import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { reachOpenTabs, SENTINEL_FILE } from '@/utils/site-access/open-tabs';
import { followSiteAccess, reachOpenTabsOnce } from '@/utils/site-access/requests';
import { openTabsReached } from '@/utils/storage/session';
import { TIKTOK_PAGES } from '@/utils/tiktok-pages';
import { testClock, testWorker } from '../worker/harness';

const tab = (id: number | undefined) => ({ id, url: 'https://www.tiktok.com/foryou' });

/** The TikTok tabs the browser lists, and the tabs the sentinel was run in (`barred`: refused). */
function openTabs(ids: (number | undefined)[], barred: number[] = []) {
  const query = vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue(ids.map(tab) as never);
  const ran: unknown[] = [];
  vi.spyOn(fakeBrowser.scripting, 'executeScript').mockImplementation(async (injection) => {
    if ('tabId' in injection.target && barred.includes(injection.target.tabId))
      throw new Error('Cannot access contents of the page');
    ran.push(injection);
    return [];
  });
  return { query, ran };
}

const chromium = () => testWorker(testClock('2026-12-06T21:00:00')).context;

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('the TikTok tabs open before Scrollwise could run in them', () => {
  it('run the sentinel in every tiktok.com frame of each, in the isolated world, and skip a tab that cannot be scripted', async () => {
    const { query, ran } = openTabs([4, undefined, 7, 9], [7]);
    expect(await reachOpenTabs()).toBe(2);
    expect(query).toHaveBeenCalledWith({ url: TIKTOK_PAGES });
    expect(ran).toEqual([4, 9].map((tabId) => ({ target: { tabId, allFrames: true }, files: [SENTINEL_FILE] })));
  });

  it('are reached once per copy of Scrollwise, not at each start of its worker', async () => {
    const { ran } = openTabs([4]);
    await reachOpenTabsOnce(chromium());
    await reachOpenTabsOnce(chromium());
    expect(ran).toHaveLength(1);
    expect(await openTabsReached.get()).toBe(true);
    // An update, a reload or the browser starting again empties session storage: reached again.
    await fakeBrowser.storage.session.clear();
    await reachOpenTabsOnce(chromium());
    expect(ran).toHaveLength(2);
  });

  it('are left to Firefox, which runs declared scripts in open tabs itself', async () => {
    const { ran } = openTabs([4]);
    const firefox = { ...chromium(), extensionOrigin: 'moz-extension://0f1e2d3c/' };
    await reachOpenTabsOnce(firefox);
    expect(ran).toEqual([]);
  });

  it('are reached again when the site access comes back, as the loss is noted', async () => {
    const { ran } = openTabs([4]);
    await fakeBrowser.storage.session.set({ openTabsReached: true });
    let on = false;
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async () => on);
    const changed: (() => void)[] = [];
    for (const event of [fakeBrowser.permissions.onAdded, fakeBrowser.permissions.onRemoved])
      vi.spyOn(event, 'addListener').mockImplementation((listener) => void changed.push(listener as () => void));
    followSiteAccess(chromium());
    await vi.waitFor(() => expect(changed).toHaveLength(2));
    for (const listener of changed) listener();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(ran).toEqual([]);
    on = true;
    changed[0]?.();
    await vi.waitFor(() => expect(ran).toHaveLength(1));
  });
});
