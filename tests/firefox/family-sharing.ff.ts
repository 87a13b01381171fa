import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settings, today } from '../e2e/extension-state';
import { fixtureByName } from '../support/fixtures.mjs';
import { PAGE_HOSTS } from '../support/layers.mjs';
import { type Sync, type SyncEnd, startRelay } from '../support/sync-relay';
import { launch, waitFor } from './harness.mjs';

/**
 * #24 in Firefox ESR: two profiles of one family (two Firefox processes), joined by the relay that stands
 * for the browser account's sync. Firefox keeps `storage.sync` on the computer when no account is signed
 * in, as a family's would between two sync rounds, so each profile's writes and `onChanged` events are
 * the real ones; only the crossing between computers is the relay's.
 */
type Firefox = Awaited<ReturnType<typeof launch>>;
let desktop: Firefox;
let laptop: Firefox;

declare const browser: {
  storage: {
    local: { set(v: unknown): Promise<void>; get(k: string | null): Promise<Record<string, unknown>> };
    sync: {
      get(k: null): Promise<Record<string, unknown>>;
      set(v: unknown): Promise<void>;
      remove(k: string[]): Promise<void>;
    };
  };
};

/** Every call runs in the profile's options page (the welcome tab, moved there). */
const inOptions = <T, A extends unknown[]>(firefox: Firefox, fn: (...args: A) => T | Promise<T>, ...args: A) =>
  firefox.inExtension('options.html', fn, ...args) as Promise<T>;
const local = async (firefox: Firefox, key: string) =>
  (await inOptions(firefox, (k: string) => browser.storage.local.get(k), key))[key];
const syncOf = (firefox: Firefox) => inOptions(firefox, () => browser.storage.sync.get(null)) as Promise<Sync>;
const deviceIdOf = async (firefox: Firefox) => ((await local(firefox, 'device')) as { id: string } | undefined)?.id;
const setting = async (firefox: Firefox, field: string) =>
  ((await local(firefox, 'settings')) as Record<string, unknown> | undefined)?.[field];

/**
 * The relay's hold on one profile's sync. The options page it runs in may be reloading (a parent's step):
 * a delivery waits for the page rather than being lost, as the browser's sync would retry.
 */
const syncEnd = (firefox: Firefox): SyncEnd => ({
  read: () => syncOf(firefox),
  deviceId: () => deviceIdOf(firefox),
  deliver: (items, removed) =>
    waitFor(
      () =>
        inOptions(
          firefox,
          async (items: [string, unknown][], removed: string[]) => {
            for (const [key, value] of items) await browser.storage.sync.set({ [key]: value });
            if (removed.length > 0) await browser.storage.sync.remove(removed);
            return true;
          },
          items,
          removed,
        ).catch(() => false),
      15_000,
      250,
    ),
});

/** What a parent does on the options page, with the mouse and keyboard. */
const options = {
  page: (firefox: Firefox) => firefox.welcome as Page,
  async ready(firefox: Firefox) {
    await inOptions(firefox, () => undefined);
    await waitFor(
      () => this.page(firefox).evaluate(() => document.querySelector('#dailyLimitMin-on') !== null),
      10_000,
    );
  },
  async toggleSharing(firefox: Firefox) {
    await this.ready(firefox);
    await this.page(firefox).evaluate(() => {
      const label = [...document.querySelectorAll('label')].find((each) =>
        each.textContent?.includes('Share daily totals with the family’s other computers'),
      );
      (label?.control ?? label?.querySelector('input'))?.click();
    });
  },
  async type(firefox: Firefox, selector: string, text: string) {
    const page = this.page(firefox);
    await page.bringToFront();
    // A field turns editable once the worker took the switch beside it.
    await waitFor(() => this.enabled(firefox, selector), 10_000);
    await page.evaluate((s) => document.querySelector<HTMLInputElement>(s)?.focus(), selector);
    await page.keyboard.down('Control');
    await page.keyboard.press('a');
    await page.keyboard.up('Control');
    await page.keyboard.type(text);
    await page.keyboard.press('Tab');
  },
  enabled: (firefox: Firefox, selector: string) =>
    (firefox.welcome as Page).evaluate(
      (s) => document.querySelector<HTMLInputElement>(s)?.disabled === false,
      selector,
    ),
  /** Turns a limit on, as its box does, and waits for the worker to have stored it, as a parent sees it on. */
  async turnOn(firefox: Firefox, field: string) {
    await this.page(firefox).evaluate((s) => {
      const box = document.querySelector<HTMLInputElement>(s);
      if (box && !box.checked) box.click();
    }, `#${field}-on`);
    await waitFor(async () => Number(await setting(firefox, field)) > 0, 10_000);
  },
  async button(firefox: Firefox, name: string) {
    await this.page(firefox).evaluate((text) => {
      const found = [...document.querySelectorAll('button')].find((each) => each.textContent?.trim() === text);
      found?.click();
    }, name);
  },
};

