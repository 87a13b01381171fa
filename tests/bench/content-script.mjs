// Content-script figures in real Chromium: tip latency, cost on a busy feed, and size.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { contentScriptInjected, EXTENSION_DIR, launch, openFixture } from '../e2e/harness.mjs';
import { fixtureByName } from '../support/fixtures.mjs';
import { stretchOf } from '../support/history.mjs';
import { PAGE_HOSTS } from '../support/layers.mjs';
import { REFERENCES, writeReferenceExtensions } from './reference-scripts.mjs';
import { median, percentile, round } from './stats.mjs';

// Served on every origin the harness serves, and imported by path, so both pages load the same file.
const PREACT_PATH = '/scrollwise-bench/preact.mjs';
const PREACT = readFileSync('node_modules/preact/dist/preact.mjs', 'utf8');

// Each run grows the same feed by 2,000 more items, as scrolling on does.
const FEED_SCRIPT = `
import { h, render } from '${PREACT_PATH}';
const feed = (window.benchFeed ??= { root: document.createElement('div'), count: 0 });
if (!feed.root.isConnected) (document.querySelector('#column-list-container') ?? document.body).append(feed.root);
const until = feed.count + 2000;
const button = (name, count) =>
  h('button', { type: 'button', class: 'css-65f0f0-5e6d46e3--ButtonActionItem' }, h('span', { 'data-e2e': name + '-icon' }), h('strong', { 'data-e2e': name + '-count' }, count));
const Item = ({ index }) =>
  h('article', { 'data-e2e': 'recommend-list-item-container', class: 'css-1y8432s-5e6d46e3--ArticleItemContainer' },
    h('section', { class: 'css-9a1-5e6d46e3--SectionMediaCardContainer' },
      h('video', { muted: true, playsinline: true, preload: 'none' }),
      h('div', { class: 'css-9a2-5e6d46e3--DivMediaCardOverlay' },
        h('a', { href: '/@creator' + index }, 'creator' + index),
        h('div', { 'data-e2e': 'video-desc' }, 'caption number ' + index + ' #fyp #safertogether'))),
    h('section', { class: 'css-9a3-5e6d46e3--SectionActionBarContainer' },
      button('like', index + 'K'), button('comment', index), button('undefined', 3), button('share', 12)));
const grow = () => {
  feed.count += 50;
  render(h('div', null, Array.from({ length: feed.count }, (_, index) => h(Item, { index, key: index }))), feed.root);
  if (feed.count < until) requestAnimationFrame(grow);
  else requestAnimationFrame(() => requestAnimationFrame(() => { window.benchFeedDone = true; }));
};
requestAnimationFrame(grow);
`;

const DRAWER = `<div id="bench-drawer" class="css-b1-99aa99aa--DivCommentListContainer"><div class="css-b2-99aa99aa--DivCommentItemWrapper"><span data-e2e="comment-level-1">hello</span></div></div>`;

/** In the page: inserts the comment drawer and resolves with the time until the tip's host is in the page. */
const drawerToTip = (page) =>
  page.evaluate(
    ([drawer, tip]) =>
      new Promise((done) => {
        let inserted = 0;
        const observer = new MutationObserver(() => {
          if (document.querySelector(tip)) {
            observer.disconnect();
            done(performance.now() - inserted);
          }
        });
        // The tip's host is a child of <html>: watching that list sees it arrive, and nothing else.
        observer.observe(document.documentElement, { childList: true });
        inserted = performance.now();
        document.body.insertAdjacentHTML('beforeend', drawer);
      }),
    [DRAWER, PAGE_HOSTS.tip],
  );

/**
 * Opens a comment drawer, checks that Scrollwise's tip shows beside it (`tipped`) or that none does, and
 * closes it: the tips' UI file is then loaded and running, as on a tab where a tip has shown.
 */
async function openAndCloseDrawer(page, tipped = true) {
  await page.evaluate((drawer) => document.body.insertAdjacentHTML('beforeend', drawer), DRAWER);
  await page.waitForTimeout(300);
  if ((await page.locator(PAGE_HOSTS.tip).count()) !== (tipped ? 1 : 0)) {
    throw new Error(`the comment tip is ${tipped ? 'missing' : 'there'}: check the served origins`);
  }
  await page.evaluate(() => document.getElementById('bench-drawer')?.remove());
  await page.waitForTimeout(300);
}

