import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixtureByName } from '../support/fixtures.mjs';
import { localDay, seededWeek } from '../support/history.mjs';
import { axeViolations } from './axe';
import { today } from './extension-state';
import { extensionPageUrl, openFixture } from './harness.mjs';
import { FamilyPage } from './pages';
import { type Browser, useExtensionBrowser } from './session';
import { shadowLocator, tipShown } from './shadow';

const SHOTS = 'test-output/family';
let browser: Browser;
useExtensionBrowser((launched) => {
  browser = launched;
});

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  await browser.worker?.evaluate((days) => chrome.storage.local.set(days), seededWeek());
});

async function open(path: string, colorScheme: 'light' | 'dark' = 'dark', width = 372) {
  return (await FamilyPage.open(browser, path, { colorScheme, width })).page;
}

/** Storage as a fresh install with `items` would have it: local and sync emptied first. */
const resetStorage = (items: Record<string, unknown>) =>
  browser.worker?.evaluate(
    (values) =>
      chrome.storage.local
        .clear()
        .then(() => chrome.storage.sync.clear())
        .then(() => chrome.storage.local.set(values)),
    items,
  );

describe('the popup', () => {
  it('draws the week from stored history, today highlighted, with a table for screen readers', async () => {
    const popup = await open('popup.html');
    const bars = popup.locator('[data-testid="week-chart"] g[data-day]');
    await expect.poll(() => bars.count()).toBe(7);
    expect(await bars.last().getAttribute('data-day')).toBe(localDay(0));
    expect(await bars.last().getAttribute('data-ms')).toBe(String(27 * 60_000));
    expect(await bars.nth(3).getAttribute('data-ms')).toBe(String(74 * 60_000));
    expect(await popup.locator('.today-bar').count()).toBe(1);
    expect(await popup.locator('[data-testid="today-total"]').getAttribute('data-seconds')).toBe(String(27 * 60));
    expect(await popup.locator('[data-testid="week-chart"] table tbody tr').count()).toBe(7);
    await popup.screenshot({ path: `${SHOTS}/popup.dark.png`, fullPage: true });
    await popup.close();
  });

  it('has no serious or critical accessibility problem, light or dark, settings open', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const popup = await open('popup.html', scheme);
      await popup.locator('[data-testid="week-chart"]').waitFor();
      for (const summary of await popup.locator('summary').all()) await summary.click();
      expect(await axeViolations(popup), scheme).toEqual([]);
      await popup.screenshot({ path: `${SHOTS}/popup.${scheme}.settings.png`, fullPage: true });
      await popup.close();
    }
  });

  it('turns the limit on at a usual value, steps through valid values only, and refuses one out of range', async () => {
    const popup = await open('popup.html');
    await popup.locator('summary', { hasText: 'Settings' }).click();
    const storedLimit = async () =>
      (
        (await browser.worker?.evaluate(() => chrome.storage.local.get('settings')))?.settings as
          | { dailyLimitMin?: number }
          | undefined
      )?.dailyLimitMin ?? 0;
    const limit = popup.locator('#dailyLimitMin');
    expect(await limit.isDisabled()).toBe(true);
    await popup.locator('#dailyLimitMin-on').check();
    await expect.poll(storedLimit).toBe(60);
    // #27: the arrows never reach a refused value: from 15, down stays at 15.
    await limit.fill('15');
    await limit.press('Tab');
    await expect.poll(storedLimit).toBe(15);
    await expect.poll(() => limit.inputValue()).toBe('15');
    await limit.press('ArrowDown');
    expect(await limit.inputValue()).toBe('15');
    await limit.press('ArrowUp');
    expect(await limit.inputValue()).toBe('20');
    await limit.fill('14');
    await limit.press('Tab');
    await expect.poll(() => popup.locator('#error-dailyLimitMin').textContent()).toContain('between 15 and 360');
    expect(await limit.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(storedLimit).not.toBe(14);
    await popup.close();
  });

  it('#25 sets another limit for Saturdays and Sundays, refuses one out of range, and goes back to every day', async () => {
    const popup = await open('popup.html');
    await popup.locator('summary', { hasText: 'Settings' }).click();
    const stored = async () =>
      (
        (await browser.worker?.evaluate(() => chrome.storage.local.get('settings')))?.settings as
          | { weekendLimitMin?: number | null }
          | undefined
      )?.weekendLimitMin;
    const weekend = popup.locator('#weekendLimitMin');
    expect(await weekend.isDisabled()).toBe(true);
    await popup.locator('#weekendLimitMin-on').check();
    await expect.poll(stored).toBe(90);
    await weekend.fill('400');
    await weekend.press('Tab');
    await expect.poll(() => popup.locator('#error-weekendLimitMin').textContent()).toContain('between 15 and 360');
    await expect.poll(stored).toBe(90);
    await weekend.fill('120');
    await weekend.press('Tab');
    await expect.poll(stored).toBe(120);
    await popup.locator('#weekendLimitMin-on').uncheck();
    await expect.poll(stored).toBeNull();
    await popup.close();
  });

  it('#25 adds no-TikTok times, refuses two that overlap beside the second one, and saves once it is fixed', async () => {
    const options = await open('options.html', 'light', 900);
    const stored = async () =>
      (
        (await browser.worker?.evaluate(() => chrome.storage.local.get('settings')))?.settings as
          | { quietTimes?: { name: string; days: number[]; start: string; end: string }[] }
          | undefined
      )?.quietTimes ?? [];
    const field = options.locator('[data-testid="quiet-times"]');
    await field.getByRole('button', { name: 'Add a no-TikTok time' }).click();
    await expect.poll(stored).toEqual([{ name: 'Homework', days: [1, 2, 3, 4, 5], start: '17:00', end: '19:00' }]);
    await field.getByRole('button', { name: 'Add a no-TikTok time' }).click();
    await expect.poll(async () => (await stored()).map((time) => time.name)).toEqual(['Homework', 'Dinner']);
    // Dinner moved to 18:00 overlaps Homework on school days: said beside Dinner, kept as typed, not saved.
    await options.locator('input[name="quiet-1-start"]').fill('18:00');
    await options.locator('input[name="quiet-1-start"]').press('Tab');
    await expect.poll(() => options.locator('#error-quiet-1').textContent()).toContain('overlaps');
    expect(await options.locator('input[name="quiet-1-start"]').inputValue()).toBe('18:00');
    expect((await stored())[1]?.start).toBe('19:30');
    expect(await axeViolations(options)).toEqual([]);
    await options.screenshot({ path: `${SHOTS}/quiet-times.png`, fullPage: true });
    // Homework ending at 18:00 only touches Dinner: both save, and the message goes.
    await options.locator('input[name="quiet-0-end"]').fill('18:00');
    await options.locator('input[name="quiet-0-end"]').press('Tab');
    await expect
      .poll(async () => (await stored()).map((time) => `${time.start}-${time.end}`))
      .toEqual(['17:00-18:00', '18:00-20:30']);
    expect(await options.locator('#error-quiet-1').count()).toBe(0);
    await field.getByRole('button', { name: 'Remove “Dinner”' }).click();
    await field.getByRole('button', { name: 'Remove “Homework”' }).click();
    await expect.poll(stored).toEqual([]);
    await options.close();
  });

  it('#25 sets a limit for one day, refuses one out of range beside it, and makes today a day off in one tap', async () => {
    const options = await open('options.html', 'light', 900);
    const stored = async () =>
      ((await browser.worker?.evaluate(() => chrome.storage.local.get('settings')))?.settings ?? {}) as {
        dayLimitsMin?: (number | null)[];
        daysOff?: string[];
      };
    await options.locator('summary', { hasText: 'A limit for each day' }).click();
    const friday = options.getByLabel('Friday', { exact: true });
    await friday.fill('90');
    await friday.press('Tab');
    await expect.poll(async () => (await stored()).dayLimitsMin).toEqual([null, null, null, null, null, 90, null]);
    await friday.fill('5');
    await friday.press('Tab');
    await expect.poll(() => options.locator('#error-day-limit-5').textContent()).toContain('between 15 and 360');
    expect(await friday.inputValue()).toBe('5');
    expect((await stored()).dayLimitsMin?.[5]).toBe(90);
    await friday.fill('');
    await friday.press('Tab');
    await expect.poll(async () => (await stored()).dayLimitsMin?.[5]).toBeNull();

    const days = options.locator('[data-testid="days-off"]');
    await days.getByRole('button', { name: 'Today is a day off' }).click();
    await expect.poll(async () => (await stored()).daysOff).toEqual([localDay(0)]);
    expect(
      await days.getByRole('button', { name: 'Today is not a day off after all' }).getAttribute('aria-pressed'),
    ).toBe('true');
    // A day ahead is planned and listed; a day in the past is refused beside the date, and nothing is saved.
    const date = options.getByLabel('Another day off');
    const add = days.getByRole('button', { name: 'Add', exact: true });
    await date.fill(localDay(-3));
    await add.click();
    await expect.poll(async () => (await stored()).daysOff).toEqual([localDay(0), localDay(-3)]);
    await date.fill(localDay(3));
    await add.click();
    await expect.poll(() => options.locator('#error-day-off').textContent()).toContain('today or a later day');
    expect((await stored()).daysOff).toEqual([localDay(0), localDay(-3)]);
    expect(await axeViolations(options)).toEqual([]);
    await options.screenshot({ path: `${SHOTS}/day-limits-and-days-off.png`, fullPage: true });
    await days.getByRole('button', { name: 'Today is not a day off after all' }).click();
    await expect.poll(async () => (await stored()).daysOff).toEqual([localDay(-3)]);
    await options.close();
  });

  it('applies a setting live to an open TikTok tab, and keeps it when reopened', async () => {
    const tiktok = await openFixture(browser, fixtureByName('video-with-comments'));
    const tip = tipShown(tiktok, 'comments');
    await tip.waitFor();
    const popup = await open('popup.html');
    await popup.locator('summary', { hasText: 'Settings' }).click();
    await popup.getByLabel('Comments: reporting and filtering').uncheck();
    await expect.poll(() => shadowLocator(tiktok, 'scrollwise-tip').count()).toBe(0);
    await popup.close();
    const again = await open('popup.html');
    await again.locator('summary', { hasText: 'Settings' }).click();
    expect(await again.getByLabel('Comments: reporting and filtering').isChecked()).toBe(false);
    await again.getByLabel('Comments: reporting and filtering').check();
    await tip.waitFor();
    await again.close();
    await tiktok.close();
  });
});

