import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import { fixtureByName, fixtureUrl } from '../support/fixtures.mjs';
import { parentLockOn, settings, store as storeIn, today } from './extension-state';
import { extensionPageUrl, inContentScript } from './harness.mjs';
import { FamilyPage, PinWindow } from './pages';
import { type Browser, useExtensionBrowser } from './session';
import { tipCard as card, PAGE_HOSTS, shadowLocator, tipShown } from './shadow';

/**
 * TikTok's page is not on Scrollwise's side: its scripts, a bookmarklet or another extension can read
 * and change the DOM and send messages and events. Everything here is done from the page's main world,
 * as such a script would, and Scrollwise must keep working.
 */
let browser: Browser;
/** A canvas stream makes a `<video>` that really plays, with no file and no network. */
const PLAYING_VIDEO = `<video muted playsinline style="width:100%;height:100%;display:block"></video><script>
  const canvas = Object.assign(document.createElement('canvas'), { width: 64, height: 64 });
  const pen = canvas.getContext('2d');
  setInterval(() => { pen.fillStyle = '#' + Math.floor(Math.random() * 0xffffff).toString(16).padStart(6, '0'); pen.fillRect(0, 0, 64, 64); }, 100);
  const video = document.querySelector('video');
  video.srcObject = canvas.captureStream(10);
  video.play();
  if (location.search.includes('hide')) setInterval(() => { for (const host of document.querySelectorAll('${PAGE_HOSTS.any}')) host.remove(); }, 5);
</script>`;
const EMBED = '/embed/v2/7300000000000000001';
/** TikTok's embed player in a frame of another site's page (served for both origins; used on example.com). */
const NEWS = (query: string) =>
  `<!doctype html><title>News</title><h1>Today's news</h1><iframe src="https://www.tiktok.com${EMBED}${query}" width="600" height="500"></iframe>`;

useExtensionBrowser(
  (launched) => {
    browser = launched;
  },
  {
    extraPages: {
      [EMBED]: `<!doctype html><body style="margin:0">${PLAYING_VIDEO}</body>`,
      '/news': NEWS(''),
      '/news-hiding': NEWS('?hide'),
    },
  },
);

const store = (values: Record<string, unknown>) => storeIn(browser, values);
const overlay = (page: Page) => shadowLocator(page, 'scrollwise-reminder .dialog');
/** The reminder is what a person sees at the screen's centre, as the page itself can tell. */
const reminderAtCentre = (page: Page) =>
  page.evaluate(
    (selector) => document.elementFromPoint(innerWidth / 2, innerHeight / 2) === document.querySelector(selector),
    PAGE_HOSTS.reminder,
  );

/** Everything the page hears by `postMessage`, from its very first script on. */
const RECORD_MESSAGES = () => {
  const heard: string[] = [];
  (window as unknown as { heard: string[] }).heard = heard;
  window.addEventListener('message', (event) => heard.push(JSON.stringify(event.data)), true);
};

/** 17 s of a teen scrolling (a heartbeat's worth of input and more), then every day's total as stored. */
async function scrollThenCount(page: Page) {
  const started = Date.now();
  while (Date.now() - started < 17_000) {
    await page.mouse.wheel(0, 40);
    await page.waitForTimeout(500);
  }
  return storedTotal();
}

/** Every day's total as stored, in ms. */
function storedTotal() {
  return browser.worker?.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    return Object.entries(all)
      .filter(([key]) => key.startsWith('day:'))
      .reduce((sum, [, day]) => sum + ((day as { totalMs?: number }).totalMs ?? 0), 0);
  });
}

async function openWatched(name: string) {
  const page = await browser.context.newPage();
  await page.addInitScript(RECORD_MESSAGES);
  await page.goto(fixtureUrl(fixtureByName(name)), { waitUntil: 'load' });
  return page;
}

beforeEach(async () => {
  await browser.worker?.evaluate(() => chrome.storage.local.clear());
});