/** Grows the page's feed by 2,000 more items (FEED_SCRIPT, a page script) and waits for its last frame. */
async function growFeed(page) {
  // Set here, not only in the module: a module runs after the tag is in, and the last growth left it true.
  await page.evaluate(() => {
    window.benchFeedDone = false;
  });
  await page.addScriptTag({ type: 'module', content: FEED_SCRIPT });
  await page.waitForFunction(() => window.benchFeedDone === true, null, { timeout: 60_000 });
}

/**
 * Runs `measure(key, page, rep)` on a new feed page served at each of `origins` (the origin decides which
 * extension's content script runs there), `reps` rounds, each in the reverse order of the one before, so
 * a slow moment of the machine falls on every key alike. Each page is measured past its scripts' start-up.
 */
async function interleaved(browser, reps, origins, measure) {
  for (let rep = 0; rep < reps; rep++) {
    const keys = Object.keys(origins);
    for (const key of rep % 2 ? keys.reverse() : keys) {
      const page = await openFixture(browser, fixtureByName('foryou-feed'), { origin: origins[key] });
      await page.waitForTimeout(800);
      await measure(key, page, rep);
      await page.close();
    }
  }
}

/**
 * Time from a comment drawer's insertion to its tip's host being in the page, measured in the page, once
 * the tips' UI is loaded (a first drawer loads it, untimed).
 */
export async function tipLatency(runs = 25) {
  const browser = await launch();
  const page = await openFixture(browser, fixtureByName('foryou-feed'));
  await page.waitForTimeout(500);
  const samples = [];
  for (let run = -1; run < runs; run++) {
    const ms = await drawerToTip(page);
    if (run >= 0) samples.push(ms);
    await page.evaluate(() => document.getElementById('bench-drawer')?.remove());
    await page.waitForFunction((tip) => !document.querySelector(tip), PAGE_HOSTS.tip);
    // Start each run from a quiet page, so the figure is detection and mounting, not the frame throttle.
    await page.waitForTimeout(50);
  }
  await browser.close();
  return { runs, p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)) };
}

/**
 * The same, the first time on a page: the sentinel's first pass sees a view may be open and asks the
 * worker for the UI file, which runs in the content script's world, names the helpline, reads the page
 * and mounts the tip. A new page each run.
 */
export async function firstTipLatency(runs = 12) {
  const browser = await launch();
  const samples = [];
  for (let run = 0; run < runs; run++) {
    const page = await openFixture(browser, fixtureByName('foryou-feed'));
    await page.waitForTimeout(500);
    samples.push(await drawerToTip(page));
    await page.close();
  }
  await browser.close();
  return { runs, p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)) };
}

/**
 * The page's own script time while 2,000 feed items are rendered (40 batches of 50, one per frame) by a
 * real UI framework, Preact, the way TikTok's React feed grows: each batch re-renders the keyed list.
 */
async function feedScriptTime(page) {
  // The feed is grown by a page script (not page.evaluate, whose work the metric does not count).
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const script = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ScriptDuration').value;
  const before = await script();
  await growFeed(page);
  const after = await script();
  await cdp.detach();
  return (after - before) * 1000;
}

/**
 * With and without Scrollwise: the same feed page in the same browser, served at tiktok.com (the content
 * script runs) and at example.com (it does not), so browser, profile and processes are alike. Interleaved;
 * the ratio is the median of each round's back-to-back pair, so a slow moment of the machine cancels out.
 */
export async function feedCost(reps = 12) {
  const browser = await launch({ extraPages: { [PREACT_PATH]: PREACT } });
  const origins = { with: 'https://www.tiktok.com', without: 'https://example.com' };
  const samples = { with: [], without: [] };
  await interleaved(browser, reps, origins, async (key, page, rep) => {
    if (rep === 0 && (await contentScriptInjected(page, browser.extensionId)) !== (key === 'with')) {
      throw new Error(`the feed page ${key} Scrollwise is not what it should be: check the served origins`);
    }
    samples[key].push(await feedScriptTime(page));
  });
  await browser.close();
  const ratios = samples.with.map((ms, rep) => ms / samples.without[rep]);
  const added = samples.with.map((ms, rep) => ms - samples.without[rep]);
  return {
    reps,
    withMs: round(median(samples.with)),
    withoutMs: round(median(samples.without)),
    ratio: round(median(ratios), 3),
    addedMs: round(median(added)),
  };
}

