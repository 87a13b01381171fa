import { mkdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixtureByName } from '../support/fixtures.mjs';
import { setSiteAccess } from '../support/site-access.mjs';
import { axeViolations } from './axe';
import { contentScriptInjected, openFixture } from './harness.mjs';
import { FamilyPage } from './pages';
import { type Browser, useExtensionBrowser } from './session';

const SHOTS = 'test-output/site-access';
let browser: Browser;
useExtensionBrowser((launched) => {
  browser = launched;
  mkdirSync(SHOTS, { recursive: true });
});

/** Whether a TikTok page opened now runs Scrollwise. */
async function runsOnTikTok() {
  const page = await openFixture(browser, fixtureByName('foryou-feed'));
  await page.waitForTimeout(500);
  const runs = await contentScriptInjected(page, browser.extensionId);
  await page.close();
  return runs;
}

describe("Scrollwise's access to TikTok, turned off in the browser's menu", () => {
  it('is said at once in the popup, kept for the parents, and the notice goes when the access is back', async () => {
    expect(await runsOnTikTok()).toBe(true);
    const popup = await FamilyPage.open(browser, 'popup.html');
    const notice = popup.page.locator('[data-testid="site-access"]');
    await popup.page.locator('[data-testid="today-total"]').waitFor();
    expect(await notice.count()).toBe(0);

    await setSiteAccess(browser, false);
    // Control: the switch lands. No TikTok page runs Scrollwise any more.
    expect(await runsOnTikTok()).toBe(false);
    // The popup already open follows the browser.
    await notice.waitFor({ timeout: 5_000 });
    expect(await notice.getByRole('heading').textContent()).toBe('Scrollwise can’t see TikTok');
    expect(await notice.getByRole('button', { name: 'Turn it back on' }).isEnabled()).toBe(true);
    expect(await axeViolations(popup.page)).toEqual([]);
    await popup.page.screenshot({ path: `${SHOTS}/popup.png`, fullPage: true });
    // A popup opened now says it too, and the parents' page lists when it happened.
    const again = await FamilyPage.open(browser, 'popup.html');
    await again.page.locator('[data-testid="site-access"]').waitFor({ timeout: 5_000 });
    await again.page.close();
    const options = await FamilyPage.open(browser, 'options.html', { width: 900 });
    await options.page.locator('[data-testid="site-access"]').waitFor({ timeout: 5_000 });
    const log = options.page.locator('[data-testid="site-access-log"] li');
    await expect.poll(() => log.count(), { timeout: 5_000 }).toBe(1);
    await options.page.screenshot({ path: `${SHOTS}/options.png`, fullPage: true });

    await setSiteAccess(browser, true);
    await notice.waitFor({ state: 'detached', timeout: 5_000 });
    expect(await runsOnTikTok()).toBe(true);
    // The record stays: it is the parents' to read, for 30 days.
    await options.page.reload();
    await expect.poll(() => log.count(), { timeout: 5_000 }).toBe(1);
    expect(await options.page.locator('[data-testid="site-access"]').count()).toBe(0);
    await Promise.all([popup.page.close(), options.page.close()]);
  });
});
