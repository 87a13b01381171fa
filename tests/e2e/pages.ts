import type { Page } from 'playwright-core';
import { extensionPageUrl } from './harness.mjs';
import type { Browser } from './session';

/**
 * Page objects for the extension's own pages, as `shadow.ts` is for the tips: a test says what a parent
 * does ("set the lock", "export"), and how the page is built lives here once.
 */
export class FamilyPage {
  private constructor(readonly page: Page) {}

  /** Opens the popup (`popup.html`) or the options page (`options.html`, `options.html#welcome`). */
  static async open(
    browser: Browser,
    path: string,
    {
      colorScheme = 'dark',
      width = 372,
      height = 800,
    }: { colorScheme?: 'light' | 'dark'; width?: number; height?: number } = {},
  ) {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width, height });
    await page.goto(extensionPageUrl(browser, path));
    await page.locator('main').waitFor();
    return new FamilyPage(page);
  }

  /** The popup folds its sections: opens the one named, if folded. */
  async section(name: string) {
    const summary = this.page.locator('summary', { hasText: name });
    if ((await summary.count()) > 0 && (await summary.locator('..').getAttribute('open')) === null)
      await summary.click();
  }

  readonly lock = {
    badge: () => this.page.locator('[data-testid="lock-badge"]'),
    status: () => this.page.locator('.lock .status').textContent(),
    set: async (secret: string) => {
      await this.page.locator('#new-secret').fill(secret);
      await this.page.locator('#confirm-secret').fill(secret);
      await this.page.getByRole('button', { name: 'Set the lock' }).click();
      await this.lock.badge().waitFor({ timeout: 10_000 });
    },
    unlock: async (secret: string) => {
      await this.page.locator('#unlock-secret').fill(secret);
      await this.page.getByRole('button', { name: 'Unlock' }).click();
    },
    remove: async () => {
      await this.page.getByRole('button', { name: 'Remove the lock' }).click();
    },
  };

  readonly data = {
    exportButton: () => this.page.getByRole('button', { name: 'Export my data' }),
    status: () => this.page.locator('.data .status').textContent(),
    /** Exports, and gives the downloaded file's path. */
    export: async () => {
      const download = this.page.waitForEvent('download');
      await this.data.exportButton().click();
      return (await download).path();
    },
    deleteAll: async () => {
      await this.page.getByRole('button', { name: 'Delete all data' }).click();
      await this.page.getByRole('button', { name: 'Delete everything' }).click();
    },
    import: (file: string) => this.page.locator('[data-testid="import-file"]').setInputFiles(file),
  };

  /** Asks the worker as this page would, bypassing its buttons: what the worker itself allows. */
  send(request: { type: string; [key: string]: unknown }) {
    return this.page.evaluate((message) => chrome.runtime.sendMessage(message), request);
  }

  close() {
    return this.page.close();
  }
}

/** The small window where a parent types the PIN for five more minutes. */
export class PinWindow {
  constructor(readonly page: Page) {}

  async grant(secret: string) {
    await this.page.locator('#extra-secret').fill(secret);
    await this.page.getByRole('button', { name: 'Give 5 more minutes' }).click();
  }

  status() {
    return this.page.locator('[role="status"]').textContent();
  }
}
