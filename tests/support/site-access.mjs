/**
 * Scrollwise's site access as anyone at the computer can set it in Chrome's menu, with no PIN: off (`On
 * click`) or on again (`On all sites`: its own sites, tiktok.com). Through Chrome's extensions page and the
 * API its *Site access* menu calls, since no extension API can withhold a manifest's host access.
 * `browser`: the harness's (tests/e2e/harness.mjs).
 * @param {{ context: import('playwright-core').BrowserContext, extensionId: string | null }} browser
 * @param {boolean} on
 */
export async function setSiteAccess(browser, on) {
  const { extensionId } = browser;
  if (!extensionId) throw new Error('no extension loaded');
  const page = await browser.context.newPage();
  await page.goto(`chrome://extensions/?id=${extensionId}`);
  await page.evaluate(
    ([id, hostAccess]) =>
      new Promise((resolve) =>
        chrome.developerPrivate.updateExtensionConfiguration({ extensionId: id, hostAccess }, resolve),
      ),
    [extensionId, on ? 'ON_ALL_SITES' : 'ON_CLICK'],
  );
  await page.close();
}