describe('the options page and the parent lock', () => {
  it('#27 sets a family up in one pass at 1366×768: three lines, country, limits, the lock last, then done', async () => {
    const welcome = await FamilyPage.open(browser, 'options.html#welcome', {
      colorScheme: 'light',
      width: 1366,
      height: 768,
    });
    const { page } = welcome;
    await page.locator('.steps').waitFor();
    expect(await page.locator('[data-testid="welcome"] li').count()).toBe(3);
    expect(await axeViolations(page)).toEqual([]);
    // The steps in the guide's order, each setting in one place: the country once, the lock last.
    const order = await page.locator('.steps > li h2').allTextContents();
    expect(order).toEqual(['Your country', 'Limits, chosen with your teen', 'A parent lock, last']);
    expect(await page.locator('select#helplineCountry').count()).toBe(0);
    const stored = async () =>
      (await browser.worker?.evaluate(() => chrome.storage.local.get('settings')))?.settings as
        | { dailyLimitMin?: number; helplineCountry?: string }
        | undefined;
    // Every field saves as it changes: no Save button to miss.
    await page.locator('#welcome-country-select').selectOption('FR');
    await expect.poll(async () => (await stored())?.helplineCountry).toBe('FR');
    await page.locator('#dailyLimitMin-on').check();
    await page.locator('#dailyLimitMin').fill('90');
    await page.locator('#dailyLimitMin').press('Tab');
    await expect.poll(async () => (await stored())?.dailyLimitMin).toBe(90);
    await expect.poll(() => page.locator('#dailyLimitMin').inputValue()).toBe('90');
    await page.screenshot({ path: `${SHOTS}/options.welcome.png` });
    // Short enough to see whole on that screen, without scrolling.
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(768);
    await welcome.lock.set('2468');
    await page.getByTestId('welcome-finish').click();
    await page.getByTestId('welcome-done').waitFor();
    expect(await page.getByTestId('welcome-done').textContent()).toContain('All set');
    await page.close();
    // The next tests start from a computer with no lock.
    await browser.worker?.evaluate(() => chrome.storage.local.clear());
  });

  it('#27 has no serious or critical axe finding on the options page and the limit screen', async () => {
    await browser.worker?.evaluate((items) => chrome.storage.local.set(items), {
      ...today(16),
      settings: { dailyLimitMin: 15 },
    });
    const options = await open('options.html', 'light', 1000);
    expect(await axeViolations(options), 'options').toEqual([]);
    await options.close();
    // The limit screen as the browser holds it: the same screen as on TikTok, in a page axe can read.
    const limit = await browser.context.newPage();
    await limit.goto(extensionPageUrl(browser, 'limit.html'));
    await limit.locator('[role="dialog"] #reminder-title').waitFor();
    // Read once its entrance has faded in: contrast is judged on the screen as it stays.
    await limit.waitForTimeout(600);
    expect(await axeViolations(limit), 'limit').toEqual([]);
    await limit.close();
    await browser.worker?.evaluate(() => chrome.storage.local.clear());
  });

  it('locks settings behind a PIN the teen can see is on, and unlocks with it', async () => {
    const options = await FamilyPage.open(browser, 'options.html', { colorScheme: 'light', width: 1000 });
    await options.lock.set('2468');
    // #27: the greyed settings say why, once, above them.
    expect(await options.page.getByTestId('settings-locked').textContent()).toContain('PIN');
    const stored = await browser.worker?.evaluate(() => chrome.storage.local.get('parentLock'));
    expect(JSON.stringify(stored)).not.toContain('2468');
    expect(stored?.parentLock).toMatchObject({ pin: { alg: 'PBKDF2-SHA-256', iterations: 600_000 } });

    const popup = await FamilyPage.open(browser, 'popup.html');
    await popup.lock.badge().waitFor();
    await popup.section('Settings');
    const privacy = popup.page.getByLabel('Privacy settings');
    expect(await privacy.isDisabled()).toBe(true);
    await popup.lock.unlock('1111');
    await expect.poll(() => popup.lock.status(), { timeout: 10_000 }).toBe('That is not the right PIN.');
    expect(await privacy.isDisabled()).toBe(true);
    await popup.lock.unlock('2468');
    await expect.poll(() => privacy.isDisabled(), { timeout: 10_000 }).toBe(false);
    await popup.page.screenshot({ path: `${SHOTS}/popup.unlocked.png`, fullPage: true });
    await popup.close();

    // Remove the lock again (allowed while unlocked).
    await options.page.reload();
    await options.lock.remove();
    await expect.poll(() => options.lock.badge().count()).toBe(0);
    await options.close();
  });

  it('exports, imports and deletes from the options page and the popup, and refuses while the PIN lock holds', async () => {
    await browser.worker?.evaluate((days) => chrome.storage.local.set(days), seededWeek());
    for (const path of ['options.html', 'popup.html']) {
      const page = await FamilyPage.open(browser, path, {
        colorScheme: 'light',
        width: path === 'popup.html' ? 372 : 1000,
      });
      await page.section('Your data');
      const file = await page.data.export();
      // #27: the export says where the file went.
      await expect.poll(() => page.data.status()).toMatch(/^Saved as scrollwise-\d{4}-\d{2}-\d{2}\.json, where/);
      const exported = JSON.parse(readFileSync(file, 'utf8'));
      expect(exported.format).toBe('scrollwise-export');
      expect(Object.keys(exported.days).length).toBeGreaterThanOrEqual(7);
      expect(JSON.stringify(exported)).not.toContain('PBKDF2');

      await page.data.deleteAll();
      await expect.poll(() => page.data.status()).toBe('All data deleted.');
      expect(await browser.worker?.evaluate(() => chrome.storage.local.get(null).then(Object.keys))).not.toContain(
        `day:${localDay(1)}`,
      );
      await page.data.import(file);
      await expect
        .poll(() => page.data.status())
        .toMatch(/^The file had \d+ days\. \d+ added, 0 updated, 0 already here and unchanged\.$/);
      // The same file again: nothing changes, and the message says so.
      await page.data.import(file);
      await expect.poll(() => page.data.status()).toMatch(/^The file had (\d+) days\. 0 added, 0 updated, \1 already/);
      await page.close();
    }

    // With a PIN set and not typed, the worker refuses to export (the page also greys the button).
    const options = await FamilyPage.open(browser, 'options.html', { colorScheme: 'light', width: 1000 });
    await options.lock.set('2468');
    expect(await options.data.exportButton().isDisabled()).toBe(true);
    // #27: and says why, beside the greyed buttons, read with each of them.
    expect(await options.page.getByTestId('data-locked').textContent()).toContain('PIN');
    expect(await options.data.exportButton().getAttribute('aria-describedby')).toBe('data-locked');
    expect(await options.send({ type: 'scrollwise/export' })).toEqual({ ok: false, error: 'parent-locked', by: 'pin' });
    // The pages no longer write storage: a setting, too, is the worker's to refuse.
    expect(await options.send({ type: 'scrollwise/save-setting', field: 'dailyLimitMin', value: 0 })).toEqual({
      ok: false,
      error: 'parent-locked',
      by: 'pin',
    });
    await options.lock.unlock('2468');
    await expect.poll(() => options.data.exportButton().isDisabled(), { timeout: 10_000 }).toBe(false);
    await options.lock.remove();
    await expect.poll(() => options.lock.badge().count()).toBe(0);
    await options.close();
  });
});