describe('a page that attacks Scrollwise', () => {
  it('cannot switch it off by replaying the start-up signal: tips, counting and reminders go on', async () => {
    const page = await openWatched('feed-comment-sidebar');
    await card(page, 'comments').waitFor({ timeout: 5_000 });
    const id = browser.extensionId ?? '';
    // What WXT's handshake listens for, in every form a script could send it.
    await page.evaluate((extensionId) => {
      for (const type of [`${extensionId}:tiktok:wxt:content-script-started`, 'wxt:content-script-started']) {
        const detail = { contentScriptName: 'tiktok', messageId: 'page' };
        document.dispatchEvent(new CustomEvent(type, { detail }));
        window.dispatchEvent(new CustomEvent(type, { detail }));
        window.postMessage({ type, ...detail }, '*');
      }
    }, id);
    await page.waitForTimeout(300);
    // Tips: the comment panel closes and opens again, and the tip follows.
    const panel = '[class*="SectionCommentSidebarContainer"]';
    await page.evaluate((selector) => document.querySelector(selector)?.setAttribute('hidden', ''), panel);
    await expect.poll(() => shadowLocator(page, 'scrollwise-tip').count(), { timeout: 5_000 }).toBe(0);
    await page.evaluate((selector) => document.querySelector(selector)?.removeAttribute('hidden'), panel);
    await tipShown(page, 'comments').waitFor({ timeout: 5_000 });
    // Counting: input in the page still adds time, reported by the next heartbeat.
    const total = await scrollThenCount(page);
    expect(total).toBeGreaterThan(10_000);
    // Reminders: a daily limit reached now still shows.
    await store({ ...today(20), ...settings({ dailyLimitMin: 15 }) });
    await overlay(page).waitFor({ timeout: 5_000 });
    await page.close();
  });

  it('never learns the extension id from anything it can read', async () => {
    const page = await openWatched('video-with-comments');
    await card(page, 'comments').waitFor({ timeout: 5_000 });
    await store({ ...today(20), ...settings({ dailyLimitMin: 15 }) });
    await overlay(page).waitFor({ timeout: 5_000 });
    const readable = await page.evaluate(() => {
      const attributes = [...document.querySelectorAll('*')].flatMap((element) =>
        [...element.attributes].map((attribute) => `${attribute.name}=${attribute.value}`),
      );
      return [
        ...(window as unknown as { heard: string[] }).heard,
        document.documentElement.outerHTML,
        ...attributes,
        ...performance.getEntries().map((entry) => entry.name),
        ...Object.keys(window),
        ...[...document.styleSheets].flatMap((sheet) => [...sheet.cssRules].map((rule) => rule.cssText)),
      ].join('\n');
    });
    expect(readable).not.toContain(browser.extensionId);
    expect(readable).not.toContain('chrome-extension://');
    // The tips' and reminders' UI file ran in the content script's world (both are up): the page sees
    // neither its hand-over nor the file, which nothing makes web-accessible, nor the sentinel kept there.
    expect(
      await page.evaluate(() => ['scrollwisePageUi', 'scrollwiseSentinel'].filter((key) => key in window)),
    ).toEqual([]);
    const manifest = await browser.worker?.evaluate(() => chrome.runtime.getManifest());
    expect(manifest?.content_scripts?.[0]?.js).toEqual(['tiktok.js']);
    expect(manifest?.web_accessible_resources).toBeUndefined();
    await page.close();
  });

  it('cannot suspend the daily limit with a report form that is not on screen', async () => {
    await store({ ...today(20), ...settings({ dailyLimitMin: 15 }) });
    const page = await openWatched('foryou-feed');
    await overlay(page).waitFor({ timeout: 5_000 });
    const hidden = [
      'opacity:0',
      'width:0;height:0;overflow:hidden;padding:0;border:0',
      'position:fixed;left:-5000px;top:0;width:400px;height:300px',
      'visibility:hidden',
      'clip-path:inset(50%);position:fixed;width:1px;height:1px',
    ];
    for (const style of hidden) {
      await page.evaluate((css) => {
        document.getElementById('fake')?.remove();
        const form = document.createElement('div');
        form.id = 'fake';
        form.setAttribute('role', 'dialog');
        form.innerHTML = `<form data-e2e="report-form" style="${css}"><label data-e2e="report-card-reason">Spam</label></form>`;
        document.body.append(form);
      }, style);
      await page.waitForTimeout(400);
      expect(await overlay(page).count(), style).toBe(1);
    }
    // A stylesheet that hides it counts as hidden too.
    await page.evaluate(() => {
      const sheet = document.createElement('style');
      sheet.textContent = '#fake form { display: none }';
      document.head.append(sheet);
      const form = document.querySelector('#fake form') as HTMLElement;
      form.removeAttribute('style');
    });
    await page.waitForTimeout(400);
    expect(await overlay(page).count()).toBe(1);
    await page.close();
  });

  it('cannot read, click or hide what Scrollwise shows', async () => {
    await store({ ...today(20), ...settings({ dailyLimitMin: 15 }) });
    const page = await openWatched('video-with-comments');
    await overlay(page).waitFor({ timeout: 5_000 });
    const reach = await page.evaluate(({ any, reminder: selector }) => {
      const hosts = [...document.querySelectorAll(any)];
      const reminder = document.querySelector(selector) as HTMLElement;
      // Clicks and keys a script can fake; none of them is trusted.
      reminder.click();
      reminder.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
      const atCentre = document.elementFromPoint(innerWidth / 2, innerHeight / 2);
      return {
        shadowRoots: hosts.map((host) => host.shadowRoot),
        inputs: document.querySelectorAll('input, textarea, [contenteditable="true"]').length,
        atCentre: atCentre === reminder,
        named: document.documentElement.outerHTML.match(/scrollwise/gi)?.length ?? 0,
      };
    }, PAGE_HOSTS);
    expect(reach.shadowRoots.every((root) => root === null)).toBe(true);
    expect(reach.atCentre).toBe(true);
    // Nothing the page can read names the product: the hosts are plain, unnamed elements.
    expect(reach.named).toBe(0);
    // A stylesheet that hides the host, with every trick of the cascade.
    await page.evaluate((selector) => {
      const sheet = document.createElement('style');
      sheet.textContent = `@layer x { html > div { display: none !important } }
        html > div, html > div[popover], :popover-open { display: none !important; opacity: 0 !important;
        visibility: hidden !important; transform: translateX(-9999px) !important }`;
      document.head.append(sheet);
      (document.querySelector(selector) as HTMLElement).style.setProperty('display', 'none', 'important');
    }, PAGE_HOSTS.reminder);
    await page.waitForTimeout(300);
    const box = await overlay(page).boundingBox();
    expect(box?.width).toBeGreaterThan(100);
    expect(await reminderAtCentre(page)).toBe(true);
    await page.close();
  });

  it('puts back a removed reminder, and keeps it on screen whatever the page does to <body>', async () => {
    await store({ ...today(20), ...settings({ dailyLimitMin: 15 }) });
    const page = await openWatched('video-with-comments');
    await overlay(page).waitFor({ timeout: 5_000 });
    const back = () =>
      page.evaluate(
        (selector) =>
          new Promise<boolean>((resolve) => {
            document.querySelector(selector)?.remove();
            requestAnimationFrame(() =>
              requestAnimationFrame(() => resolve(document.querySelector(selector) !== null)),
            );
          }),
        PAGE_HOSTS.reminder,
      );
    expect(await back()).toBe(true);
    const tricks = [
      // A new <body> in place of the old one.
      () => document.body.replaceWith(document.createElement('body')),
      // A hidden second <body> a repair into "the body" would move the reminder into.
      () => {
        const decoy = document.createElement('body');
        decoy.style.display = 'none';
        document.documentElement.prepend(decoy);
      },
      // No <body> at all.
      () => {
        for (const body of document.querySelectorAll('body')) body.remove();
      },
    ];
    for (const trick of tricks) {
      await page.evaluate(trick);
      await expect.poll(() => reminderAtCentre(page), { timeout: 3_000 }).toBe(true);
    }
    expect(await overlay(page).count()).toBe(1);
    await page.close();
  });

  for (const cover of ['dialog', 'popover', 'fullscreen'] as const) {
    it(`brings the reminder back above a ${cover} the page shows over it`, async () => {
      await store({ ...today(20), ...settings({ dailyLimitMin: 15 }) });
      const page = await openWatched('video-with-comments');
      await overlay(page).waitFor({ timeout: 5_000 });
      await expect.poll(() => reminderAtCentre(page)).toBe(true);
      // Control: at first the page's cover is what is on screen.
      const coveredFirst = await page.evaluate(async (kind) => {
        const element = document.createElement(kind === 'dialog' ? 'dialog' : 'div');
        element.style.cssText = 'width:100vw;height:100vh;max-width:none;max-height:none;margin:0;border:0;inset:0;';
        document.body.append(element);
        if (element instanceof HTMLDialogElement) element.showModal();
        else if (kind === 'popover') {
          element.popover = 'manual';
          element.showPopover();
        } else await element.requestFullscreen();
        return document.elementFromPoint(innerWidth / 2, innerHeight / 2) === element;
      }, cover);
      expect(coveredFirst).toBe(true);
      // Within a tick or two of the reminder's once-a-second check (leaving full-screen takes a moment).
      await expect.poll(() => reminderAtCentre(page), { timeout: 5_000 }).toBe(true);
      await page.close();
    });
  }

  it('keeps counting, and brings the limit, while the page clears every timer id (a one-line bookmarklet)', async () => {
    // 9 s before the limit, so the first heartbeat (15 s) always crosses it, however late the first input lands.
    await store({ ...today(15 - 0.15), ...settings({ dailyLimitMin: 15 }) });
    const page = await openWatched('video-with-comments');
    await page.evaluate(() => {
      const clear = () => {
        for (let id = 1; id < 5_000; id++) clearTimeout(id);
      };
      clear();
      setInterval(clear, 300);
    });
    // Control: the attack reaches the content script's world: a plain timer of that world never fires.
    const plainTimerFired = await inContentScript(
      page,
      () =>
        new Promise<boolean>((resolve) => {
          let fired = false;
          setTimeout(() => {
            fired = true;
          }, 1_000);
          AbortSignal.timeout(2_500).addEventListener('abort', () => resolve(fired));
        }),
    );
    expect(plainTimerFired).toBe(false);
    // The teen keeps scrolling: 15 s of input, counted by heartbeats the page cannot cancel.
    const total = await scrollThenCount(page);
    expect(total).toBeGreaterThan((15 - 0.15) * 60_000 + 10_000);
    // The limit came with that time, and its pause still counts down to live choices.
    await overlay(page).waitFor({ timeout: 5_000 });
    const extra = shadowLocator(page, 'scrollwise-reminder [data-choice="extra"]');
    expect(await extra.count()).toBe(1);
    await expect.poll(() => extra.isDisabled(), { timeout: 15_000 }).toBe(false);
    await page.close();
  });

  it('puts back a removed reminder while the page cancels every animation frame', async () => {
    await store({ ...today(20), ...settings({ dailyLimitMin: 15 }) });
    const page = await openWatched('video-with-comments');
    await overlay(page).waitFor({ timeout: 5_000 });
    await page.evaluate(() => {
      // Every id so far and the next thousand: whatever the page or an isolated world asks for next.
      const cancel = () => {
        const top = requestAnimationFrame(() => undefined) + 1_000;
        for (let id = 1; id <= top; id++) cancelAnimationFrame(id);
      };
      setInterval(cancel, 0);
      const spin = () => {
        cancel();
        requestAnimationFrame(spin);
      };
      requestAnimationFrame(spin);
    });
    // Control: the page can cancel a frame the content script's world asks for, by its id. The page's
    // listener runs inside the content script's dispatch, so no frame can come in between.
    await page.evaluate(() =>
      document.addEventListener('frame-probe', (event) => cancelAnimationFrame((event as CustomEvent<number>).detail)),
    );
    const plainFrameRan = await inContentScript(
      page,
      () =>
        new Promise<boolean>((resolve) => {
          let ran = false;
          const id = requestAnimationFrame(() => {
            ran = true;
          });
          document.dispatchEvent(new CustomEvent('frame-probe', { detail: id }));
          AbortSignal.timeout(300).addEventListener('abort', () => resolve(ran));
        }),
    );
    expect(plainFrameRan).toBe(false);
    for (let round = 0; round < 3; round++) {
      await page.evaluate((selector) => document.querySelector(selector)?.remove(), PAGE_HOSTS.reminder);
      await expect
        .poll(() => page.evaluate((selector) => document.querySelector(selector) !== null, PAGE_HOSTS.reminder), {
          timeout: 2_000,
        })
        .toBe(true);
    }
    expect(await overlay(page).count()).toBe(1);
    await page.close();
  });

  it('cannot make the worker write by firing page-lifecycle events of its own', async () => {
    const page = await openWatched('video-with-comments');
    await page.mouse.wheel(0, 40);
    await browser.worker?.evaluate(() => {
      const global = globalThis as unknown as { writes: number };
      global.writes = 0;
      chrome.storage.onChanged.addListener(() => {
        global.writes += 1;
      });
    });
    // Control: the page's events do reach the content script's world.
    await inContentScript(page, () => {
      const global = globalThis as unknown as { heard: number };
      global.heard = 0;
      window.addEventListener('pagehide', () => {
        global.heard += 1;
      });
    });
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const storm = setInterval(() => {
            window.dispatchEvent(new Event('pagehide'));
            document.dispatchEvent(new Event('freeze'));
          }, 4);
          setTimeout(() => {
            clearInterval(storm);
            resolve();
          }, 3_000);
        }),
    );
    expect(await inContentScript(page, () => (globalThis as unknown as { heard: number }).heard)).toBeGreaterThan(100);
    // Three seconds of storm: no more writes than a quiet page makes (at most a heartbeat's).
    expect(await browser.worker?.evaluate(() => (globalThis as unknown as { writes: number }).writes)).toBeLessThan(4);
    await page.close();
  });

  it("loses the tab to Scrollwise's own limit page when it covers the limit screen, until a choice lifts it", async () => {
    await store({ ...today(20), ...settings({ dailyLimitMin: 15 }) });
    const page = await openWatched('video-with-comments');
    const tiktokUrl = page.url();
    await overlay(page).waitFor({ timeout: 5_000 });
    // The browser's top layer draws above any z-index: a modal dialog of the page's own, shown again over
    // everything each time Scrollwise brings its reminder back.
    const covered = await page.evaluate(() => {
      const dialog = document.createElement('dialog');
      dialog.style.cssText = 'width:100vw;height:100vh;max-width:none;max-height:none;margin:0;border:0;';
      dialog.textContent = 'Keep watching';
      document.body.append(dialog);
      const raise = () => {
        if (dialog.open) dialog.close();
        dialog.showModal();
      };
      raise();
      setInterval(raise, 20);
      return document.elementFromPoint(innerWidth / 2, innerHeight / 2) === dialog;
    });
    // Control: the limit screen really is covered, in the page's own view.
    expect(covered).toBe(true);
    await page.waitForURL(/^chrome-extension:\/\/[a-z]+\/limit\.html/, { timeout: 10_000 });
    expect(new URL(page.url()).searchParams.get('back')).toBe(tiktokUrl);
    await page.locator('[role="dialog"] #reminder-title').waitFor();
    mkdirSync('test-output/hostile', { recursive: true });
    await page.waitForTimeout(800);
    await page.screenshot({ path: 'test-output/hostile/limit-page.png' });
    // Every TikTok page opened meanwhile goes there too, at once.
    const another = await browser.context.newPage();
    await another.goto(fixtureUrl(fixtureByName('foryou-feed'))).catch(() => undefined);
    await another.waitForURL(/limit\.html/, { timeout: 10_000 });
    await another.close();
    // A safety pass lifts the limit exactly as on the in-page screen: back to the TikTok page it was on.
    await page.locator('[data-choice="safety"]').click();
    await page.waitForURL(tiktokUrl, { timeout: 10_000 });
    await page.close();
    // Parents are told, on the options page.
    const options = await FamilyPage.open(browser, 'options.html', { colorScheme: 'light', width: 1000 });
    await expect
      .poll(() => options.page.locator('[data-testid="page-fights"] li').textContent())
      .toMatch(/a TikTok page kept the daily limit’s screen from being seen/);
    await options.close();
  });

  it('asks for the parent PIN in an extension window, never in the page, and lifts the limit when granted', async () => {
    await store({ ...today(17), ...settings({ dailyLimitMin: 15 }), ...parentLockOn('2468') });
    const page = await openWatched('video-with-comments');
    await overlay(page).waitFor({ timeout: 5_000 });
    const extra = shadowLocator(page, 'scrollwise-reminder button[data-choice="extra"]');
    await expect.poll(() => extra.isDisabled(), { timeout: 15_000, interval: 250 }).toBe(false);
    const pinWindow = browser.context.waitForEvent('page', {
      predicate: (opened) => opened.url().includes('extra-time'),
    });
    const pageFields = () => page.evaluate(() => document.querySelectorAll('input, textarea').length);
    const fieldsBefore = await pageFields();
    await extra.click();
    const window = await pinWindow;
    // Nothing to type into on TikTok's page: no field added to its DOM, none in Scrollwise's layers.
    expect(await pageFields()).toBe(fieldsBefore);
    const fieldsInLayers = await inContentScript(page, () =>
      [...document.querySelectorAll('*')].reduce(
        (count, host) =>
          count +
          ((
            globalThis as unknown as { chrome: { dom: { openOrClosedShadowRoot(e: Element): ShadowRoot | null } } }
          ).chrome.dom
            .openOrClosedShadowRoot(host)
            ?.querySelectorAll('input').length ?? 0),
        0,
      ),
    );
    expect(fieldsInLayers).toBe(0);
    expect(window.url()).toBe(extensionPageUrl(browser, 'extra-time.html'));
    const pin = new PinWindow(window);
    await pin.grant('1111');
    await expect.poll(() => pin.status()).toContain('not the right PIN');
    await pin.grant('2468');
    await expect.poll(() => overlay(page).count(), { timeout: 10_000 }).toBe(0);
    await window.close();
    await page.close();
  });

  it('survives a storm of mutations and decoys, and still shows the right tip after it', async () => {
    const page = await openWatched('video-with-comments');
    await card(page, 'comments').waitFor({ timeout: 5_000 });
    await page.evaluate(async () => {
      let seed = 7;
      const random = () => {
        seed = (seed * 16807) % 2147483647;
        return seed / 2147483647;
      };
      const decoys = [
        '<div data-e2e="report-form" hidden><label data-e2e="report-card-reason">x</label></div>',
        '<span>Report</span>',
        '<div class="DivCommentListContainer" style="display:none"></div>',
        '<scrollwise-tip data-view="report"></scrollwise-tip>',
      ];
      for (let round = 0; round < 40; round++) {
        for (let step = 0; step < 100; step++) {
          const all = document.body.querySelectorAll('div, span, p');
          const target = all[Math.floor(random() * all.length)] as HTMLElement | undefined;
          const roll = random();
          if (!target || target.closest('[class*="DivCommentListContainer"]')) continue;
          if (roll < 0.4) target.insertAdjacentHTML('beforeend', decoys[Math.floor(random() * decoys.length)] ?? '');
          else if (roll < 0.6 && target.children.length === 0) target.remove();
          else {
            target.setAttribute('aria-hidden', random() < 0.5 ? 'true' : 'false');
            target.dataset.storm = '';
          }
        }
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      // The storm ends with the comment panel on screen again, as after any burst of TikTok's rendering.
      for (const touched of document.querySelectorAll('[data-storm]')) touched.removeAttribute('aria-hidden');
    });
    await page.waitForTimeout(300);
    expect(await tipShown(page, 'comments').count()).toBe(1);
    await page.close();
  });

  it('cannot switch tips or reminders off by defining their elements first, with shadow roots disabled', async () => {
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      for (const name of ['scrollwise-reminder', 'scrollwise-tip', 'scrollwise-nudge'])
        customElements.define(
          name,
          class extends HTMLElement {
            static disabledFeatures = ['shadow'];
          },
        );
    });
    await page.goto(fixtureUrl(fixtureByName('video-with-comments')), { waitUntil: 'load' });
    // Control: the definitions took: such an element can no longer have a shadow root.
    expect(
      await page.evaluate(() => {
        try {
          document.createElement('scrollwise-tip').attachShadow({ mode: 'closed' });
          return 'attached';
        } catch {
          return 'refused';
        }
      }),
    ).toBe('refused');
    await card(page, 'comments').waitFor({ timeout: 5_000 });
    await store({ ...today(20), ...settings({ dailyLimitMin: 15 }) });
    await overlay(page).waitFor({ timeout: 5_000 });
    expect(await reminderAtCentre(page)).toBe(true);
    await page.close();
  });

  it('keeps the reminder opaque when the page registers its colour properties with @property', async () => {
    const names = ['--bg', '--fg', '--muted', '--border', '--accent', '--accent-fg', '--focus', '--veil', '--calm'];
    const page = await browser.context.newPage();
    await page.addInitScript((properties) => {
      for (const name of properties)
        CSS.registerProperty({ name, syntax: '<length>', inherits: true, initialValue: '0px' });
    }, names);
    await store({ ...today(20), ...settings({ dailyLimitMin: 15 }) });
    await page.goto(fixtureUrl(fixtureByName('video-with-comments')), { waitUntil: 'load' });
    await overlay(page).waitFor({ timeout: 5_000 });
    const colours = await inContentScript(
      page,
      (any: string) => {
        // Control: the registration reaches into shadow roots: a colour through `--bg` becomes transparent.
        const probe = document.createElement('div');
        const root = probe.attachShadow({ mode: 'open' });
        root.innerHTML = '<p style="--bg:#fff;background:var(--bg)">x</p>';
        document.documentElement.append(probe);
        const spoiled = getComputedStyle(root.querySelector('p') as Element).backgroundColor;
        probe.remove();
        const open = (host: Element) =>
          (
            globalThis as unknown as { chrome: { dom: { openOrClosedShadowRoot(e: Element): ShadowRoot | null } } }
          ).chrome.dom.openOrClosedShadowRoot(host);
        const dialog = [...document.querySelectorAll(any)]
          .map((host) => open(host)?.querySelector('.dialog'))
          .find(Boolean);
        return { spoiled, dialog: dialog ? getComputedStyle(dialog).backgroundColor : null };
      },
      PAGE_HOSTS.any,
    );
    expect(colours.spoiled).toBe('rgba(0, 0, 0, 0)');
    expect(colours.dialog).toMatch(/^rgb\(/);
    await page.close();
  });

  it('never lets find-in-page read today’s total or the lock’s state from the reminder', async () => {
    await store({ ...today(20), ...settings({ dailyLimitMin: 15 }) });
    const page = await openWatched('video-with-comments');
    await overlay(page).waitFor({ timeout: 5_000 });
    expect(await overlay(page).textContent()).toContain('20 min');
    const found = await page.evaluate(() => {
      const find = (text: string) => {
        getSelection()?.removeAllRanges();
        return (window as unknown as { find(text: string): boolean }).find(text);
      };
      return { control: find('Close TikTok'), total: find('20 min'), passes: find('left today') };
    });
    // Control: find reaches the words in the reminder's closed shadow root.
    expect(found.control).toBe(true);
    expect(found.total).toBe(false);
    expect(found.passes).toBe(false);
    await page.close();
  });

  it('counts a playing video when the page stops every media event before Scrollwise hears it', async () => {
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      for (const type of ['play', 'playing', 'pause', 'ended', 'emptied'])
        window.addEventListener(type, (event) => event.stopImmediatePropagation(), true);
    });
    await page.goto(`https://www.tiktok.com${EMBED}`, { waitUntil: 'load' });
    // Control: the content script's world hears no media event any more.
    const heard = await inContentScript(
      page,
      () =>
        new Promise<number>((resolve) => {
          let count = 0;
          document.addEventListener('play', () => count++, true);
          const video = document.querySelector('video') as HTMLVideoElement;
          video.pause();
          void video.play();
          AbortSignal.timeout(500).addEventListener('abort', () => resolve(count));
        }),
    );
    expect(heard).toBe(0);
    // No input at all: a teen watching. 17 s later, a heartbeat's worth is counted.
    await page.waitForTimeout(17_000);
    expect(await storedTotal()).toBeGreaterThan(10_000);
    await page.close();
  });

  it('counts TikTok in a frame of another site, and ends only that frame when it hides the limit there', async () => {
    const news = await browser.context.newPage();
    await news.goto('https://example.com/news', { waitUntil: 'load' });
    await news.waitForTimeout(17_000);
    expect(await storedTotal()).toBeGreaterThan(10_000);
    // The limit reached: the frame shows the reminder over the video, the site around it is untouched.
    await store({ ...today(20), ...settings({ dailyLimitMin: 15 }) });
    const embed = () => news.frames().find((frame) => frame.url().includes(EMBED));
    await expect
      .poll(() => embed()?.evaluate((selector) => document.querySelectorAll(selector).length, PAGE_HOSTS.reminder), {
        timeout: 5_000,
      })
      .toBe(1);
    await news.close();
    // A frame that keeps removing it goes blank within seconds; the news page stays.
    const hiding = await browser.context.newPage();
    await hiding.goto('https://example.com/news-hiding', { waitUntil: 'load' });
    await expect
      .poll(() => hiding.frames().some((frame) => frame !== hiding.mainFrame() && frame.url() === 'about:blank'), {
        timeout: 15_000,
      })
      .toBe(true);
    expect(hiding.url()).toBe('https://example.com/news-hiding');
    await hiding.close();
  });
});
