// Launches Debian's Chromium with the built extension, serves the shared TikTok fixtures at their real
// addresses, and records anything the extension itself sends over the network or logs as an error.
// Used by the end-to-end specs, the demo and the bench.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CAUGHT_BUG } from '../support/caught-bug.mjs';
import { FIXTURES, fixtureUrl, readFixture } from '../support/fixtures.mjs';
import { DRILLS } from '../support/redesign.mjs';

export const CHROMIUM = process.env.SCROLLWISE_CHROMIUM ?? '/usr/bin/chromium';
export const EXTENSION_DIR = resolve(process.env.SCROLLWISE_EXTENSION ?? '.output/chrome-mv3');

/** Origins the harness serves fixtures on; everything else is aborted. The bench's reference scripts run on
 * the last two (tests/bench/reference-scripts.mjs). */
const SERVED_ORIGINS = ['https://www.tiktok.com', 'https://example.com', 'https://example.net', 'https://example.org'];

export class MissingChromiumError extends Error {}

export function assertChromium() {
  if (!existsSync(CHROMIUM)) {
    throw new MissingChromiumError(
      `Chromium not found at ${CHROMIUM}: install it with "sudo apt-get install -y chromium" (or set SCROLLWISE_CHROMIUM).`,
    );
  }
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run "npm run build" first.`);
  }
}

/**
 * @param {{ headless?: boolean, extension?: boolean, viewport?: { width: number, height: number }, colorScheme?: 'light' | 'dark', locale?: string, timezoneId?: string, extraPages?: Record<string, string>, alongside?: string[], backForwardCache?: boolean }} [options]
 *   `extraPages` serves more pages (or `.js` scripts) by path on the served origins; `alongside` loads more
 *   unpacked extensions (with no worker of their own) beside Scrollwise.
 */
export async function launch(options = {}) {
  assertChromium();
  const { headless = true, extension = true, extraPages = {} } = options;
  const profile = mkdtempSync(join(tmpdir(), 'scrollwise-profile-'));
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-features=MediaRouter,OptimizationHints,Translate',
  ];
  // The worker is not a page: Playwright's locale and time zone do not reach it, the browser's own do.
  if (options.locale) args.push(`--lang=${options.locale}`);
  const loaded = [EXTENSION_DIR, ...(options.alongside ?? [])].join(',');
  if (extension) args.push(`--disable-extensions-except=${loaded}`, `--load-extension=${loaded}`);
  else args.push('--disable-extensions');
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless,
    args,
    viewport: options.viewport ?? { width: 1280, height: 800 },
    colorScheme: options.colorScheme ?? 'dark',
    locale: options.locale ?? 'en-US',
    ...(options.timezoneId ? { timezoneId: options.timezoneId, env: { ...process.env, TZ: options.timezoneId } } : {}),
    ignoreDefaultArgs: [
      '--disable-extensions',
      '--disable-component-extensions-with-background-pages',
      // Playwright turns the back/forward cache off; a family's Chrome has it on.
      ...(options.backForwardCache ? ['--disable-back-forward-cache'] : []),
    ],
  });

  /** Network requests made by the extension (its worker, its pages or its content script): must stay empty. */
  const extensionRequests = [];
  /** Errors the extension logged anywhere: must stay empty. */
  const extensionErrors = [];
  /** The HTML served per URL, so a page's own sub-resources can be told from the extension's requests. */
  const served = new Map();

  await context.route('**/*', async (route) => {
    const request = route.request();
    const url = new URL(request.url());
    if (url.protocol === 'chrome-extension:' || url.protocol === 'data:') return route.continue();
    const page = servedPage(url, extraPages);
    if (page !== undefined && request.resourceType() === 'document') {
      served.set(url.href, page);
      return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: page });
    }
    if (page !== undefined && /\.m?js$/.test(url.pathname)) {
      return route.fulfill({ status: 200, contentType: 'text/javascript; charset=utf-8', body: page });
    }
    if (!isPageOwnRequest(request, served)) extensionRequests.push(`${request.resourceType()} ${request.url()}`);
    return route.abort('blockedbyclient');
  });

  const watchConsole = (source) => (message) => {
    if (message.type() !== 'error' && !(message.type() === 'warning' && CAUGHT_BUG.test(message.text()))) return;
    const where = message.location()?.url ?? '';
    if (source !== 'page' || where.startsWith('chrome-extension://'))
      extensionErrors.push(`${source}: ${message.text()}`);
  };
  let extensionId = null;
  const watchPage = (page) => {
    const source = page.url().startsWith('chrome-extension://') ? 'extension page' : 'page';
    page.on('console', watchConsole(source));
    page.on('pageerror', (error) => {
      if (page.url().startsWith('chrome-extension://') || String(error.stack).includes('chrome-extension://')) {
        extensionErrors.push(`${source}: ${error.message}`);
      }
    });
    // The content script runs in an isolated world that Playwright's page events never report: watch it
    // over CDP, by the origin Chromium gives the extension's worlds.
    watchWorlds(
      page,
      () => extensionId,
      (error) => extensionErrors.push(`content script: ${error}`),
    );
  };
  context.on('page', watchPage);
  for (const page of context.pages()) watchPage(page);

  /** The worker's errors, logged or uncaught, go where every context's do. */
  const watchWorker = async (next) => {
    next.on('console', watchConsole('worker'));
    await reportWorkerFailures(next);
  };
  let worker = null;
  let welcomeOpened = false;
  if (extension) {
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
    extensionId = new URL(worker.url()).host;
    await watchWorker(worker);
    // A fresh profile is a first install: Scrollwise opens its welcome page. Note it, then close it so
    // it does not take focus from the pages under test.
    const isWelcome = (page) => page.url().includes('options.html#welcome');
    const welcome =
      context.pages().find(isWelcome) ??
      (await context.waitForEvent('page', { predicate: isWelcome, timeout: 5_000 }).catch(() => null));
    if (welcome) {
      welcomeOpened = true;
      await welcome.close();
    }
  }

  return {
    context,
    worker,
    extensionId,
    extensionRequests,
    extensionErrors,
    welcomeOpened,
    /** A new copy of Scrollwise started (a test reloaded it): its worker is watched like the first. */
    async adoptWorker(next) {
      await watchWorker(next);
      this.worker = next;
    },
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

function servedPage(url, extraPages) {
  if (!SERVED_ORIGINS.includes(url.origin)) return undefined;
  if (extraPages[url.pathname] !== undefined) return extraPages[url.pathname];
  const name = url.searchParams.get('fixture');
  const fixture = FIXTURES.find((candidate) => candidate.name === name);
  // `&drill=<id>`: the fixture as a redesign would ship it (tests/support/redesign.mjs).
  const drill = DRILLS.find((candidate) => candidate.id === url.searchParams.get('drill'));
  if (!fixture) return undefined;
  return drill ? drill.apply(readFixture(fixture)) : readFixture(fixture);
}

/** A sub-resource named in the page's own HTML, or the browser's favicon probe: the page's, not ours. */
function isPageOwnRequest(request, served) {
  const pageUrl = frameUrlOf(request);
  if (!pageUrl || pageUrl.startsWith('chrome-extension://')) return false;
  const url = new URL(request.url());
  if (url.pathname === '/favicon.ico') return true;
  const html = served.get(pageUrl) ?? '';
  return html.includes(url.pathname) || html.includes(url.host);
}

/** The URL of the document that made the request; null for the service worker, which has no frame. */
function frameUrlOf(request) {
  try {
    return request.frame().url();
  } catch {
    return null;
  }
}

/**
 * The worker's uncaught errors and unhandled rejections, as console errors the harness already collects.
 * Installed again on the worker of a new copy of Scrollwise (`adoptWorker`).
 */
async function reportWorkerFailures(worker) {
  await worker.evaluate(() => {
    self.addEventListener('error', (event) => console.error(`uncaught: ${event.message}`));
    self.addEventListener('unhandledrejection', (event) => console.error(`unhandled rejection: ${event.reason}`));
  });
}

/** Per page: its CDP session and the extension's live isolated worlds (execution context ids). */
const worlds = new WeakMap();

/** Watches a page's execution contexts; reports every error raised or logged in one of the extension's. */
function watchWorlds(page, extensionIdOf, report) {
  const state = { contexts: new Map(), ready: null };
  worlds.set(page, state);
  state.ready = (async () => {
    const cdp = await page.context().newCDPSession(page);
    state.cdp = cdp;
    const isOurs = (id) => state.contexts.has(id);
    cdp.on('Runtime.executionContextCreated', ({ context }) => {
      if (extensionIdOf() && context.origin === `chrome-extension://${extensionIdOf()}` && !context.auxData?.isDefault)
        state.contexts.set(context.id, context);
    });
    cdp.on('Runtime.executionContextDestroyed', ({ executionContextId }) => state.contexts.delete(executionContextId));
    cdp.on('Runtime.executionContextsCleared', () => state.contexts.clear());
    cdp.on('Runtime.exceptionThrown', ({ exceptionDetails }) => {
      if (isOurs(exceptionDetails.executionContextId))
        report(exceptionDetails.exception?.description ?? exceptionDetails.text);
    });
    cdp.on('Runtime.consoleAPICalled', ({ type, args, executionContextId }) => {
      if (!isOurs(executionContextId) || (type !== 'error' && type !== 'warning')) return;
      const text = args.map((arg) => arg.value ?? arg.description ?? '').join(' ');
      if (type === 'error' || CAUGHT_BUG.test(text)) report(text);
    });
    await cdp.send('Runtime.enable');
  })().catch(() => undefined);
}

