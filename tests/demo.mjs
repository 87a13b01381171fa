// `npm run demo`: Chromium with the built Scrollwise on offline TikTok-like pages.
// With a display it opens a window on a start page that links every view; without one (or with
// --headless) it writes a screenshot of every page to demo-shots/ and prints where they are.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { extensionPageUrl, FIXTURES, fixtureUrl, launch, MissingChromiumError } from './e2e/harness.mjs';
import { seededWeek } from './support/history.mjs';

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
  for (const fixture of FIXTURES) {
    const page = await browser.context.newPage();
    await page.goto(fixtureUrl(fixture), { waitUntil: 'load' });
    if (fixture.view) {
      await page
        .locator(`scrollwise-tip[data-view="${fixture.view}"]`)
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
  // The daily-limit reminder on a video page, once today's time has passed a 15-minute limit.
  await browser.worker.evaluate((items) => chrome.storage.local.set(items), {
    ...seededWeek([35, 52, 18, 74, 41, 63, 16]),
    settings: { dailyLimitMin: 15 },
    settings$: { v: 2 },
  });
  const reminder = await browser.context.newPage();
  await reminder.goto(fixtureUrl(FIXTURES.find((fixture) => fixture.name === 'video-with-comments')));
  await reminder
    .locator('scrollwise-nudge')
    .waitFor({ state: 'attached', timeout: 5_000 })
    .catch(() => console.warn('No reminder appeared.'));
  await reminder.waitForTimeout(400);
  await reminder.screenshot({ path: `${SHOTS}/reminder-daily-limit.png` });
  written.push(`${SHOTS}/reminder-daily-limit.png`);
  await reminder.close();
  for (const [name, path, width] of [
    ['popup', 'popup.html', 372],
    ['options', 'options.html#welcome', 900],
  ]) {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width, height: 700 });
    await page.goto(extensionPageUrl(browser, path));
    await page.waitForTimeout(400);
    await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
    written.push(`${SHOTS}/${name}.png`);
  }
  await browser.close();
  console.log(`Wrote ${written.length} screenshots to ${SHOTS}:`);
  for (const file of written) console.log(`  ${file}`);
}

main().catch((error) => {
  console.error(error instanceof MissingChromiumError ? error.message : error);
  process.exit(1);
});
