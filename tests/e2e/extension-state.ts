import { pbkdf2Sync, randomBytes } from 'node:crypto';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../utils/settings';
import { localDay } from '../support/history.mjs';
import type { Browser } from './session';

/** Writes extension storage from the worker, as the popup or a policy would. */
export async function store(browser: Browser, values: Record<string, unknown>) {
  await browser.worker?.evaluate((items) => chrome.storage.local.set(items), values);
}

export { stretchOf } from '../support/history.mjs';

/** A parent lock on `secret`, stored as the options page would (PBKDF2-SHA-256, as utils/lock/pin.ts). */
export function parentLockOn(secret: string) {
  const salt = randomBytes(16);
  const hash = pbkdf2Sync(secret, salt, 100_000, 32, 'sha256');
  const pin = {
    alg: 'PBKDF2-SHA-256',
    iterations: 100_000,
    salt: salt.toString('base64'),
    hash: hash.toString('base64'),
  };
  return { parentLock: { v: 1, pin, failures: 0, waitUntil: 0 } };
}

/** Everything the extension stores, read from the worker. */
export const allStored = (browser: Browser) => async () =>
  (await browser.worker?.evaluate(() => chrome.storage.local.get(null))) ?? {};

/**
 * Every day's stored total in ms, once no slice has landed for a second: the worker is the only writer of
 * viewing time, so a test waits for the slices in flight (a page leaving sends its last) before reading
 * the figure, or before writing a day behind the worker's back. Every day's, not today's: a test that runs
 * over midnight compares like with like.
 */
export async function settledTotalMs(readAll: () => Promise<Record<string, unknown>>): Promise<number> {
  const read = async () =>
    Object.entries(await readAll())
      .filter(([key]) => key.startsWith('day:'))
      .reduce((sum, [, day]) => sum + Number((day as { totalMs?: number }).totalMs ?? 0), 0);
  let last = await read();
  for (let i = 0; i < 10; i++) {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    const now = await read();
    if (now === last) return now;
    last = now;
  }
  throw new Error('the stored total kept changing');
}

/** Today's record at `minutes` of viewing. */
export function today(minutes: number) {
  const totalMs = minutes * 60_000;
  const hours = Array.from({ length: 24 }, (_, hour) => (hour === 12 ? totalMs : 0));
  return { [`day:${localDay(0)}`]: { v: 1, totalMs, engagedMs: totalMs, watchingMs: 0, hours, tzOffsetMin: 0 } };
}

/** Settings as stored (with WXT's version record). */
export const settings = (overrides: Partial<Settings>) => ({
  settings: { ...DEFAULT_SETTINGS, ...overrides },
  settings$: { v: 2 },
});

/**
 * A new day for the tips: each frequent view's tip opens whole once more (as the options page's reset does).
 * A page closed just before may still have its whole tip on the way to the worker: forgotten until it stays so.
 */
export async function forgetWholeTips(browser: Browser) {
  const left = async () => (await browser.worker?.evaluate(() => chrome.storage.local.get('tipShowings')))?.tipShowings;
  for (let attempt = 0; attempt < 5; attempt++) {
    await browser.worker?.evaluate(() => chrome.storage.local.remove('tipShowings'));
    // A late write lands within the worker's queue; gone at two reads 300 ms apart, it stays gone.
    await new Promise((resolve) => setTimeout(resolve, 300));
    if (await left()) continue;
    await new Promise((resolve) => setTimeout(resolve, 300));
    if (!(await left())) return;
  }
  throw new Error('tipShowings kept coming back');
}

/** Makes the page's first video really play (a canvas stream), as TikTok's would. */
export async function playVideo(page: Page) {
  await page.evaluate(async () => {
    const video = document.querySelector('video') as HTMLVideoElement;
    const canvas = document.createElement('canvas');
    canvas.getContext('2d')?.fillRect(0, 0, 10, 10);
    video.srcObject = canvas.captureStream(10);
    video.muted = true;
    await video.play();
  });
  expect(await page.evaluate(() => document.querySelector('video')?.paused)).toBe(false);
}
