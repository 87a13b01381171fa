import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureByName } from '../support/fixtures.mjs';
import { type Sync, type SyncEnd, startRelay } from '../support/sync-relay';
import { playVideo, settings, today } from './extension-state';
import { launch, openFixture } from './harness.mjs';
import { FamilyPage } from './pages';
import type { Browser } from './session';
import { shadowLocator } from './shadow';

// #24: two computers of one family, as two real browser profiles with Scrollwise, joined by a relay that
// copies each one's own sync keys to the other as the browser's sync would (tests/support/sync-relay.ts).
let desktop: Browser;
let laptop: Browser;

const syncOf = async (browser: Browser): Promise<Sync> =>
  ((await browser.worker?.evaluate(() => chrome.storage.sync.get(null))) ?? {}) as Sync;
const deviceIdOf = async (browser: Browser) =>
  ((await browser.worker?.evaluate(() => chrome.storage.local.get('device')))?.device as { id: string } | undefined)
    ?.id;

/** The relay's hold on one profile's sync, through its worker. */
const syncEnd = (browser: Browser): SyncEnd => ({
  read: () => syncOf(browser),
  deviceId: () => deviceIdOf(browser),
  deliver: (items, removed) =>
    browser.worker?.evaluate(
      async ({ items, removed }) => {
        for (const [key, value] of items) await chrome.storage.sync.set({ [key]: value });
        if (removed.length > 0) await chrome.storage.sync.remove(removed);
      },
      { items, removed },
    ) ?? Promise.resolve(),
});

beforeAll(async () => {
  desktop = await launch();
  laptop = await launch();
}, 60_000);

afterAll(async () => {
  for (const browser of [desktop, laptop]) {
    expect(browser.extensionRequests).toEqual([]);
    expect(browser.extensionErrors).toEqual([]);
    await browser.close();
  }
});

const setting = async (browser: Browser, field: string) =>
  (
    ((await browser.worker?.evaluate(() => chrome.storage.local.get('settings')))?.settings ?? {}) as Record<
      string,
      unknown
    >
  )[field];

async function shareOn(browser: Browser) {
  const options = await FamilyPage.open(browser, 'options.html', { colorScheme: 'light', width: 1000 });
  await options.page.getByLabel('Share daily totals with the family’s other computers').check();
  await expect.poll(() => deviceIdOf(browser)).toBeTruthy();
  return options;
}

