import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fixtureByName, fixtureUrl, SETTINGS_TAB_LABELS } from '../support/fixtures.mjs';
import { type Browser, useExtensionBrowser } from './session';
import { tipCard as card, coveredArea, shadowLocator, tipShown } from './shadow';

let browser: Browser;
useExtensionBrowser((launched) => {
  browser = launched;
});

/** A fixture as a redesign would ship it: every class renamed, and half its data-e2e hooks gone (seed 2). */
async function openDrilled(name: string, drill = 'half-2') {
  const page = await browser.context.newPage();
  await page.goto(`${fixtureUrl(fixtureByName(name))}&drill=${drill}`, { waitUntil: 'load' });
  return page;
}

/**
 * Marks the controls a person would name, whatever their markup: "Post", "More", a request's answers, the
 * place to type, the settings' switches.
 */
const markControls = (page: Page) =>
  page.evaluate(() => {
    const named = /^(post|more|accept|accepter|delete|supprimer)$/i;
    const candidates = '[role="button"], button, [contenteditable="true"], [role="switch"]';
    for (const element of document.querySelectorAll(candidates)) {
      const name = (element.getAttribute('aria-label') ?? element.textContent ?? '').trim();
      if (named.test(name) || element.matches('[contenteditable="true"], [role="switch"]'))
        element.setAttribute('data-guard', '');
    }
    return document.querySelectorAll('[data-guard]').length;
  });

describe('after a redesign (classes renamed, half the hooks gone)', () => {
  for (const [name, view] of [
    ['video-with-comments', 'comments'],
    ['report-modal-done', 'report-sent'],
    ['report-self-harm', 'report-self-harm'],
    ['settings-privacy', 'privacy-settings'],
    ['message-request.dm-new.fr', 'message-request'],
    ['messages-chat.dm-new', 'messages'],
  ] as const) {
    it(`${name}: the ${view} tip, covering none of the controls a person names`, async () => {
      const page = await openDrilled(name);
      await card(page, view).waitFor({ timeout: 5_000 });
      await page.waitForTimeout(250);
      expect(await markControls(page)).toBeGreaterThan(0);
      expect(await coveredArea(page, view, ['[data-guard]'])).toBe(0);
      await page.close();
    });
  }

  it('never says "Thanks for reporting" while the report is still being written', async () => {
    for (const drill of ['renamed', 'half-1', 'half-2', 'half-3']) {
      const page = await openDrilled('report-modal-submit', drill);
      await card(page, 'report').waitFor({ timeout: 5_000 });
      expect(await shadowLocator(page, 'scrollwise-tip[data-view="report-sent"]').count()).toBe(0);
      await page.close();
    }
  });

  it('stays quiet on the decoys: the feed, and comments behind "You may like"', async () => {
    for (const name of ['foryou-feed', 'video-you-may-like.class-tab', 'settings-notifications']) {
      const page = await openDrilled(name);
      await page.waitForTimeout(1_000);
      expect(await shadowLocator(page, 'scrollwise-tip').count(), name).toBe(0);
      await page.close();
    }
  });

  it('looks again when a settings nav comes late, and when its aria-current moves', async () => {
    const page = await openDrilled('settings-privacy');
    await card(page, 'privacy-settings').waitFor({ timeout: 5_000 });
    // TikTok renders again: the page empties, then the older nav (role=button items, aria-current) comes.
    await page.evaluate(() => {
      for (const child of [...document.body.children]) child.remove();
    });
    await expect.poll(() => shadowLocator(page, 'scrollwise-tip').count()).toBe(0);
    await page.evaluate((labels) => {
      const nav = document.createElement('div');
      nav.style.cssText = 'position:fixed;top:80px;left:20px;width:220px';
      for (const [index, label] of labels.entries()) {
        const item = document.createElement('div');
        item.setAttribute('role', 'button');
        item.style.padding = '8px';
        if (index === 1) item.setAttribute('aria-current', 'page');
        item.textContent = label;
        nav.append(item);
      }
      setTimeout(() => document.body.append(nav), 300);
    }, SETTINGS_TAB_LABELS);
    await tipShown(page, 'privacy-settings').waitFor({ timeout: 5_000 });
    await page.evaluate(() => {
      const items = document.querySelectorAll('[role="button"][style]');
      items[1]?.removeAttribute('aria-current');
      items[5]?.setAttribute('aria-current', 'page');
    });
    await tipShown(page, 'screen-time-settings').waitFor({ timeout: 5_000 });
    await page.close();
  });
});
