import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixtureByName } from '../support/fixtures.mjs';
import { contentScriptInjected, EXTENSION_DIR, extensionPageUrl, inContentScript, openFixture } from './harness.mjs';
import { type Browser, useExtensionBrowser } from './session';

let browser: Browser;
useExtensionBrowser((launched) => {
  browser = launched;
});

describe('the built extension in Chromium', () => {
  it('injects the content script on a tiktok.com page', async () => {
    const page = await openFixture(browser, fixtureByName('foryou-feed'));
    expect(await contentScriptInjected(page, browser.extensionId)).toBe(true);
    await page.close();
  });

  it('does not inject it on the same page served at example.com', async () => {
    const page = await openFixture(browser, fixtureByName('foryou-feed'), { origin: 'https://example.com' });
    expect(page.url()).toContain('https://example.com/');
    expect(await contentScriptInjected(page, browser.extensionId)).toBe(false);
    await page.close();
  });

  // V8 keeps a script's whole source at two bytes a character once one is outside Latin-1, in every tab.
  it.each(['tiktok.js', 'tiktok-ui.js'])('builds %s with every character in Latin-1', (file) => {
    const source = readFileSync(join(EXTENSION_DIR, file), 'utf8');
    expect(source.length).toBeGreaterThan(1_000);
    expect([...source].filter((character) => character.charCodeAt(0) > 0xff)).toEqual([]);
  });

  it('starts the service worker', async () => {
    expect(browser.worker?.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/background\.js$/);
    const manifest = await browser.worker?.evaluate(() => chrome.runtime.getManifest());
    expect(manifest?.name).toBe('Scrollwise');
  });

  it('runs in the suite’s time zone, where no test meets midnight (tests/support/browser-zone.mjs)', async () => {
    const zone = await browser.worker?.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(zone).toBe(process.env.TZ);
    expect(zone).toMatch(/^(Etc\/GMT[+-]\d+|UTC)$/);
  });

  it('opens the welcome page on first install', () => {
    expect(browser.welcomeOpened).toBe(true);
  });

  it('renders the popup with the product name and version', async () => {
    const page = await browser.context.newPage();
    await page.goto(extensionPageUrl(browser, 'popup.html'));
    await expect.poll(() => page.locator('h1').textContent()).toBe('Scrollwise');
    const manifest = await browser.worker?.evaluate(() => chrome.runtime.getManifest());
    expect(await page.locator('[data-testid="version"]').textContent()).toContain(manifest?.version ?? 'missing');
    await page.close();
  });

  it('flags a request made by the extension itself', async () => {
    // Proves the network guard can fail: the worker fetching anything must be caught.
    const before = browser.extensionRequests.length;
    await browser.worker?.evaluate(() => fetch('https://tracker.invalid/ping').catch(() => undefined));
    await expect.poll(() => browser.extensionRequests.length).toBeGreaterThan(before);
    browser.extensionRequests.splice(before);
  });

  it("flags an error in the content script's isolated world, and in the worker, a caught one too", async () => {
    // Proves the error guard can fail: both worlds are invisible to Playwright's page events.
    const page = await openFixture(browser, fixtureByName('foryou-feed'));
    const before = browser.extensionErrors.length;
    await inContentScript(page, () => {
      setTimeout(() => {
        throw new Error('guard check: content script');
      });
    });
    await inContentScript(page, () => {
      // Left unhandled on purpose: the guard must catch it.
      // biome-ignore lint/nursery/noFloatingPromises: the rejection is the test
      Promise.reject(new Error('guard check: unhandled rejection'));
    });
    await browser.worker?.evaluate(() => {
      setTimeout(() => {
        throw new Error('guard check: worker');
      });
    });
    // A programming error a feature caught and only warned about is a bug too; an expected failure is not.
    await inContentScript(page, () => {
      console.warn('Scrollwise: guard check:', new ReferenceError('caught in the content script'));
      console.warn('Scrollwise: guard check:', new Error('the worker is restarting'));
    });
    await browser.worker?.evaluate(() =>
      console.warn('Scrollwise: guard check:', new TypeError('caught in the worker')),
    );
    await expect
      .poll(() => browser.extensionErrors.slice(before).join('\n'))
      .toMatch(/content script[\s\S]*unhandled rejection[\s\S]*worker|worker[\s\S]*content script/);
    await expect
      .poll(() => browser.extensionErrors.slice(before).filter((error) => /caught in/.test(error)))
      .toHaveLength(2);
    const caught = browser.extensionErrors.splice(before);
    expect(caught.filter((error) => error.includes('guard check'))).toHaveLength(5);
    expect(caught.join('\n')).not.toContain('restarting');
    await page.close();
  });
});
