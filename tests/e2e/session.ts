import { afterAll, beforeAll, beforeEach, expect } from 'vitest';
import { forgetWholeTips } from './extension-state';
import { launch } from './harness.mjs';

export type Browser = Awaited<ReturnType<typeof launch>>;

/**
 * One Chromium with the built extension per spec file. Each test starts as a new day for the tips: a
 * frequent view's tip opens whole the first time, as it does for a teen (a test that opens a view twice
 * sees the chip the second time). When the file is done, it fails the file if the extension sent any
 * network request or logged any error, then closes the browser.
 */
export function useExtensionBrowser(receive: (browser: Browser) => void, options?: Parameters<typeof launch>[0]) {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch(options);
    receive(browser);
  });
  beforeEach(async () => {
    if (browser) await forgetWholeTips(browser);
  });
  afterAll(async () => {
    if (!browser) return;
    expect(browser.extensionRequests).toEqual([]);
    expect(browser.extensionErrors).toEqual([]);
    await browser.close();
  });
}
