import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { fixtureByName } from '../support/fixtures.mjs';
import { forgetWholeTips, playVideo, store, stretchOf } from './extension-state';
import { openFixture, uiFileLoaded } from './harness.mjs';
import { type Browser, useExtensionBrowser } from './session';
import { coveredArea, shadowLocator, tipShown } from './shadow';

let browser: Browser;
useExtensionBrowser((launched) => {
  browser = launched;
});
beforeEach(async () => {
  await browser.worker?.evaluate(() => chrome.storage.local.clear());
});

/** The feed, watched as a teen does: the window focused, a video playing, the pointer moved. */
async function watchFeed(name: string) {
  const page = await openFixture(browser, fixtureByName(name));
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: false });
  await page.bringToFront();
  await playVideo(page);
  await page.mouse.move(400, 300);
  return page;
}

/** The feed's controls: every video's action bar (like, comments, share, ⋯) and an open menu's items. */
const FEED_CONTROLS = ['[data-e2e$="-icon"]', '[data-e2e^="more-menu-popover_"]'];
const spotlightOffset = async (page: Page, selector: string) => {
  const spotlight = await shadowLocator(page, 'scrollwise-tip [data-testid="spotlight"]').boundingBox();
  const target = await page.evaluate((at: string) => {
    const box = document.querySelector(at)?.getBoundingClientRect();
    return box ? { x: box.left, y: box.top } : null;
  }, selector);
  return spotlight && target ? Math.abs(spotlight.x - (target.x - 6)) + Math.abs(spotlight.y - (target.y - 6)) : NaN;
};