/**
 * Scrollwise's own script time while the feed renders, from a CPU profile of the page with the extension
 * (sampled every 50 µs): every sample whose stack holds a frame of the extension's scripts, native calls
 * they make included (a `matches`, a query). A with/without difference cannot resolve a few milliseconds
 * on this machine (a run's own spread is tens of them); this can. Median over `reps` pages. The least
 * sentinel (tests/bench/reference-scripts.mjs: it watches the page and reads what it adds, no more) is
 * profiled the same way on the same feed, interleaved: what watching a growing feed costs any script.
 */
export async function ownScriptTime(reps = 9) {
  return ownTimeOver(reps, growFeed, ['floor']);
}

/**
 * The same, over the next 2,000 items of a feed that already holds 2,000 (grown before the profile
 * starts): what each mutation costs once the page is under way, #23's "per 2,000 items". What a script
 * pays once per page (its code compiled and run for the first time, a list fenced) is in the figure above.
 */
export async function ownScriptPerMutation(reps = 7) {
  return ownTimeOver(reps, growFeed, ['floor'], growFeed);
}

/**
 * The same, over 20 s of a TikTok page left alone (the teen reading, the tab in the background of their
 * attention): what the sentinel's timers cost when nothing happens. Median over `reps` pages.
 */
export async function idleScriptTime(reps = 3) {
  return ownTimeOver(reps, (page) => page.waitForTimeout(IDLE_MS));
}

/**
 * In the page: a canvas's stream, muted and redrawn every frame, for the page's videos to play, as a TikTok
 * tab does while a teen watches (the bench's browser has no codec to play a file).
 */
const CANVAS_STREAM = `
const canvas = Object.assign(document.createElement('canvas'), { width: 64, height: 64 });
const paint = canvas.getContext('2d');
const draw = (time) => {
  paint.fillStyle = 'hsl(' + (time / 10) % 360 + ' 80% 50%)';
  paint.fillRect(0, 0, 64, 64);
  requestAnimationFrame(draw);
};
requestAnimationFrame(draw);
const stream = canvas.captureStream(30);
`;

/** In the page: its first video plays the stream. A block, so the page can run the other scripts too. */
const PLAY_SCRIPT = `{${CANVAS_STREAM}
const video = document.querySelector('video');
video.srcObject = stream;
video.addEventListener('playing', () => { window.benchPlaying = true; }, { once: true });
video.play();
}`;

/**
 * The same, while the page's video plays (the sensor counts, reports every 15 s and reads the page every
 * 2 s): what a TikTok tab costs while a teen watches, where it spends most of its time.
 */
export async function watchingScriptTime(reps = 3) {
  return ownTimeOver(reps, async (page) => {
    await page.addScriptTag({ content: PLAY_SCRIPT });
    await page.waitForFunction(() => window.benchPlaying === true, null, { timeout: 10_000 });
    await page.waitForTimeout(IDLE_MS);
  });
}

/** How long a tip takes to settle once shown, on a 2,000-item feed: far more than it needs. */
const TIP_SETTLES_MS = 2_000;

/** How often the scrolling figure brings the next video to the centre. */
const SCROLL_EVERY_MS = 2_000;

/**
 * In the page: every `SCROLL_EVERY_MS` the next video of the grown feed comes to the centre and plays (a
 * canvas's stream, as above), the one before it paused, as a teen scrolling TikTok's feed sees it.
 */
const SCROLL_SCRIPT = `{${CANVAS_STREAM}
const items = window.benchFeed.root.querySelectorAll('article');
let next = 0;
let playing = null;
const scroll = () => {
  const item = items[next++];
  item.scrollIntoView({ block: 'center', behavior: 'smooth' });
  playing?.pause();
  playing = item.querySelector('video');
  playing.style.height = '70vh';
  playing.srcObject = stream;
  playing.play();
};
scroll();
setInterval(scroll, ${SCROLL_EVERY_MS});
}`;

