import { afterAll, beforeAll, expect } from 'vitest';
import { launch } from './harness.mjs';

export type Browser = Awaited<ReturnType<typeof launch>>;

/**
 * One Chromium with the built extension per spec file. When the file is done, it fails the file if the
 * extension sent any network request or logged any error, then closes the browser.
 */
export function useExtensionBrowser(receive: (browser: Browser) => void, options?: Parameters<typeof launch>[0]) {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch(options);
    receive(browser);
  });
  afterAll(async () => {
    if (!browser) return;
    expect(browser.extensionRequests).toEqual([]);
    expect(browser.extensionErrors).toEqual([]);
    await browser.close();
  });
}