describe('#26 the For You feed', () => {
  it('says nothing on arrival, even after a long day, until 15 minutes of watching on end', async () => {
    await store(browser, stretchOf(5));
    const page = await watchFeed('feed-menu-closed');
    await page.waitForTimeout(2_000);
    expect(await shadowLocator(page, 'scrollwise-tip').count()).toBe(0);
    // A teen watching the feed runs the sentinel alone: its first pass does not load the tips before the stretch.
    expect(await uiFileLoaded(page, browser.extensionId)).toBe(false);
    await store(browser, stretchOf(16));
    await page.mouse.move(420, 320);
    await tipShown(page, 'feed').waitFor({ timeout: 20_000 });
    expect(await uiFileLoaded(page, browser.extensionId)).toBe(true);
    expect(await coveredArea(page, 'feed', FEED_CONTROLS)).toBe(0);
    // Nothing of what the teen watched is kept: no caption, hashtag or handle, only the view and its time.
    const stored = JSON.stringify(await browser.worker?.evaluate(() => chrome.storage.local.get(null)));
    for (const words of ['winter', '#fyp', 'caption', '@']) expect(stored).not.toContain(words);
    expect(stored).toContain('feed');
    await page.close();
  });

  it('is still the feed once For You puts the video playing in the address bar, as it does when scrolled', async () => {
    await store(browser, stretchOf(16));
    const page = await watchFeed('feed-scrolled');
    expect(new URL(page.url()).pathname).toMatch(/^\/@[^/]+\/video\/\d+$/);
    await tipShown(page, 'feed').waitFor({ timeout: 20_000 });
    expect(await coveredArea(page, 'feed', FEED_CONTROLS)).toBe(0);
    await page.close();
  });

  it('"Show me" points at the video\'s ⋯, and at "Not interested" once the menu is open', async () => {
    for (const [name, target] of [
      ['feed-menu-closed', '[data-e2e="more-menu-icon"]'],
      ['feed-menu-open', '[data-e2e="more-menu-popover_not-interested"]'],
    ] as const) {
      await forgetWholeTips(browser);
      await store(browser, stretchOf(16));
      const page = await watchFeed(name);
      const showMe = shadowLocator(page, 'scrollwise-tip[data-view="feed"] .card').getByRole('button', {
        name: 'Show me',
      });
      await showMe.waitFor({ timeout: 20_000 });
      await showMe.click();
      await expect.poll(() => spotlightOffset(page, target), { timeout: 5_000 }).toBeLessThan(2);
      await page.close();
    }
  });

  it('follows the video playing: still while the feed scrolls, then beside the next one, and "Show me" points at its ⋯', async () => {
    await forgetWholeTips(browser);
    await store(browser, stretchOf(16));
    const page = await watchFeed('feed-menu-closed');
    await tipShown(page, 'feed').waitFor({ timeout: 20_000 });
    const frame = shadowLocator(page, 'scrollwise-tip[data-view="feed"] .frame');
    /** How far down the tip sits from the top of the feed's `index`th video. */
    const fromVideo = async (index: number) =>
      ((await frame.boundingBox())?.y ?? NaN) - ((await page.locator('article').nth(index).boundingBox())?.y ?? NaN);
    const beside = await fromVideo(0);
    const tipTop = async () => (await frame.boundingBox())?.y ?? NaN;
    const videoTop = async () => (await page.locator('article').first().boundingBox())?.y ?? NaN;
    const still = await tipTop();
    const started = Date.now();
    await page.evaluate(() =>
      document.querySelectorAll('article')[2]?.scrollIntoView({ block: 'start', behavior: 'smooth' }),
    );
    // While the feed scrolls (the video moves between two looks at it), the tip stays where it is: its video
    // leaves, and the next comes to the same place. Within the first second, after which it may look again.
    const whileScrolling: number[] = [];
    while (Date.now() - started < 800) {
      const before = await videoTop();
      const tip = await tipTop();
      if ((await videoTop()) !== before && Date.now() - started < 800) whileScrolling.push(tip);
    }
    expect(whileScrolling.length).toBeGreaterThan(0);
    for (const tip of whileScrolling) expect(tip).toBeCloseTo(still, 0);
    await expect.poll(() => fromVideo(2), { timeout: 5_000 }).toBeCloseTo(beside, 0);
    expect(await coveredArea(page, 'feed', FEED_CONTROLS)).toBe(0);
    await shadowLocator(page, 'scrollwise-tip[data-view="feed"] .card')
      .getByRole('button', { name: 'Show me' })
      .click();
    const third = 'article:nth-of-type(3) [data-e2e="more-menu-icon"]';
    await expect.poll(() => spotlightOffset(page, third), { timeout: 5_000 }).toBeLessThan(2);
    await page.close();
  });

  it('thanks the teen who used "Not interested", in one line gone by itself, and the tip does not follow', async () => {
    await store(browser, stretchOf(16));
    const page = await watchFeed('feed-menu-open');
    await tipShown(page, 'feed').waitFor({ timeout: 20_000 });
    // A caption that says the words is not the menu item.
    await page.getByText('Not interested in winter?').click();
    await page.waitForTimeout(500);
    expect(await shadowLocator(page, 'scrollwise-note').count()).toBe(0);
    await page.locator('[data-e2e="more-menu-popover_not-interested"]').click();
    const note = shadowLocator(page, 'scrollwise-note .edge-note');
    await note.waitFor({ timeout: 5_000 });
    expect(await note.textContent()).toContain('your feed adapts over the next videos');
    expect(await note.getAttribute('role')).toBe('status');
    await expect.poll(() => shadowLocator(page, 'scrollwise-tip').count()).toBe(0);
    await expect.poll(() => shadowLocator(page, 'scrollwise-note').count(), { timeout: 12_000 }).toBe(0);
    await page.close();
  });

  // #23: a list that receives only videos is fenced off the observer, so a growing feed costs nothing.
  it('on a feed growing by hundreds of videos, a comment panel still gets its tip: beside the list at once, and inside it after a click', async () => {
    const page = await openFixture(browser, fixtureByName('foryou-feed'));
    const grow = (count: number) =>
      page.evaluate((count: number) => {
        const list = document.getElementById('bench-list') ?? document.body.appendChild(document.createElement('div'));
        list.id = 'bench-list';
        for (let index = 0; index < count; index++) {
          const item = document.createElement('article');
          item.dataset.e2e = 'recommend-list-item-container';
          item.innerHTML = '<video muted></video><span data-e2e="comment-icon"></span>';
          list.append(item);
        }
      }, count);
    const PANEL = `<div class="css-c1-99aa99aa--DivCommentListContainer"><div class="css-c2-99aa99aa--DivCommentItemWrapper"><span data-e2e="comment-level-1">hello</span></div></div>`;
    const insertPanel = (where: string) =>
      page.evaluate(
        ([where, panel]: string[]) =>
          document.querySelector(where as string)?.insertAdjacentHTML('beforeend', panel as string),
        [where, PANEL],
      );
    for (let batch = 0; batch < 6; batch++) {
      await grow(50);
      await page.waitForTimeout(50);
    }
    // Beside the list: seen at once.
    await insertPanel('body');
    await tipShown(page, 'comments').waitFor({ timeout: 1_500 });
    await page.evaluate(() => document.querySelector('body > [class*="DivCommentListContainer"]')?.remove());
    await expect.poll(() => shadowLocator(page, 'scrollwise-tip').count()).toBe(0);
    await grow(100);
    // A click, and TikTok's panel comes later, into the feed's own list: seen too.
    await page.mouse.click(5, 5);
    await page.waitForTimeout(400);
    await insertPanel('#bench-list');
    await tipShown(page, 'comments').waitFor({ timeout: 1_500 });
    await page.close();
  });
});
