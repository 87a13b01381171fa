// Launches Debian's Firefox ESR over WebDriver BiDi (puppeteer-core; Playwright cannot drive it), installs
// the built add-on, serves the TikTok fixtures at their real addresses by request interception, and
// records anything the extension requests over the network or reports as an error.
import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CAUGHT_BUG } from '../support/caught-bug.mjs';
import { FIXTURES, fixtureUrl, readFixture } from '../support/fixtures.mjs';

export const FIREFOX = process.env.SCROLLWISE_FIREFOX ?? '/usr/bin/firefox-esr';
export const ADDON_DIR = resolve(process.env.SCROLLWISE_FIREFOX_EXTENSION ?? '.output/firefox-mv2');
const GECKO_ID = 'scrollwise@scrollwise.app';
/** A fixed internal UUID, so the add-on's pages have a known address. */
const UUID = '5c7a11e0-0000-4000-8000-5c7a11e05c7a';
export const ORIGIN = `moz-extension://${UUID}`;
const SERVED_ORIGINS = ['https://www.tiktok.com', 'https://example.com'];

export function assertFirefox() {
  if (!existsSync(FIREFOX)) {
    throw new Error(
      `Firefox ESR not found at ${FIREFOX}: install it with "sudo apt-get install -y firefox-esr" (or set SCROLLWISE_FIREFOX).`,
    );
  }
  if (!existsSync(join(ADDON_DIR, 'manifest.json'))) {
    throw new Error(`No built add-on in ${ADDON_DIR}: run "npm run build:firefox" first.`);
  }
}

/**
 * Firefox reports errors of every context (content script, background page, extension pages) on its
 * standard streams once these prefs are on: "JavaScript error: <url>, line N: …", and console calls as
 * "console.error: …". Lines that name the add-on's address are the extension's, and so are its warnings
 * that carry a programming error it caught (CAUGHT_BUG).
 */
export function extensionErrorsIn(line) {
  if (/^JavaScript error: /.test(line) && line.includes(ORIGIN)) return line;
  if (/^console\.error: /.test(line) && /Scrollwise|moz-extension:/.test(line)) return line;
  if (/^console\.warn: /.test(line) && /Scrollwise/.test(line) && CAUGHT_BUG.test(line)) return line;
  return null;
}

/** Firefox's own traffic (updates, remote settings): not the extension's. */
const BROWSER_HOSTS = /(^|\.)(mozilla\.(com|net|org)|firefox\.com|mozaws\.net|mozgcp\.net)$/;

/**
 * Every request that leaves the browser goes to this local proxy, which refuses it and notes it. Fixtures
 * are answered inside the browser, so what reaches the proxy was sent by someone else: the add-on, unless
 * it is Firefox's own housekeeping.
 */
async function startProxy(noted) {
  const server = createServer((request, response) => {
    noted(request.url ?? '');
    response.writeHead(403).end();
  });
  server.on('connect', (request, socket) => {
    noted(`https://${request.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return server;
}

export async function launch() {
  assertFirefox();
  const extensionRequests = [];
  const proxy = await startProxy((url) => {
    const host = url.replace(/^\w+:\/\//, '').split(/[/:]/)[0] ?? '';
    if (!BROWSER_HOSTS.test(host)) extensionRequests.push(url);
  });
  const { port } = proxy.address();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }),
      'devtools.console.stdout.content': true,
      'devtools.console.stdout.chrome': true,
      'browser.dom.window.dump.enabled': true,
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': port,
      'network.proxy.allow_hijacking_localhost': true,
    },
  });
  const extensionErrors = [];
  const watch = (stream) => {
    let rest = '';
    stream?.on('data', (chunk) => {
      const lines = (rest + chunk.toString()).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) {
        const error = extensionErrorsIn(line);
        if (error) extensionErrors.push(error);
      }
    });
  };
  watch(browser.process()?.stdout);
  watch(browser.process()?.stderr);
  await browser.installExtension(ADDON_DIR);
  // The welcome page opens on install: it is the way into the add-on's pages (Firefox refuses to
  // navigate a test tab straight to a moz-extension:// address).
  const welcome = await waitFor(async () => {
    for (const page of await browser.pages()) {
      const href = await page.evaluate(() => location.href).catch(() => '');
      if (href.startsWith(ORIGIN)) return page;
    }
    return null;
  }, 15_000);

  /** Opens a served page in a new tab, intercepting every request: fixtures are served, the rest refused. */
  async function open(url) {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request) => {
      const target = new URL(request.url());
      const fixture = FIXTURES.find((candidate) => candidate.name === target.searchParams.get('fixture'));
      if (SERVED_ORIGINS.includes(target.origin) && fixture && request.isNavigationRequest()) {
        return request
          .respond({ status: 200, contentType: 'text/html; charset=utf-8', body: readFixture(fixture) })
          .catch(() => undefined);
      }
      // The page's own sub-resources: refused here, before they reach the network (and the proxy).
      // (A request of a page that is closing may be gone already: nothing to refuse then.)
      return request.abort('blockedbyclient').catch(() => undefined);
    });
    await page.goto(url, { waitUntil: 'load' });
    return page;
  }

  return {
    browser,
    welcome,
    extensionErrors,
    extensionRequests,
    openFixture: (fixture, origin) => open(fixtureUrl(fixture, origin)),
    /** Runs `fn` in an extension page (the welcome tab, moved to `path`), with the add-on's `browser` API. */
    async inExtension(path, fn, ...args) {
      const href = `${ORIGIN}/${path}`;
      if ((await welcome.evaluate(() => location.href)) !== href) {
        await welcome.evaluate((to) => {
          location.href = to;
        }, href);
        await waitFor(
          async () =>
            (await welcome.evaluate(() => document.readyState === 'complete' && location.href).catch(() => '')) ===
            href,
          10_000,
        );
      }
      return welcome.evaluate(fn, ...args);
    },
    /**
     * Ends this Firefox, whatever a test found, and gives what the add-on requested over the network or
     * reported as an error while it ran (read before closing: shutdown's own output is not the add-on's).
     */
    async close() {
      const caught = [...extensionRequests, ...extensionErrors];
      await browser.close();
      proxy.close();
      return caught;
    },
  };
}

export async function waitFor(check, timeout = 5_000, interval = 100) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((done) => setTimeout(done, interval));
  }
}

export { FIXTURES };
