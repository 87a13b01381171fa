import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settings, settledTotalMs, stretchOf, today } from '../e2e/extension-state';
import { fixtureByName, fixtureUrl } from '../support/fixtures.mjs';
import { localDay } from '../support/history.mjs';
import { PAGE_HOSTS } from '../support/layers.mjs';
import { extensionErrorsIn, FIXTURES, launch, ORIGIN, waitFor } from './harness.mjs';

/**
 * Scrollwise in real Firefox ESR. The tips' shadow roots are closed and Firefox gives a test no way into
 * the content script's world, so a tip is seen by its host (mounted only while the tip shows) and by what
 * is at the screen's centre, and a reminder is used with the keyboard, as a teen without a mouse would.
 */
let firefox: Awaited<ReturnType<typeof launch>>;

beforeAll(async () => {
  firefox = await launch();
});
afterAll(async () => {
  if (!firefox) return;
  expect(await firefox.close()).toEqual([]);
});

const hosts = (page: Page, selector: string) => page.evaluate((s) => document.querySelectorAll(s).length, selector);
const atCentre = (page: Page) =>
  page.evaluate(
    (s) => document.elementFromPoint(innerWidth / 2, innerHeight / 2) === document.querySelector(s),
    PAGE_HOSTS.reminder,
  );
const storage = {
  clear: () => firefox.inExtension('options.html', () => browser.storage.local.clear()),
  set: (items: Record<string, unknown>) =>
    firefox.inExtension('options.html', (values: unknown) => browser.storage.local.set(values), items),
  get: () => firefox.inExtension('options.html', () => browser.storage.local.get(null)),
};
declare const browser: {
  storage: {
    local: { clear(): Promise<void>; set(v: unknown): Promise<void>; get(k: null): Promise<Record<string, unknown>> };
  };
  runtime: { sendMessage(m: unknown): Promise<unknown> };
};

