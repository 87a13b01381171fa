import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../support/fixtures.mjs';
import { extensionPageUrl, openFixture } from './harness.mjs';
import { type Browser, useExtensionBrowser } from './session';

let browser: Browser;
useExtensionBrowser((launched) => {
  browser = launched;
});

describe('"Check TikTok" on the options page', () => {
  it('tells, for every fixture, which view the open TikTok tab recognizes, with nothing of the page', async () => {
    const options = await browser.context.newPage();
    await options.goto(extensionPageUrl(browser, 'options.html#check-tiktok'));
    const result = options.getByTestId('field-check-text');
    for (const fixture of FIXTURES) {
      const tiktok = await openFixture(browser, fixture);
      await tiktok.waitForTimeout(300);
      await options.getByTestId('field-check').click();
      // The page clears the old result as it asks again.
      await expect
        .poll(() => result.inputValue(), { timeout: 5_000 })
        .toContain(
          `Recognized now: ${(fixture.view ?? fixture.afterStretch) ? `${fixture.view ?? fixture.afterStretch} (` : 'no view'}`,
        );
      const text = await result.inputValue();
      expect(text, fixture.name).toMatch(/^Scrollwise \S+ field check/);
      expect(text, fixture.name).not.toContain('tiktok.com');
      expect(text, fixture.name).not.toContain(new URL(tiktok.url()).pathname.slice(0, 12) || '///');
      await tiktok.close();
    }
    await options.getByTestId('field-check').click();
    await expect.poll(() => result.inputValue()).toContain('No TikTok tab answered');
    await options.close();
  });
});
