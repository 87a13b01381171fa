// `npm run demo`: Chromium with the built Scrollwise on offline TikTok-like pages.
// With a display it opens a window on a start page that links every view; without one (or with
// --headless) it writes a screenshot of every page to demo-shots/ and prints where they are.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { extensionPageUrl, FIXTURES, fixtureUrl, launch, MissingChromiumError } from './e2e/harness.mjs';
import { localDay, seededWeek } from './support/history.mjs';
import { PAGE_HOSTS } from './support/layers.mjs';
import { setSiteAccess } from './support/site-access.mjs';

const SHOTS = resolve('demo-shots');
const START_PATH = '/scrollwise-demo';
const headless = process.argv.includes('--headless') || (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY);

function startPage() {
  const rows = FIXTURES.map(
    (fixture) =>
      `<li><a href="${fixtureUrl(fixture)}">${fixture.name}</a> <small>${fixture.view ? `tip: ${fixture.view}` : 'no tip expected'}</small></li>`,
  ).join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Scrollwise demo</title>
<style>body{font:16px system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;line-height:1.5}small{color:#555}</style></head>
<body><h1>Scrollwise demo</h1><p>Offline TikTok-like pages served at their real addresses. Nothing here reaches the internet.
Open a page to see the tip Scrollwise shows for it; the toolbar icon opens the popup.</p><ul>${rows}</ul></body></html>`;
}

async function main() {
  const browser = await launch({ headless, extraPages: { [START_PATH]: startPage() } });
  // A week of example history, so the popup's chart has something to show.
  await browser.worker.evaluate((days) => chrome.storage.local.set(days), seededWeek());
  if (!headless) {
    const page = await browser.context.newPage();
    await page.goto(`https://www.tiktok.com${START_PATH}`);
    console.log('Scrollwise demo is open. Close the browser window to stop.');
    await new Promise((done) => browser.context.on('close', done));
    return;
  }
  mkdirSync(SHOTS, { recursive: true });
  const written = [];
  const forgetWholeTips = () => browser.worker.evaluate(() => chrome.storage.local.remove('tipShowings'));
  for (const fixture of FIXTURES) {
    // Every page shows its whole tip, as on a teen's first visit of the day.
    await forgetWholeTips();
    const page = await browser.context.newPage();
    await page.goto(fixtureUrl(fixture), { waitUntil: 'load' });
    if (fixture.view) {
      await page
        .locator(PAGE_HOSTS.tip)
        .waitFor({ state: 'attached', timeout: 5_000 })
        .catch(() => console.warn(`No ${fixture.view} tip appeared on ${fixture.name}.`));
    }
    // Let the tip's entrance animation finish (and show that nothing appears where no view is open).
    await page.waitForTimeout(400);
    const file = `${SHOTS}/${fixture.name}.png`;
    await page.screenshot({ path: file });
    written.push(file);
    await page.close();
  }
  // The chip: the comments of a second video, the same day, in English and in French.
  for (const name of ['video-with-comments', 'video-with-comments.fr']) {
    const fixture = FIXTURES.find((candidate) => candidate.name === name);
    await forgetWholeTips();
    for (const visit of ['whole', 'chip']) {
      const page = await browser.context.newPage();
      await page.goto(fixtureUrl(fixture), { waitUntil: 'load' });
      await page.locator(PAGE_HOSTS.tip).waitFor({ state: 'attached', timeout: 5_000 });
      await page.waitForTimeout(400);
      if (visit === 'chip') {
        const file = `${SHOTS}/${name.replace('video-with-comments', 'comments-chip')}.png`;
        await page.screenshot({ path: file });
        written.push(file);
      }
      await page.close();
    }
  }
  // The feed's tip, after 15 minutes of watching on end (a worker ledger that says so, and a video playing).
  {
    await forgetWholeTips();
    // The last page's final report lands first, so it does not write its own stretch over this one.
    await new Promise((done) => setTimeout(done, 1_500));
    const now = Date.now();
    await browser.worker.evaluate((items) => chrome.storage.local.set(items), {
      ledger: { v: 1, spans: [], sessions: {}, stretch: { start: now - 16 * 60_000, last: now } },
    });
    const page = await browser.context.newPage();
    await page.goto(fixtureUrl(FIXTURES.find((candidate) => candidate.name === 'feed-menu-closed')));
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setFocusEmulationEnabled', { enabled: false });
    await page.bringToFront();
    await page.evaluate(async () => {
      const video = document.querySelector('video');
      const canvas = document.createElement('canvas');
      canvas.getContext('2d')?.fillRect(0, 0, 10, 10);
      video.srcObject = canvas.captureStream(10);
      video.muted = true;
      await video.play();
    });
    await page.mouse.move(400, 300);
    await page
      .locator(PAGE_HOSTS.tip)
      .waitFor({ state: 'attached', timeout: 25_000 })
      .catch(() => console.warn('No feed tip appeared after the stretch.'));
    await page.waitForTimeout(400);
    const file = `${SHOTS}/feed-after-a-stretch.png`;
    await page.screenshot({ path: file });
    written.push(file);
    await page.close();
  }
  // The reminders and the extension's pages, in English and in French.
  const hour = (offset) => `${String((new Date().getHours() + 24 + offset) % 24).padStart(2, '0')}:00`;
  const sleepNow = { enabled: true, start: hour(-1), end: hour(2) };
  const startOfHour = new Date().setMinutes(0, 0, 0);
  const homework = (language) => ({
    name: language === 'fr' ? 'Devoirs' : 'Homework',
    days: [0, 1, 2, 3, 4, 5, 6],
    start: hour(0),
    end: hour(1) === '00:00' ? '23:59' : hour(1),
  });
  // [screenshot, settings for a language, more of the stored state]
  const reminders = [
    ['reminder-daily-limit', () => ({ dailyLimitMin: 15 })],
    ['reminder-sleep', () => ({ sleep: sleepNow })],
    // An hour into the night, after a first reminder: the plainer one.
    [
      'reminder-sleep-late',
      () => ({ sleep: sleepNow }),
      { nudges: { v: 1, day: localDay(0), lastSleepNudgeAt: startOfHour - 3_600_000 } },
    ],
    ['reminder-no-tiktok-time', (language) => ({ quietTimes: [homework(language)] })],
    ['reminder-door', () => ({ doorPause: true })],
  ];
  for (const language of ['en', 'fr']) {
    const fixture = FIXTURES.find(
      (candidate) => candidate.name === `video-with-comments${language === 'fr' ? '.fr' : ''}`,
    );
    for (const [name, settings, more = {}] of reminders) {
      await browser.worker.evaluate(
        (items) => chrome.storage.local.clear().then(() => chrome.storage.local.set(items)),
        {
          ...seededWeek([35, 52, 18, 74, 41, 63, 16]),
          settings: { ...settings(language), language, ...(language === 'fr' ? { helplineCountry: 'FR' } : {}) },
          settings$: { v: 2 },
          ...more,
        },
      );
      const reminder = await browser.context.newPage();
      await reminder.goto(fixtureUrl(fixture));
      await reminder
        .locator(PAGE_HOSTS.reminder)
        .waitFor({ state: 'attached', timeout: 5_000 })
        .catch(() => console.warn(`No ${name} appeared (${language}).`));
      await reminder.waitForTimeout(400);
      const file = `${SHOTS}/${name}.${language}.png`;
      await reminder.screenshot({ path: file });
      written.push(file);
      await reminder.close();
      if (name !== 'reminder-daily-limit') continue;
      // The same limit as the browser holds it, when a page kept the in-page screen from being seen.
      const limitPage = await browser.context.newPage();
      await limitPage.goto(extensionPageUrl(browser, 'limit.html'));
      await limitPage.waitForTimeout(800);
      const limitFile = `${SHOTS}/limit-page.${language}.png`;
      await limitPage.screenshot({ path: limitFile });
      written.push(limitFile);
      await limitPage.close();
    }
    await browser.worker.evaluate((items) => chrome.storage.local.clear().then(() => chrome.storage.local.set(items)), {
      ...seededWeek(),
      settings: {
        language,
        ...(language === 'fr' ? { helplineCountry: 'FR' } : {}),
        quietTimes: [{ ...homework(language), days: [1, 2, 3, 4, 5], start: '17:00', end: '19:00' }],
      },
      settings$: { v: 2 },
    });
    // An ask for more time waiting for a parent, and a fortnight with the look back's counters.
    await browser.worker.evaluate((items) => chrome.storage.local.set(items), {
      ...seededWeek([35, 52, 18, 74, 41, 63, 16, 40, 22, 61, 37, 48, 29, 27], new Date(), { opens: 3, longestMin: 25 }),
      timeAsks: [
        {
          id: 'demo',
          at: Date.now() - 60_000,
          day: localDay(0),
          minutes: 30,
          reason: language === 'fr' ? 'finir un exposé' : 'finishing a school project',
          answer: null,
          answeredAt: 0,
        },
      ],
    });
    for (const [name, path, width, open] of [
      ['popup', 'popup.html', 372],
      ['popup-week', 'popup.html', 372, '[data-testid="week-panel"] summary'],
      ['options', 'options.html#welcome', 900],
      ['options-settings', 'options.html', 900],
      ['ask-for-more-time', 'extra-time.html#ask', 420],
    ]) {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width, height: 700 });
      await page.goto(extensionPageUrl(browser, path));
      if (open) await page.locator(open).click();
      await page.waitForTimeout(400);
      const file = `${SHOTS}/${name}.${language}.png`;
      await page.screenshot({ path: file, fullPage: true });
      written.push(file);
    }
    // Scrollwise's access to TikTok turned off in Chrome's menu: what the popup then says.
    await setSiteAccess(browser, false);
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 372, height: 700 });
    await popup.goto(extensionPageUrl(browser, 'popup.html'));
    await popup.locator('[data-testid="site-access"]').waitFor();
    const file = `${SHOTS}/popup-site-access-off.${language}.png`;
    await popup.screenshot({ path: file, fullPage: true });
    written.push(file);
    await popup.close();
    await setSiteAccess(browser, true);
  }
  await browser.close();
  console.log(`Wrote ${written.length} screenshots to ${SHOTS}:`);
  for (const file of written) console.log(`  ${file}`);
}

main().catch((error) => {
  console.error(error instanceof MissingChromiumError ? error.message : error);
  process.exit(1);
});
