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

/**
 * Whether a line is open now in its own zone: the tests run at any hour, and the help offered must be the
 * line open at that hour (the unit tests pin both sides of every line's hours).
 */
function openNow(zone: string, from: number, to: number): boolean {
  const hour = Number(new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: 'numeric', hourCycle: 'h23' }).format());
  return hour >= from && hour < to;
}
const FRENCH_LINE = () => (openNow('Europe/Paris', 9, 23) ? '3018' : '119');
const BELGIAN_LINE = () =>
  openNow('Europe/Brussels', 10, 24) ? 'Écoute-Enfants (103)' : 'Centre de Prévention du Suicide';

/** The welcome page of a new install, at its first step: the country. */
async function welcomeCountry(browser: Browser) {
  const welcome = await browser.context.newPage();
  await welcome.goto(extensionPageUrl(browser, 'options.html#welcome'));
  const select = welcome.locator('#welcome-country-select');
  await select.waitFor({ timeout: 5_000 });
  return { welcome, select };
}

const reportSentTip = (locale: string, timezoneId: string, fixture = 'report-modal-done.fr') =>
  inBrowser(locale, timezoneId, async (browser) => {
    const page = await openFixture(browser, fixtureByName(fixture));
    const card = tipCard(page, fixture.startsWith('report-self-harm') ? 'report-self-harm' : 'report-sent');
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
    expect(tip.text).toContain(BELGIAN_LINE());
    expect(tip.text).toContain('En danger\u202f? Appeler le 112.');
    expect(tip.text).not.toContain('3018');
    expect(tip.target).toBe('_blank');
    expect(tip.tel).toBe(0);
  });

  it('#21 names the line open now in Paris (the 3018 by day, the 119 at night) with its chat, and 112 or 17', async () => {
    const tip = await reportSentTip('fr-FR', 'Europe/Paris');
    const line = FRENCH_LINE();
    expect(tip.text).toContain(`ou au ${line}.`);
    expect(tip.href).toBe(line === '3018' ? 'https://3018.fr' : 'https://allo119.gouv.fr');
    expect(tip.label).toBe(`Écrire au ${line}`);
    expect(tip.text).toContain('tu peux contester sa décision gratuitement');
    expect(tip.text).toContain('En danger\u202f? Appeler le 112 ou 17.');
    expect(tip.target).toBe('_blank');
    expect(tip.tel).toBe(0);
  });

  it('follows the time zone, not the language region: a Belgian teen browsing in fr-FR, a French one in en-US', async () => {
    const belgian = await reportSentTip('fr-FR', 'Europe/Brussels');
    expect(belgian.text).toContain(BELGIAN_LINE());
    expect(belgian.text).not.toContain('3018');
    const french = await reportSentTip('en-US', 'Europe/Paris');
    expect(french.text).toContain(FRENCH_LINE());
    expect(french.text).not.toContain('988');
  });

  it('#21 in Nouméa, offers the French line open at this hour of Paris, and France’s danger numbers', async () => {
    const tip = await reportSentTip('fr-FR', 'Pacific/Noumea');
    expect(tip.text).toContain(`ou au ${FRENCH_LINE()}.`);
    expect(tip.text).toContain('Appeler le 112 ou 17.');
  });

  it('#21 offers the crisis line when the report is about suicide or self-harm: the 3114 in Paris, 988 in New York', async () => {
    const paris = await reportSentTip('fr-FR', 'Europe/Paris', 'report-self-harm.fr');
    expect(paris).toMatchObject({ href: 'https://3114.fr', label: 'Site du 3114', tel: 0 });
    expect(paris.text).toContain('parle au 3114, jour et nuit');
    const newYork = await reportSentTip('en-US', 'America/New_York', 'report-self-harm');
    expect(newYork.text).toContain('talk to 988, day or night');
    expect(newYork.text).toContain('In danger now? Call 911.');
  });

  it('puts "Need to talk?" in the popup, with the helpline site of the family country', async () => {
    await inBrowser('fr-FR', 'Europe/Paris', async (browser) => {
      const popup = await browser.context.newPage();
      await popup.goto(extensionPageUrl(browser, 'popup.html'));
      const link = popup.getByTestId('need-to-talk').locator('a').first();
      await link.waitFor({ timeout: 5_000 });
      expect(await link.getAttribute('href')).toBe(
        FRENCH_LINE() === '3018' ? 'https://3018.fr' : 'https://allo119.gouv.fr',
      );
      expect(await link.getAttribute('target')).toBe('_blank');
      const talk = (await popup.getByTestId('need-to-talk').textContent()) ?? '';
      expect(talk).toContain('Besoin d’en parler');
      // Thoughts of suicide: the 3114, day and night; in danger: 112 or 17.
      expect(talk).toContain('Site du 3114');
      expect(talk).toContain('Appeler le 112 ou 17.');
      // The options page offers the same help under the parents' guide.
      const options = await browser.context.newPage();
      await options.goto(extensionPageUrl(browser, 'options.html'));
      const help = options.getByTestId('options-help');
      await help.waitFor({ timeout: 5_000 });
      expect(await help.textContent()).toContain('Appeler le 112 ou 17.');
    });
  });

  it('asks the country once, on the welcome page, pre-selected from the time zone, and keeps the answer', async () => {
    await inBrowser('fr-FR', 'Europe/Brussels', async (browser) => {
      const { welcome, select } = await welcomeCountry(browser);
      expect(await select.inputValue()).toBe('BE');
      expect(await select.locator('option[value="BE"]').textContent()).toMatch(/Belgi/);
      // The family sees what the tips will offer before saving: Belgium's line, then France's chat.
      const preview = welcome.getByTestId('country-preview');
      expect(await preview.textContent()).toContain(openNow('Europe/Brussels', 10, 24) ? '103' : '0800 32 123');
      await select.selectOption('FR');
      await expect
        .poll(() => preview.locator('a').first().getAttribute('href'))
        .toBe(FRENCH_LINE() === '3018' ? 'https://3018.fr' : 'https://allo119.gouv.fr');
      // Saved as it changes, as every setting is.
      await select.selectOption('BE');
      await expect
        .poll(async () => (await browser.worker?.evaluate(() => chrome.storage.local.get('settings')))?.settings)
        .toMatchObject({ helplineCountry: 'BE' });
    });
  });

  it('pre-selects the country whose line the preview offers, from the language when the time zone names none', async () => {
    await inBrowser('en-US', 'Asia/Tokyo', async (browser) => {
      const { welcome, select } = await welcomeCountry(browser);
      expect(await select.inputValue()).toBe('US');
      expect(await welcome.getByTestId('country-preview').textContent()).toContain('988');
      // Nothing is saved until the family chooses: "automatic" gives the same line.
      expect((await browser.worker?.evaluate(() => chrome.storage.local.get('settings')))?.settings).toBeUndefined();
    });
  });
});
