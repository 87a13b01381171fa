import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureByName } from '../support/fixtures.mjs';
import { forgetWholeTips } from './extension-state';
import { openFixture } from './harness.mjs';
import { type Browser, useExtensionBrowser } from './session';
import { tipCard as card, coveredArea, shadowLocator, tipChip, tipShown } from './shadow';

let browser: Browser;
useExtensionBrowser((launched) => {
  browser = launched;
});

/** The bar for following TikTok: a tip within 1.5 s of its view opening or closing. */
const FOLLOW_MS = 1_500;
const hosts = (page: Page) => shadowLocator(page, 'scrollwise-tip');

/** TikTok's message controls a tip must never cover, named from the evidence, not from our selectors. */
const MESSAGE_CONTROLS = [
  '[data-e2e="dm-new-input-editor"]',
  '[data-e2e="message-input-area"]',
  '[data-e2e="dm-new-send-btn"]',
  '[data-e2e="message-send"]',
  '[data-e2e="more-action-icon"]',
  '[data-e2e="conversation-more-action"]',
  '[class*="DivStrangerBox"] [role="button"]',
  '[class*="SpanReportText"]',
];

/** Replaces an element's content, as TikTok's React does when a chat opens or closes. */
const setContent = (page: Page, selector: string, html: string) =>
  page.evaluate(
    ([target, markup]: readonly [string, string]) => {
      const element = document.querySelector(target);
      if (element) element.innerHTML = markup;
    },
    [selector, html] as const,
  );

const storedText = async () => JSON.stringify(await browser.worker?.evaluate(() => chrome.storage.local.get(null)));

// What a page script does when the teen opens a chat, a request, or closes it: the URL stays /messages.
const CHAT = `<div class="css-e1-5e6d46e3--DivChatHeader"><p data-e2e="dm-new-chat-nickname">Robin</p><p data-e2e="chat-uniqueid">@robin.secret</p></div>
  <div data-e2e="dm-new-message-list" class="css-e6-5e6d46e3--DivChatMain"><div data-index="0"><div data-e2e="dm-new-chat-item">a private sentence</div></div></div>
  <div class="css-e7-5e6d46e3--DivChatBottom"><div data-e2e="dm-new-input-editor"><div contenteditable="true" role="textbox">…</div></div><button data-e2e="dm-new-send-btn">Send</button></div>`;
const REQUEST_BOX = `<div class="css-s1-5e6d46e3--DivStrangerBox"><p class="css-s2-5e6d46e3--PStrangerTitle">Robin wants to send you a message</p>
  <p><span class="css-s4-5e6d46e3--SpanReportText" role="button">Report this user</span></p>
  <div class="css-s5-5e6d46e3--DivOperation"><div role="button">Delete</div><div role="button">Accept</div></div></div>`;
const EMPTY = `<div class="css-ic-5e6d46e3--DivIconContainer"><p>Select a message to start chatting</p></div>`;

describe('the messages views', () => {
  it('follow the teen through the inbox, a chat, a request and out, with the URL unchanged', async () => {
    const page = await openFixture(browser, fixtureByName('messages-inbox.dm-new.fr'));
    const before = await storedText();
    const url = page.url();
    await card(page, 'messages').waitFor({ timeout: 5_000 });

    const pane = '#main-content-messages';
    await setContent(page, pane, CHAT);
    await page.waitForTimeout(300);
    expect(await card(page, 'messages').count()).toBe(1);
    expect(await coveredArea(page, 'messages', MESSAGE_CONTROLS)).toBe(0);

    await page.evaluate((html: string) => {
      document.querySelector('[class*="DivChatBottom"]')?.insertAdjacentHTML('afterend', html);
      document.querySelector('[class*="DivChatBottom"]')?.remove();
    }, REQUEST_BOX);
    await card(page, 'message-request').waitFor({ timeout: FOLLOW_MS });
    expect(await hosts(page).count()).toBe(1);
    expect(await coveredArea(page, 'message-request', MESSAGE_CONTROLS)).toBe(0);

    await setContent(page, pane, EMPTY);
    await tipShown(page, 'messages').waitFor({ timeout: FOLLOW_MS });
    expect(page.url()).toBe(url);

    await page.evaluate(() => {
      history.pushState({}, '', '/foryou');
      document.querySelector('main')?.remove();
    });
    await expect.poll(() => hosts(page).count(), { timeout: FOLLOW_MS }).toBe(0);

    // Only view ids and times are kept: no name, handle or message the page showed.
    const after = await storedText();
    for (const text of ['Robin', 'robin.secret', 'private sentence', 'Sam', 'Jade', 'Alex'])
      expect(after, text).not.toContain(text);
    expect(after).not.toBe(before); // the sighting of each view was recorded
    await page.close();
  });

  it('covers none of the page message controls, in either generation of hooks', async () => {
    for (const fixture of FIXTURES.filter((candidate) => candidate.view?.startsWith('message'))) {
      // The whole card is what could cover a control: each page gets it.
      await forgetWholeTips(browser);
      const page = await openFixture(browser, fixture);
      await card(page, fixture.view as string).waitFor({ timeout: 5_000 });
      expect(await coveredArea(page, fixture.view as string, MESSAGE_CONTROLS), fixture.name).toBe(0);
      await page.close();
    }
  });

  it('offers the helpline as a web page in a new tab, in the page language', async () => {
    const page = await openFixture(browser, fixtureByName('messages-chat.fr'));
    const tip = card(page, 'messages');
    await tip.waitFor({ timeout: 5_000 });
    const text = await tip.textContent();
    expect(text).toContain('ne paie pas');
    expect(text).toContain('ce n’est pas ta faute');
    expect(text).toMatch(/En danger\u202f\? Appeler (le \d+|les urgences)/);
    expect(await tip.locator('a[href^="https://"][target="_blank"]').count()).toBe(1);
    expect(await tip.locator('a[href^="tel:"]').count()).toBe(0);
    await page.close();
  });

  it('#21 keeps the helpline one click away after "Don’t show this again": the tip comes back as a chip', async () => {
    const page = await openFixture(browser, fixtureByName('messages-chat.fr'));
    await card(page, 'messages').getByRole('button', { name: 'Ne plus afficher' }).click();
    await expect.poll(() => hosts(page).count()).toBe(0);
    await page.reload();
    await tipChip(page, 'messages').waitFor({ timeout: 5_000 });
    await tipChip(page, 'messages').click();
    await card(page, 'messages').waitFor({ timeout: 2_000 });
    expect(await card(page, 'messages').textContent()).toContain('ce n’est pas ta faute');
    await browser.worker?.evaluate(() => chrome.storage.local.remove('dismissedTips'));
    await page.close();
  });

  it('points at Delete and Report this user on a request, without covering them', async () => {
    const page = await openFixture(browser, fixtureByName('message-request'));
    await card(page, 'message-request').getByRole('button', { name: 'Show me' }).click();
    const spotlight = shadowLocator(page, 'scrollwise-tip [data-testid="spotlight"]');
    await spotlight.waitFor();
    const [lit, box] = await Promise.all([
      spotlight.boundingBox(),
      page.locator('[class*="DivStrangerBox"]').boundingBox(),
    ]);
    expect(lit && box && lit.x <= box.x && lit.y <= box.y && lit.width >= box.width).toBe(true);
    await page.close();
  });
});