describe('#25 the weekly look back', () => {
  it('shows the teen and the parents the same figures: this week against the one before, from a seeded fortnight', async () => {
    const dayOf = (minutes: number, nightMinutes: number, opens: number, longestMin: number) => {
      const hours = Array.from({ length: 24 }, () => 0);
      hours[16] = minutes * 60_000;
      hours[23] = nightMinutes * 60_000;
      const totalMs = (minutes + nightMinutes) * 60_000;
      return {
        v: 1,
        totalMs,
        engagedMs: totalMs,
        watchingMs: 0,
        hours,
        tzOffsetMin: 60,
        opens,
        longestMs: longestMin * 60_000,
      };
    };
    const days: Record<string, unknown> = {};
    for (let back = 0; back < 14; back++) days[`day:${localDay(back)}`] = dayOf(30, 0, 2, 20);
    days[`day:${localDay(1)}`] = dayOf(30, 40, 3, 55);
    const noon = (back: number) => new Date(`${localDay(back)}T12:00:00`).getTime();
    await resetStorage({
      ...days,
      nudgeLog: [
        { at: noon(2), kind: 'limit', choice: 'close' },
        { at: noon(3), kind: 'break', choice: 'break' },
        { at: noon(9), kind: 'sleep', choice: 'continue' },
      ],
    });
    const table = async (page: Page) =>
      page
        .locator('[data-testid="week-review"] tbody tr')
        .evaluateAll((rows) => rows.map((row) => [...row.children].map((cell) => cell.textContent?.trim())));
    const popup = await open('popup.html');
    await popup.locator('[data-testid="week-panel"] summary').click();
    await popup.locator('[data-testid="week-review"] tbody tr').first().waitFor();
    const teen = await table(popup);
    expect(teen.find((row) => row[0] === 'Times TikTok was opened')).toEqual(['Times TikTok was opened', '15', '14']);
    expect(teen.find((row) => row[0] === 'At night (22:00–07:00)')?.slice(1)).toEqual(['40 min', '0 min']);
    expect(teen.find((row) => row[0] === 'Longest time on end')?.slice(1)).toEqual(['55 min', '20 min']);
    expect(teen.find((row) => row[0] === 'Reminders shown')?.slice(1)).toEqual(['2', '1']);
    expect(teen.find((row) => row[0] === 'Breaks taken')?.slice(1)).toEqual(['1', '0']);
    expect(await axeViolations(popup)).toEqual([]);
    await popup.screenshot({ path: `${SHOTS}/week-review.popup.png`, fullPage: true });
    const options = await open('options.html', 'light', 900);
    await options.locator('[data-testid="week-review"] tbody tr').first().waitFor();
    expect(await table(options)).toEqual(teen);
    await popup.close();
    await options.close();
    await resetStorage(seededWeek());
  });
});