/**
 * The same, while the teen scrolls a feed that holds 2,000 items (grown first, unprofiled), a video every
 * 2 s, smoothly as TikTok's feed snaps: each scroll pauses a video and plays the next, so the sensor's state
 * changes and it reports to the worker, whose answers carry the stretch of watching. Where a teen spends the
 * time on TikTok. `uiLoaded`: after a tip has shown and gone (a comment drawer opened and closed first), so
 * the tips follow the page; `feedTip`: after 16 minutes of watching on end, the feed's tip shown, so it
 * follows the video playing.
 */
export async function scrollingScriptTime(reps = 3, { uiLoaded = false, feedTip = false } = {}) {
  return ownTimeOver(
    reps,
    async (page) => {
      await page.addScriptTag({ content: SCROLL_SCRIPT });
      await page.waitForTimeout(IDLE_MS);
    },
    [],
    async (page, browser) => {
      await growFeed(page);
      if (uiLoaded) await openAndCloseDrawer(page);
      if (feedTip) {
        await browser.worker.evaluate((items) => chrome.storage.local.set(items), stretchOf(16));
        await page.addScriptTag({ content: PLAY_SCRIPT });
        await page.locator(PAGE_HOSTS.tip).waitFor({ state: 'attached', timeout: 30_000 });
        // What showing a tip costs (its first look, its placement, the worker's record of it and the look
        // that record brings) is the first tip's figure: this one is the scrolling, with the tip settled.
        await page.waitForTimeout(TIP_SETTLES_MS);
      }
    },
  );
}

/** How long the idle figure watches a page: the span #23's side-by-side run used. */
export const IDLE_MS = 20_000;

/**
 * Scrollwise's milliseconds in a CPU profile of `during` on a new feed page (after `before`, not profiled),
 * median over `reps` pages; with each of `references` profiled the same way on its own origin, interleaved
 * (`references.floor`…).
 */
async function ownTimeOver(reps, during, references = [], before = async () => {}) {
  // Each reference is an extension of its own, loaded only when asked for.
  const written = references.length > 0 ? writeReferenceExtensions() : null;
  const browser = await launch({ extraPages: { [PREACT_PATH]: PREACT }, alongside: written?.dirs });
  const ours = `chrome-extension://${browser.extensionId}/`;
  const origins = {
    own: undefined,
    ...Object.fromEntries(references.map((name) => [name, REFERENCES[name].origin])),
  };
  // Each page runs one content script: Scrollwise's at its own origin, a reference's at the reference's.
  const isOurs = (key) => (url) =>
    key === 'own' ? url.startsWith(ours) : url.startsWith('chrome-extension://') && !url.startsWith(ours);
  const samples = mapKeys(origins, () => []);
  // What one of Scrollwise's pages was read from: how many samples fell in its code, and how far apart.
  const read = { counts: [], intervals: [] };
  await interleaved(browser, reps, origins, async (key, page) => {
    await before(page, browser);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await cdp.send('Profiler.start');
    await during(page);
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.detach();
    const { ms, count } = scriptMs(profile, isOurs(key));
    samples[key].push(ms);
    if (key === 'own') {
      read.counts.push(count);
      read.intervals.push(median(profile.timeDeltas.slice(1)) / 1000);
    }
  });
  await browser.close();
  written?.remove();
  const figures = mapKeys(origins, (key) => round(median(samples[key])));
  return {
    reps,
    p50: figures.own,
    max: round(Math.max(...samples.own)),
    samples: median(read.counts),
    intervalMs: round(median(read.intervals), 3),
    ...figures,
  };
}

/**
 * Milliseconds of a CPU profile spent in code whose script `isOurs`, or in what that code called, and the
 * number of samples they come from: the sampler asks for 50 µs and gets what the machine gives (about
 * 140 µs here), so a figure of 2 ms is about a dozen samples, and a sample taken late carries the gap.
 */