beforeAll(async () => {
  [desktop, laptop] = await Promise.all([launch(), launch()]);
}, 60_000);

afterAll(async () => {
  const profiles = [desktop, laptop].filter((firefox) => firefox !== undefined);
  // Both close whatever one of them caught: a Firefox left running would weigh on the files after this one.
  expect(await Promise.all(profiles.map((firefox) => firefox.close()))).toEqual(profiles.map(() => []));
});

describe('#24 two computers, one family, in Firefox ESR', () => {
  it('adds up their time for one limit, takes a setting changed on both and the lock set on either, and leaves sync empty when off', async () => {
    await inOptions(desktop, (items: unknown) => browser.storage.local.set(items), { ...today(10), ...settings({}) });
    await inOptions(laptop, (items: unknown) => browser.storage.local.set(items), { ...today(6), ...settings({}) });
    const stopRelay = startRelay(syncEnd(desktop), syncEnd(laptop));
    try {
      for (const firefox of [desktop, laptop]) {
        await options.toggleSharing(firefox);
        await waitFor(() => deviceIdOf(firefox), 10_000);
      }
      // The desktop's 10 minutes reach the laptop.
      const desktopId = await deviceIdOf(desktop);
      await waitFor(async () => {
        const record = (await syncOf(laptop))[`device:${desktopId}`] as { days?: Record<string, number> } | undefined;
        return (Object.values(record?.days ?? {})[0] ?? 0) >= 10 * 60_000;
      }, 30_000);

      // A limit set on the desktop holds on the laptop: 10 there and 6 here make 16 of 15.
      await options.turnOn(desktop, 'dailyLimitMin');
      await options.type(desktop, '#dailyLimitMin', '15');
      await waitFor(async () => (await setting(laptop, 'dailyLimitMin')) === 15, 20_000);
      const tiktok = await laptop.openFixture(fixtureByName('video-with-comments'));
      await tiktok.bringToFront();
      await waitFor(() => tiktok.evaluate((s) => document.querySelector(s) !== null, PAGE_HOSTS.reminder), 20_000);
      await tiktok.close();

      // Two parents change the break reminder a moment apart: both computers end on the later change.
      await options.turnOn(desktop, 'breakEveryMin');
      await new Promise((done) => setTimeout(done, 1_100));
      await options.turnOn(laptop, 'breakEveryMin');
      await options.type(laptop, '#breakEveryMin', '45');
      for (const firefox of [desktop, laptop])
        await waitFor(async () => (await setting(firefox, 'breakEveryMin')) === 45, 20_000);

      // The lock set on the laptop holds on the desktop: its settings are locked there too.
      await options.type(laptop, '#new-secret', '2468');
      await options.type(laptop, '#confirm-secret', '2468');
      await options.button(laptop, 'Set the lock');
      await waitFor(async () => ((await local(desktop, 'parentLock')) as { pin: unknown } | undefined)?.pin, 20_000);
      // (Firefox's BiDi reload waits for an event an extension page never sends: the page reloads itself.)
      await options.page(desktop).evaluate(() => location.reload());
      await options.ready(desktop);
      await waitFor(async () => !(await options.enabled(desktop, '#dailyLimitMin')));

      // Off on both (each first unlocked): sync empties, and each computer keeps its own time.
      for (const firefox of [laptop, desktop]) {
        await options.type(firefox, '#unlock-secret', '2468');
        await options.button(firefox, 'Unlock');
        await waitFor(() => options.enabled(firefox, '#dailyLimitMin'));
        await options.toggleSharing(firefox);
      }
      for (const firefox of [desktop, laptop])
        await waitFor(async () => Object.keys(await syncOf(firefox)).length === 0, 20_000);
      stopRelay();
      const own = async (firefox: Firefox) =>
        Object.entries(await inOptions(firefox, () => browser.storage.local.get(null))).find(([key]) =>
          key.startsWith('day:'),
        )?.[1] as { totalMs: number };
      expect((await own(laptop)).totalMs).toBeGreaterThanOrEqual(6 * 60_000);
      expect((await own(laptop)).totalMs).toBeLessThan(7 * 60_000);
      expect((await own(desktop)).totalMs).toBe(10 * 60_000);
    } finally {
      stopRelay();
    }
  }, 180_000);
});