describe('#24 family sharing', () => {
  it('turned on by a parent: this computer’s total goes to sync, another computer’s minutes count for the limit, and off again', async () => {
    await resetStorage({ ...today(10), settings: { dailyLimitMin: 30 }, settings$: { v: 2 } });
    const syncKeys = async () =>
      Object.keys((await browser.worker?.evaluate(() => chrome.storage.sync.get(null))) ?? {}).sort();
    const options = await open('options.html', 'light', 900);
    const section = options.locator('[data-testid="family-sharing"]');
    expect(await section.textContent()).toContain('Nothing else is shared: no page, no video, no hour.');
    await section.getByLabel('Share daily totals with the family’s other computers').check();
    // This computer's totals and its rules (the settings and the lock, as it knows them).
    await expect.poll(syncKeys).toHaveLength(2);
    const [ownKey = '', rulesKey = ''] = await syncKeys();
    expect(ownKey).toMatch(/^device:[\w-]{8,}$/);
    expect(rulesKey).toBe(ownKey.replace('device:', 'rules:'));
    await section.getByLabel('This computer’s name').fill('Family desktop');
    await section.getByRole('button', { name: 'Save the name' }).click();
    await expect
      .poll(
        async () =>
          (
            (await browser.worker?.evaluate((key) => chrome.storage.sync.get(key), ownKey))?.[ownKey] as {
              name: string;
            }
          )?.name,
      )
      .toBe('Family desktop');
    // The family's laptop reports 25 minutes today, as sync would bring them.
    const laptop = {
      v: 1,
      name: 'Laptop',
      seen: Date.now(),
      days: { [localDay(0)]: 25 * 60_000, [localDay(1)]: 40 * 60_000 },
    };
    const syncLaptop = (record: object) =>
      browser.worker?.evaluate((record) => chrome.storage.sync.set({ 'device:laptop-0001': record }), record);
    await syncLaptop(laptop);
    await expect
      .poll(() => section.locator('[data-testid="sharing-status"]').textContent())
      .toBe('Counting on this computer and 1 other: Laptop, heard just now.');
    // On the laptop, Scrollwise's access to TikTok was turned off an hour ago: said here, while it lasts.
    const accessOff = section.locator('[data-testid="device-access-off"]');
    expect(await accessOff.count()).toBe(0);
    await syncLaptop({ ...laptop, accessOffAt: Date.now() - 3_600_000 });
    await expect
      .poll(() => accessOff.textContent())
      .toMatch(/^On Laptop, Scrollwise’s access to TikTok has been off since .+: no time is counted there\.$/);
    expect(await axeViolations(options)).toEqual([]);
    await options.screenshot({ path: `${SHOTS}/family-sharing.png`, fullPage: true });
    await syncLaptop(laptop);
    await accessOff.waitFor({ state: 'detached' });
    const popup = await open('popup.html');
    await expect
      .poll(() => popup.locator('[data-testid="today-total"]').getAttribute('data-seconds'))
      .toBe(String(35 * 60));
    expect(await popup.getByText('On TikTok today, all computers').count()).toBe(1);
    // The week is the family's too, as titled (yesterday only the laptop watched); the hours, this computer's.
    const week = popup.locator('[data-testid="week-chart"]');
    expect(await week.locator('figcaption').textContent()).toBe('The last 7 days, all computers');
    const dayMs = (day: string) => week.locator(`[data-day="${day}"]`).getAttribute('data-ms');
    expect([await dayMs(localDay(1)), await dayMs(localDay(0))]).toEqual([String(40 * 60_000), String(35 * 60_000)]);
    expect(await popup.locator('figure.hours figcaption').textContent()).toBe('Today by hour, this computer');
    // The look back's nights, opens and reminders are this computer's, and it says so.
    await popup.locator('[data-testid="week-panel"] summary').click();
    expect(await popup.locator('[data-testid="week-review-here"]').textContent()).toContain(
      'these figures are this computer’s',
    );
    await popup.screenshot({ path: `${SHOTS}/family-sharing.popup.png`, fullPage: true });
    await popup.close();
    // 10 minutes here and 25 there: the 30-minute limit holds on this computer.
    const tiktok = await openFixture(browser, fixtureByName('video-with-comments'));
    await shadowLocator(tiktok, 'scrollwise-reminder .dialog').waitFor({ timeout: 5_000 });
    await tiktok.close();
    await section.getByLabel('Share daily totals with the family’s other computers').uncheck();
    await expect.poll(syncKeys).toEqual(['device:laptop-0001']);
    // Off: the popup is this computer's again, charts included.
    const alone = await open('popup.html');
    const aloneWeek = alone.locator('[data-testid="week-chart"]');
    await expect.poll(() => aloneWeek.locator('figcaption').textContent()).toBe('The last 7 days');
    // 10 minutes, and the few seconds the TikTok page above counted.
    const ownToday = Number(await aloneWeek.locator(`[data-day="${localDay(0)}"]`).getAttribute('data-ms'));
    expect(ownToday).toBeGreaterThanOrEqual(10 * 60_000);
    expect(ownToday).toBeLessThan(11 * 60_000);
    await alone.close();
    await options.close();
    await resetStorage(seededWeek());
  });
});