describe('Scrollwise in Firefox ESR', () => {
  it('installs, and opens its welcome page', async () => {
    expect(await firefox.welcome.evaluate(() => location.href)).toBe(`${ORIGIN}/options.html#welcome`);
    // Found as soon as its address is the add-on's: it renders once the worker has answered.
    const heading = () => firefox.welcome.evaluate(() => document.querySelector('h1')?.textContent);
    expect(await waitFor(heading, 5_000)).toBe('Welcome to Scrollwise');
    // The suite's zone reached the browser: no test meets midnight (tests/support/browser-zone.mjs).
    expect(await firefox.welcome.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)).toBe(process.env.TZ);
  });

  for (const fixture of FIXTURES) {
    it(`${fixture.name}: ${fixture.view ?? 'no tip'}`, async () => {
      const page = await firefox.openFixture(fixture);
      if (fixture.view) {
        await waitFor(() => hosts(page, PAGE_HOSTS.tip), 5_000);
        expect(await hosts(page, PAGE_HOSTS.tip)).toBe(1);
        // Which view the tip is for is not the page's to read: the content script says what it recognizes.
        const checked = (await firefox.inExtension('options.html', () =>
          browser.runtime.sendMessage({ type: 'scrollwise/field-check' }),
        )) as { report: { views: { id: string }[] } | null };
        expect(checked.report?.views.map((view) => view.id)).toContain(fixture.view);
        // Both of Scrollwise's files run in the page (the tip is up): what they keep on their world's global
        // is not the page's to see.
        expect(
          await page.evaluate(() => ['scrollwisePageUi', 'scrollwiseSentinel'].filter((key) => key in window)),
        ).toEqual([]);
      } else {
        await new Promise((done) => setTimeout(done, 1_000));
        expect(await hosts(page, PAGE_HOSTS.tip)).toBe(0);
      }
      await page.close();
    });
  }

  // The pages above opened several frequent views, some more than once: each counts once for the day.
  it('records each frequent view’s whole tip in the background page, once a day, and never a rare view’s', async () => {
    const { tipShowings } = await storage.get();
    const once = { lastDay: localDay(0), count: 1 };
    expect(tipShowings).toEqual({
      comments: once,
      'comment-filters': once,
      'privacy-settings': once,
      'screen-time-settings': once,
      'content-preferences': once,
      messages: once,
    });
  });

  it('shows nothing on the same page served at example.com', async () => {
    const page = await firefox.openFixture(fixtureByName('video-with-comments'), 'https://example.com');
    await new Promise((done) => setTimeout(done, 1_000));
    expect(await hosts(page, `${PAGE_HOSTS.tip}, ${PAGE_HOSTS.reminder}`)).toBe(0);
    await page.close();
  });

  it('counts about 30 s of scrolling to within 3 s', async () => {
    await storage.clear();
    const opened = Date.now();
    const page = await firefox.openFixture(fixtureByName('video-with-comments'));
    await page.bringToFront();
    while (Date.now() - opened < 31_000) {
      await page.mouse.move(600, 400);
      await page.mouse.wheel({ deltaY: 40 });
      await new Promise((done) => setTimeout(done, 400));
    }
    // The second 15-s heartbeat has landed by now: what is stored must match the time since the tab opened,
    // up to that heartbeat. (Firefox may drop a message sent while a tab closes, so the tab stays open.)
    const { counted, until } = await waitFor(async () => {
      const stored = await storage.get();
      const day = stored[`day:${localDay(0)}`] as { totalMs?: number } | undefined;
      const ledger = stored.ledger as { stretch?: { last: number } } | undefined;
      return (day?.totalMs ?? 0) >= 25_000 && ledger?.stretch
        ? { counted: day?.totalMs ?? 0, until: ledger.stretch.last }
        : null;
    }, 10_000);
    expect(Math.abs(counted - (until - opened))).toBeLessThanOrEqual(3_000);
    await page.close();
  });

  it('shows the daily limit over the page: in its 10-second pause "Close TikTok" is the one choice the keyboard reaches, and it closes the tab', async () => {
    await storage.clear();
    await storage.set({ ...today(20), ...settings({ dailyLimitMin: 15 }) });
    const page = await firefox.openFixture(fixtureByName('video-with-comments'));
    await page.bringToFront();
    await waitFor(() => hosts(page, PAGE_HOSTS.reminder), 5_000);
    // It covers the page: the centre of the screen is Scrollwise's, not TikTok's.
    expect(await atCentre(page)).toBe(true);
    // The reminder takes focus to its heading, so the keyboard lands in it.
    const focused = () =>
      page.evaluate((s) => document.activeElement === document.querySelector(s), PAGE_HOSTS.reminder);
    await waitFor(focused, 5_000);
    // During the pause the one choice that can be reached is "Close TikTok" (#27: the easy exit never
    // waits; "5 more minutes" and the safety pass do): Tab then Enter closes the tab.
    await page.keyboard.press('Tab');
    // The tab can close between the key going down and coming up, and then the browser answers that the
    // page is gone: what counts is that it closed.
    await page.keyboard.press('Enter').catch(() => undefined);
    await waitFor(() => page.isClosed(), 5_000);
  });

  it('renders the popup and the options page with a label on every control', async () => {
    for (const path of ['popup.html', 'options.html']) {
      const unlabelled = await firefox.inExtension(path, async () => {
        // Rendered once storage is read; the popup's panels load when they are opened.
        const until = async (check: () => boolean) => {
          for (let tries = 0; tries < 50 && !check(); tries++) await new Promise((done) => setTimeout(done, 100));
        };
        await until(() => document.querySelector('main h1') !== null);
        for (const summary of document.querySelectorAll('summary')) (summary as HTMLElement).click();
        await until(() => document.querySelectorAll('input').length > 5);
        const controls = [...document.querySelectorAll('input, select, button')] as HTMLInputElement[];
        return {
          heading: document.querySelector('h1')?.textContent,
          count: controls.length,
          unlabelled: controls
            .filter(
              (control) =>
                (control.labels?.length ?? 0) === 0 &&
                !control.getAttribute('aria-label') &&
                !(control.tagName === 'BUTTON' && control.textContent?.trim()) &&
                !control.closest('label'),
            )
            .map((control) => control.outerHTML.slice(0, 80)),
        };
      });
      expect(unlabelled.heading, path).toBeTruthy();
      expect(unlabelled.count, path).toBeGreaterThan(5);
      expect(unlabelled.unlabelled, path).toEqual([]);
    }
  });

  it('exports and imports through the worker from the options page', async () => {
    await storage.clear();
    const totalMs = 30 * 60_000;
    const day = `day:${localDay(1)}`;
    await storage.set({
      [day]: { v: 1, totalMs, engagedMs: totalMs, watchingMs: 0, hours: Array(24).fill(0), tzOffsetMin: 60 },
    });
    const exported = (await firefox.inExtension('options.html', () =>
      browser.runtime.sendMessage({ type: 'scrollwise/export' }),
    )) as { ok: boolean; file: { days: Record<string, unknown> } };
    expect(exported.ok).toBe(true);
    expect(Object.keys(exported.file.days)).toEqual([day.slice(4)]);
    await storage.clear();
    const imported = await firefox.inExtension(
      'options.html',
      (text: string) => browser.runtime.sendMessage({ type: 'scrollwise/import', text }),
      JSON.stringify(exported.file),
    );
    expect(imported).toEqual({ ok: true, days: 1, added: 1, updated: 0, same: 0 });
    expect(((await storage.get())[day] as { totalMs: number }).totalMs).toBe(totalMs);
  });

  it('flags a request or an error from the add-on (the guards can fail)', async () => {
    const requests = firefox.extensionRequests.length;
    await firefox.inExtension('options.html', () => fetch('https://tracker.invalid/ping').catch(() => undefined));
    await waitFor(() => firefox.extensionRequests.length > requests, 5_000);
    firefox.extensionRequests.splice(requests);
    expect(extensionErrorsIn(`JavaScript error: ${ORIGIN}/tiktok.js, line 1: Error: boom`)).not.toBeNull();
    const errors = firefox.extensionErrors.length;
    await firefox.inExtension('options.html', () => {
      setTimeout(() => {
        throw new Error('guard check');
      });
    });
    await waitFor(() => firefox.extensionErrors.length > errors, 5_000);
    firefox.extensionErrors.splice(errors);
    // A programming error a feature caught and only warned about is flagged too.
    await firefox.inExtension('options.html', () => console.warn('Scrollwise:', new ReferenceError('guard check')));
    await waitFor(() => firefox.extensionErrors.length > errors, 5_000);
    expect(firefox.extensionErrors.splice(errors).join('\n')).toContain('guard check');
  });

  /**
   * The same as Chromium's (tests/e2e/reminders.e2e.ts): a page restored from the back/forward cache heard
   * no notice of the worker while away, and must catch up at once.
   */
  describe('a TikTok page back from the back/forward cache', () => {
    const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));
    const openCachable = async (name: string) => {
      const page = await firefox.openFixture(fixtureByName(name));
      await page.evaluate(() => {
        addEventListener('pageshow', (event) => {
          (window as { restored?: boolean }).restored = event.persisted;
        });
      });
      return page;
    };
    const away = (page: Page, name: string) =>
      page.goto(fixtureUrl(fixtureByName(name), 'https://example.com'), { waitUntil: 'load' });
    /** Back through the page's own history (no load to wait for), restored and not loaded again. */
    const backFromCache = async (page: Page) => {
      await page.evaluate(() => history.back());
      await waitFor(
        () => page.evaluate(() => (window as { restored?: boolean }).restored === true).catch(() => false),
        5_000,
      );
    };

    it('takes the daily limit set while it was away, at once', async () => {
      await storage.clear();
      await storage.set(today(16));
      const page = await openCachable('foryou-feed');
      await pause(1_000);
      expect(await hosts(page, PAGE_HOSTS.reminder)).toBe(0);
      await away(page, 'foryou-feed');
      await storage.set(settings({ dailyLimitMin: 15 }));
      await pause(500);
      await backFromCache(page);
      await waitFor(() => hosts(page, PAGE_HOSTS.reminder), 3_000);
      await page.close();
    });

    it('opens the pause at the door another tab started while it was away, at once', async () => {
      await storage.clear();
      const page = await openCachable('video-with-comments');
      await pause(1_000);
      await storage.set(settings({ doorPause: true }));
      await pause(1_000);
      expect(await hosts(page, PAGE_HOSTS.reminder)).toBe(0);
      await away(page, 'video-with-comments');
      await pause(500);
      // Back after time away, the teen opens TikTok in another tab, which starts the pause while this page
      // is cached: the worker's notice cannot reach it.
      await storage.set(stretchOf(0));
      const other = await firefox.openFixture(fixtureByName('video-with-comments'));
      await waitFor(() => hosts(other, PAGE_HOSTS.reminder), 5_000);
      // The teen goes back to the first tab (Firefox tells a tab in the background it is hidden).
      await page.bringToFront();
      await backFromCache(page);
      await waitFor(() => hosts(page, PAGE_HOSTS.reminder), 3_000);
      await other.close();
      await page.close();
    });

    it('takes the daily limit reached while it was away, once its reminders already run', async () => {
      await storage.clear();
      await storage.set({ ...settings({ breakEveryMin: 10, dailyLimitMin: 15 }), ...stretchOf(11), ...today(5) });
      const page = await openCachable('video-with-comments');
      await page.bringToFront();
      await waitFor(() => hosts(page, PAGE_HOSTS.reminder), 5_000);
      // A break answered with the keyboard (its heading, then Take a break, Close TikTok, Keep watching):
      // the reminders' screen has started on this page, and follows storage from then on.
      await waitFor(
        () => page.evaluate((s) => document.activeElement === document.querySelector(s), PAGE_HOSTS.reminder),
        5_000,
      );
      for (let step = 0; step < 3; step++) await page.keyboard.press('Tab');
      await page.keyboard.press('Enter');
      await waitFor(async () => (await hosts(page, PAGE_HOSTS.reminder)) === 0, 5_000);
      expect(page.isClosed()).toBe(false);
      await away(page, 'video-with-comments');
      // Watched elsewhere while this page is cached: no notice of the worker reaches it, only what storage
      // tells it once it is shown again (its own ask at that moment is only for a screen not yet started).
      // Written once the page's last slice has landed, as in Chromium's.
      await settledTotalMs(storage.get);
      await storage.set(today(16));
      await pause(500);
      await backFromCache(page);
      await waitFor(() => hosts(page, PAGE_HOSTS.reminder), 3_000);
      await page.close();
    });
  });
});
