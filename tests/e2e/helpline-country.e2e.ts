import { describe, expect, it } from 'vitest';
import { fixtureByName } from '../support/fixtures.mjs';
import { extensionPageUrl, launch, openFixture } from './harness.mjs';
import { tipCard } from './shadow';

type Browser = Awaited<ReturnType<typeof launch>>;

/**
 * A browser of its own per family, since the language and the time zone are the browser's, with the guard
 * every spec file has: no request and no error from the extension, in any context.
 */
async function inBrowser<T>(locale: string, timezoneId: string, use: (browser: Browser) => Promise<T>): Promise<T> {
  const browser = await launch({ locale, timezoneId });
  try {
    const result = await use(browser);
    expect(browser.extensionRequests).toEqual([]);
    expect(browser.extensionErrors).toEqual([]);
    return result;
  } finally {
    await browser.close();
  }
}

const reportSentTip = (locale: string, timezoneId: string) =>
  inBrowser(locale, timezoneId, async (browser) => {
    const page = await openFixture(browser, fixtureByName('report-modal-done.fr'));
    const card = tipCard(page, 'report-sent');
    await card.waitFor({ timeout: 5_000 });
    const link = card.locator('a');
    return {
      text: (await card.textContent()) ?? '',
      href: await link.getAttribute('href'),
      label: await link.textContent(),
      target: await link.getAttribute('target'),
      tel: await card.locator('a[href^="tel:"]').count(),
    };
  });

describe('the helpline of the family country', () => {
  it('names a Belgian line in Brussels with a browser in fr-BE', async () => {
    const tip = await reportSentTip('fr-BE', 'Europe/Brussels');
    expect(tip.text).toContain('103');
    expect(tip.text).not.toContain('3018');
    expect(tip.target).toBe('_blank');
    expect(tip.tel).toBe(0);
  });

  it('names the 3018 with its site in Paris, opened in a new tab', async () => {
    const tip = await reportSentTip('fr-FR', 'Europe/Paris');
    expect(tip.text).toContain('3018');
    expect(tip.href).toBe('https://3018.fr');
    expect(tip.label).toBe('Écrire au 3018');
    expect(tip.target).toBe('_blank');
    expect(tip.tel).toBe(0);
  });

  it('follows the time zone, not the language region: a Belgian teen browsing in fr-FR, a French one in en-US', async () => {
    const belgian = await reportSentTip('fr-FR', 'Europe/Brussels');
    expect(belgian.text).toContain('103');
    expect(belgian.text).not.toContain('3018');
    const french = await reportSentTip('en-US', 'Europe/Paris');
    expect(french.text).toContain('3018');
    expect(french.text).not.toContain('988');
  });

  it('puts "Need to talk?" in the popup, with the helpline site of the family country', async () => {
    await inBrowser('fr-FR', 'Europe/Paris', async (browser) => {
      const popup = await browser.context.newPage();
      await popup.goto(extensionPageUrl(browser, 'popup.html'));
      const link = popup.getByTestId('need-to-talk').locator('a');
      await link.waitFor({ timeout: 5_000 });
      expect(await link.getAttribute('href')).toBe('https://3018.fr');
      expect(await link.getAttribute('target')).toBe('_blank');
      expect(await popup.getByTestId('need-to-talk').textContent()).toContain('Besoin d’en parler');
    });
  });

  it('asks the country once, on the welcome page, pre-selected from the time zone, and keeps the answer', async () => {
    await inBrowser('fr-FR', 'Europe/Brussels', async (browser) => {
      const welcome = await browser.context.newPage();
      await welcome.goto(extensionPageUrl(browser, 'options.html#welcome'));
      const select = welcome.locator('#welcome-country-select');
      await select.waitFor({ timeout: 5_000 });
      expect(await select.inputValue()).toBe('BE');
      expect(await select.locator('option[value="BE"]').textContent()).toMatch(/Belgi/);
      // The family sees what the tips will offer before saving: Belgium's 103, then France's 3018 chat.
      const preview = welcome.getByTestId('country-preview');
      expect(await preview.textContent()).toContain('103');
      await select.selectOption('FR');
      await expect.poll(() => preview.locator('a').getAttribute('href')).toBe('https://3018.fr');
      await select.selectOption('BE');
      await welcome
        .getByTestId('welcome-country')
        .getByRole('button', { name: /Enregistrer|Save/ })
        .click();
      await expect
        .poll(async () => (await browser.worker?.evaluate(() => chrome.storage.local.get('settings')))?.settings)
        .toMatchObject({ helplineCountry: 'BE' });
    });
  });
});
