import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixtureByName } from '../support/fixtures.mjs';
import { setSiteAccess } from '../support/site-access.mjs';
import { settings, store, today } from './extension-state';
import { contentScriptInjected, openFixture } from './harness.mjs';
import { type Browser, useExtensionBrowser } from './session';
import { shadowLocator } from './shadow';

let browser: Browser;
/** A browser of its own for each test: Chromium lets a test reload an extension once (see updateScrollwise). */
const ownBrowser = () =>
  useExtensionBrowser((launched) => {
    browser = launched;
  });

const limitShown = (page: Page) => shadowLocator(page, 'scrollwise-reminder .dialog').waitFor({ timeout: 5_000 });

/** Evaluates `expression` in each of Scrollwise's worlds in the page's top frame (a dead copy's too). */
async function inEachWorld(page: Page, expression: string): Promise<unknown[]> {
  const cdp = await page.context().newCDPSession(page);
  const worlds: { id: number; origin: string; auxData?: { frameId?: string } }[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => worlds.push(context));
  await cdp.send('Runtime.enable');
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const values: unknown[] = [];
  for (const world of worlds) {
    if (world.origin !== `chrome-extension://${browser.extensionId}` || world.auxData?.frameId !== frameTree.frame.id)
      continue;
    const { result } = await cdp.send('Runtime.evaluate', { expression, contextId: world.id, returnByValue: true });
    values.push(result.value);
  }
  await cdp.detach();
  return values;
}

/**
 * Scrollwise's worlds in the page's top frame that run a live sentinel: its extension still there, and the
 * sentinel kept on the world (`marked`: the one a test marked before, not a second copy that took over).
 */
async function liveSentinels(page: Page) {
  const worlds = (await inEachWorld(
    page,
    '[!!chrome.runtime?.id && !!globalThis.scrollwiseSentinel?.isValid, globalThis.scrollwiseSentinel?.marked === true]',
  )) as [boolean, boolean][];
  return {
    live: worlds.filter(([live]) => live).length,
    marked: worlds.filter(([live, marked]) => live && marked).length,
  };
}

/** Marks the sentinel that runs the page now, to tell it later from a second copy. */
const markSentinel = (page: Page) => inEachWorld(page, 'globalThis.scrollwiseSentinel.marked = true');

/**
 * What Chrome does at an update: the old copy's scripts lose their extension, and the new copy starts. Once
 * per browser: the worker of a second reload never reached Playwright here.
 */
async function updateScrollwise() {
  const old = browser.worker;
  await old?.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
  const fresh = () => browser.context.serviceWorkers().find((candidate) => candidate !== old);
  await expect.poll(() => fresh() !== undefined, { timeout: 15_000 }).toBe(true);
  const worker = fresh();
  if (!worker) throw new Error('the new copy of Scrollwise has no worker');
  await browser.adoptWorker(worker);
}

describe('a TikTok tab open before Scrollwise could run in it', () => {
  describe('across an update', () => {
    ownBrowser();
    it('keeps Scrollwise across an update: the new copy runs in the tab at once, and holds the limit there', async () => {
      await store(browser, today(16));
      const page = await openFixture(browser, fixtureByName('foryou-feed'));
      await page.waitForTimeout(500);
      expect(await liveSentinels(page)).toMatchObject({ live: 1 });

      await updateScrollwise();
      await expect.poll(async () => (await liveSentinels(page)).live, { timeout: 5_000 }).toBe(1);

      // The limit set now reaches the tab that was open all along, with no reload.
      await store(browser, settings({ dailyLimitMin: 15 }));
      await limitShown(page);
      await page.close();
    });
  });

  describe('across an update, with the limit on screen', () => {
    ownBrowser();
    it('keeps a limit on screen across an update: one of it, and its way out still closes the tab', async () => {
      await store(browser, { ...today(16), ...settings({ dailyLimitMin: 15 }) });
      const page = await openFixture(browser, fixtureByName('foryou-feed'));
      await limitShown(page);
      await updateScrollwise();
      await expect.poll(async () => (await liveSentinels(page)).live, { timeout: 5_000 }).toBe(1);
      await limitShown(page);
      expect(await shadowLocator(page, 'scrollwise-reminder .dialog').count()).toBe(1);
      // The old copy's screen could reach no worker: this one is the new copy's.
      const closed = page.waitForEvent('close');
      await shadowLocator(page, 'scrollwise-reminder button[data-choice="close"]').click();
      await closed;
    });
  });

  describe('when its site access comes back', () => {
    ownBrowser();
    it('gets Scrollwise when its site access comes back, and a tab that kept it runs one copy still', async () => {
      const before = await openFixture(browser, fixtureByName('foryou-feed'));
      await before.waitForTimeout(500);
      await markSentinel(before);
      await setSiteAccess(browser, false);
      const during = await openFixture(browser, fixtureByName('foryou-feed'));
      await during.waitForTimeout(500);
      // Control: the switch landed, and this tab runs no Scrollwise.
      expect(await contentScriptInjected(during, browser.extensionId)).toBe(false);

      await setSiteAccess(browser, true);
      await expect.poll(async () => (await liveSentinels(during)).live, { timeout: 5_000 }).toBe(1);
      // The tab open all along: its own sentinel still runs it, and the worker's copy gave way.
      expect(await liveSentinels(before)).toEqual({ live: 1, marked: 1 });

      await store(browser, { ...today(16), ...settings({ dailyLimitMin: 15 }) });
      await Promise.all([limitShown(during), limitShown(before)]);
      expect(await shadowLocator(before, 'scrollwise-reminder .dialog').count()).toBe(1);
      await Promise.all([before.close(), during.close()]);
    });
  });
});