function scriptMs(profile, isOurs) {
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const known = new Map();
  const inOurs = (id) => {
    if (known.has(id)) return known.get(id);
    const answer = isOurs(byId.get(id).callFrame.url) || (parent.has(id) && inOurs(parent.get(id)));
    known.set(id, answer);
    return answer;
  };
  let micros = 0;
  let count = 0;
  profile.samples.forEach((id, index) => {
    if (!inOurs(id)) return;
    micros += profile.timeDeltas[index + 1] ?? 0;
    count++;
  });
  return { ms: micros / 1000, count };
}

export function sizes() {
  const file = (path) => readFileSync(join(EXTENSION_DIR, path));
  const measure = (path) => {
    const bytes = file(path);
    return { path, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  };
  // The popup's JS: every script and preloaded module its page names.
  const html = readFileSync(join(EXTENSION_DIR, 'popup.html'), 'utf8');
  const popup = [...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((match) => measure(match[1]));
  return {
    content: measure('tiktok.js'),
    ui: measure('tiktok-ui.js'),
    popup: {
      raw: popup.reduce((sum, item) => sum + item.raw, 0),
      gzip: popup.reduce((sum, item) => sum + item.gzip, 0),
    },
  };
}

/** Time from opening the popup to its first render (a performance mark), median over `runs` opens. */
export async function popupFirstRender(runs = 10) {
  const browser = await launch();
  const samples = [];
  for (let run = 0; run < runs; run++) {
    const page = await browser.context.newPage();
    await page.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    await page.waitForFunction(() => performance.getEntriesByName('scrollwise:first-render').length > 0);
    samples.push(await page.evaluate(() => performance.getEntriesByName('scrollwise:first-render')[0].startTime));
    await page.close();
  }
  await browser.close();
  return { runs, p50: round(median(samples)), p95: round(percentile(samples, 95)) };
}

/** The page's JavaScript heap after forced collections. The content script's isolated world shares the
 * page's V8 isolate, so its objects count here, as they do in the browser's task manager. */
async function settledHeap(page) {
  const cdp = await page.context().newCDPSession(page);
  for (let pass = 0; pass < 3; pass++) await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/**
 * The page's heap with and without Scrollwise (tiktok.com vs example.com, as for the feed), interleaved,
 * and with each reference script instead (tests/bench/reference-scripts.mjs, on their own origins).
 * Each page is read three times: still, as it loads (the sentinel alone); after its feed app rendered
 * 2,000 items, as TikTok's feed holds after a long scroll (where a teen spends the time: still the
 * sentinel alone, no tip being due there); then after a comment panel opened and closed, so the tips' UI
 * file has loaded and run. Figures are KB added over the page alone, medians of the runs' pairs.
 */
export async function pageHeap(reps = 6) {
  const references = writeReferenceExtensions();
  const browser = await launch({ extraPages: { [PREACT_PATH]: PREACT }, alongside: references.dirs });
  const origins = {
    with: 'https://www.tiktok.com',
    without: 'https://example.com',
    ...Object.fromEntries(Object.entries(REFERENCES).map(([name, { origin }]) => [name, origin])),
  };
  const states = ['still', 'feed', 'tip'];
  const samples = Object.fromEntries(states.map((state) => [state, mapKeys(origins, () => [])]));
  await interleaved(browser, reps, origins, async (key, page) => {
    samples.still[key].push(await settledHeap(page));
    await growFeed(page);
    samples.feed[key].push(await settledHeap(page));
    await openAndCloseDrawer(page, key === 'with');
    samples.tip[key].push(await settledHeap(page));
  });
  await browser.close();
  references.remove();
  const added = (state, key) =>
    round(median(samples[state][key].map((bytes, rep) => bytes - samples[state].without[rep])) / 1024);
  const summary = (state) => ({
    withKb: round(median(samples[state].with) / 1024),
    withoutKb: round(median(samples[state].without) / 1024),
    ratio: round(median(samples[state].with.map((bytes, rep) => bytes / samples[state].without[rep])), 3),
    ...mapKeys(origins, (key) => added(state, key)),
  });
  return Object.assign(Object.fromEntries(states.map((state) => [state, summary(state)])), { reps });
}

const mapKeys = (object, value) => Object.fromEntries(Object.keys(object).map((key) => [key, value(key)]));