/**
 * Runs `fn(...args)` in Scrollwise's content script world of the page (where `chrome.dom` can open its
 * closed shadow roots); waits for the world to exist.
 */
export async function inContentScript(page, fn, ...args) {
  const state = worlds.get(page);
  if (!state) throw new Error('page not watched by the harness');
  await state.ready;
  const deadline = Date.now() + 10_000;
  for (;;) {
    // The top frame's world: TikTok's own frames run the content script too.
    const { frameTree } = await state.cdp.send('Page.getFrameTree');
    const contextId = [...state.contexts.values()]
      .filter((context) => context.auxData?.frameId === frameTree.frame.id)
      .at(-1)?.id;
    if (contextId !== undefined) {
      const { result, exceptionDetails } = await state.cdp
        .send('Runtime.evaluate', {
          // A transpiler may name inner functions with a `__name` helper that this world lacks.
          expression: `var __name = (f) => f; (${fn})(...${JSON.stringify(args)})`,
          contextId,
          awaitPromise: true,
          returnByValue: true,
        })
        .catch((error) => ({ exceptionDetails: { text: String(error) } }));
      if (!exceptionDetails) return result.value;
      if (!/context|Cannot find/.test(exceptionDetails.text ?? ''))
        throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    }
    if (Date.now() > deadline) throw new Error('Scrollwise content script world not found');
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Opens a fixture (by its table entry) in a new tab and waits for it to load. */
export async function openFixture(browser, fixture, { origin } = {}) {
  const page = await browser.context.newPage();
  await page.goto(fixtureUrl(fixture, origin), { waitUntil: 'load' });
  return page;
}

export function extensionPageUrl(browser, path) {
  return `chrome-extension://${browser.extensionId}/${path}`;
}

/**
 * What a DevTools domain already knows of the page: enabling it sends one `event` for each (the isolated
 * worlds, the parsed scripts) before it answers.
 */
async function enabledEvents(page, domain, event) {
  const cdp = await page.context().newCDPSession(page);
  const events = [];
  cdp.on(`${domain}.${event}`, (params) => events.push(params));
  await cdp.send(`${domain}.enable`);
  await cdp.send(`${domain}.disable`);
  await cdp.detach();
  return events;
}

/** Whether Scrollwise's content script runs in the page, read from Chromium's list of isolated worlds. */
export async function contentScriptInjected(page, extensionId) {
  const created = await enabledEvents(page, 'Runtime', 'executionContextCreated');
  return created.some(({ context }) => context.origin === `chrome-extension://${extensionId}`);
}

/**
 * Whether the tips' and reminders' UI file has run in the page (the sentinel loads it only when first
 * needed), read from the scripts V8 parsed there.
 */
export async function uiFileLoaded(page, extensionId) {
  const parsed = await enabledEvents(page, 'Debugger', 'scriptParsed');
  return parsed.some(({ url }) => url === `chrome-extension://${extensionId}/tiktok-ui.js`);
}

export { FIXTURES, fixtureUrl };