describe('#24 two computers, one family', () => {
  it('adds up their time for one limit, answers an ask made on the other, takes a setting and the lock set on either, and leaves sync empty when off', async () => {
    const stopRelay = startRelay(syncEnd(desktop), syncEnd(laptop));
    try {
      await desktop.worker?.evaluate((items) => chrome.storage.local.set(items), { ...today(10), ...settings({}) });
      await laptop.worker?.evaluate((items) => chrome.storage.local.set(items), { ...today(6), ...settings({}) });
      const desktopOptions = await shareOn(desktop);
      const laptopOptions = await shareOn(laptop);

      // The desktop watches a little: its 10 minutes and more go out to the laptop.
      const watching = await openFixture(desktop, fixtureByName('video-with-comments'));
      await playVideo(watching);
      await expect
        .poll(
          async () => {
            const id = await deviceIdOf(desktop);
            const record = (await syncOf(laptop))[`device:${id}`] as { days?: Record<string, number> } | undefined;
            return Object.values(record?.days ?? {})[0] ?? 0;
          },
          { timeout: 45_000, interval: 500 },
        )
        .toBeGreaterThanOrEqual(10 * 60_000);
      await watching.close();

      // A limit set on the desktop holds on the laptop, through the relay: 10 there and 6 here make 16 of 15.
      await desktopOptions.page.locator('#dailyLimitMin-on').check();
      const limit = desktopOptions.page.locator('#dailyLimitMin');
      await limit.fill('15');
      await limit.press('Tab');
      await expect.poll(() => setting(laptop, 'dailyLimitMin'), { timeout: 20_000 }).toBe(15);

      const tiktok = await openFixture(laptop, fixtureByName('video-with-comments'));
      await shadowLocator(tiktok, 'scrollwise-reminder .dialog').waitFor({ timeout: 20_000 });

      // The teen on the laptop asks for 15 more minutes; a parent at the desktop says yes there.
      const ask = shadowLocator(tiktok, 'scrollwise-reminder button[data-choice="ask"]');
      await expect.poll(() => ask.isDisabled(), { timeout: 15_000, interval: 250 }).toBe(false);
      const opened = laptop.context.waitForEvent('page', { predicate: (page) => page.url().includes('extra-time') });
      await ask.click();
      const window = await opened;
      await window.getByLabel('15 minutes').check();
      await window.getByRole('button', { name: 'Ask', exact: true }).click();
      await window.locator('[data-testid="ask-answer"]').waitFor();
      await desktopOptions.page.reload();
      const fromLaptop = desktopOptions.page.locator('[data-testid="asks-log"] [data-testid="ask-answer"]');
      await expect.poll(() => fromLaptop.count(), { timeout: 20_000, interval: 500 }).toBe(1);
      expect(await fromLaptop.textContent()).toMatch(/^On (Linux|Computer|Windows|Mac)/);
      await fromLaptop.getByRole('button', { name: 'Yes, give 15 minutes' }).click();
      await expect
        .poll(() => shadowLocator(tiktok, 'scrollwise-reminder .dialog').count(), { timeout: 20_000 })
        .toBe(0);
      await window.close();
      await tiktok.close();

      // Two parents change the break reminder a moment apart: both computers end on the later change.
      await desktopOptions.page.locator('#breakEveryMin-on').check();
      await laptopOptions.page.waitForTimeout(1_100);
      await laptopOptions.page.locator('#breakEveryMin-on').check();
      const laptopBreak = laptopOptions.page.locator('#breakEveryMin');
      await laptopBreak.fill('45');
      await laptopBreak.press('Tab');
      await expect.poll(() => setting(desktop, 'breakEveryMin'), { timeout: 20_000 }).toBe(45);
      await expect.poll(() => setting(laptop, 'breakEveryMin'), { timeout: 20_000 }).toBe(45);

      // The lock set on the laptop holds on the desktop.
      await laptopOptions.lock.set('2468');
      await expect
        .poll(
          async () =>
            (
              (await desktop.worker?.evaluate(() => chrome.storage.local.get('parentLock')))?.parentLock as {
                pin: unknown;
              } | null
            )?.pin ?? null,
          { timeout: 20_000 },
        )
        .not.toBeNull();
      await desktopOptions.page.reload();
      await expect.poll(() => desktopOptions.page.locator('#dailyLimitMin').isDisabled()).toBe(true);

      // Off on both (the laptop first unlocks): sync empties, each keeps its own time.
      await laptopOptions.lock.unlock('2468');
      await laptopOptions.page.getByLabel('Share daily totals with the family’s other computers').uncheck();
      await desktopOptions.lock.unlock('2468');
      await desktopOptions.page.getByLabel('Share daily totals with the family’s other computers').uncheck();
      // The removals travel too: nothing of the family is left in either computer's sync.
      await expect.poll(async () => Object.keys(await syncOf(desktop)), { timeout: 20_000 }).toEqual([]);
      await expect.poll(async () => Object.keys(await syncOf(laptop)), { timeout: 20_000 }).toEqual([]);
      stopRelay();
      const own = async (browser: Browser) =>
        Object.entries((await browser.worker?.evaluate(() => chrome.storage.local.get(null))) ?? {}).find(([key]) =>
          key.startsWith('day:'),
        )?.[1] as { totalMs: number };
      expect((await own(laptop)).totalMs).toBeGreaterThanOrEqual(6 * 60_000);
      expect((await own(laptop)).totalMs).toBeLessThan(7 * 60_000);
      expect((await own(desktop)).totalMs).toBeGreaterThanOrEqual(10 * 60_000);
      await desktopOptions.close();
      await laptopOptions.close();
    } finally {
      stopRelay();
    }
  }, 180_000);
});
