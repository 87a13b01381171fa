// `npm run store`: what a Chrome Web Store and an addons.mozilla.org listing need, generated from the
// project into .output/store/: the descriptions in English and French, the single purpose, each
// permission's justification, the privacy answers, and 1280×800 screenshots of the built extension on the
// offline TikTok-like pages. Nothing is published from here.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { extensionPageUrl, fixtureUrl, launch, MissingChromiumError } from '../e2e/harness.mjs';
import { fixtureByName } from '../support/fixtures.mjs';
import { seededWeek } from '../support/history.mjs';
import { PAGE_HOSTS } from '../support/layers.mjs';
import {
  AMO_DATA_COLLECTION,
  DESCRIPTION,
  PERMISSIONS,
  PRIVACY_PRACTICES,
  SINGLE_PURPOSE,
  SUMMARY,
} from './listing.mjs';

const OUT = resolve('.output/store');

function listingText() {
  const manifest = JSON.parse(readFileSync('.output/chrome-mv3/manifest.json', 'utf8'));
  const asked = [...manifest.permissions, ...manifest.host_permissions.map((host) => `host:${host}`)];
  const categories = Object.entries(PRIVACY_PRACTICES.categories)
    .map(([name, collected]) => `- ${name}: ${collected ? 'collected' : 'not collected'}`)
    .join('\n');
  return `# Scrollwise ${manifest.version}: store listing

## Summary (≤ 132 characters)
- EN: ${SUMMARY.en}
- FR: ${SUMMARY.fr}

## Description, English
${DESCRIPTION.en}

## Description, français
${DESCRIPTION.fr}

## Single purpose
${SINGLE_PURPOSE}

## Permissions
${asked.map((permission) => `- \`${permission}\`: ${PERMISSIONS[permission]}`).join('\n')}

## Privacy practices (Chrome Web Store)
${PRIVACY_PRACTICES.collects}

${categories}

${PRIVACY_PRACTICES.certifications.map((line) => `- [x] ${line}`).join('\n')}

Remote code: ${PRIVACY_PRACTICES.remoteCode}

## addons.mozilla.org
\`browser_specific_settings.gecko.data_collection_permissions\`: \`${JSON.stringify(AMO_DATA_COLLECTION)}\`

## Screenshots (1280×800)
${SHOTS.map(([name, , , caption]) => `- \`${name}.png\`: ${caption}`).join('\n')}
`;
}

/** [file name, fixture or extension page, language, caption]. */
const SHOTS = [
  ['1-comments', 'video-with-comments', 'en', 'A comment hurt? Where to report it, beside TikTok’s comments.'],
  ['2-report-sent', 'report-modal-done.fr', 'fr', 'Après un signalement : la suite, bloquer, et une ligne ouverte.'],
  ['3-messages', 'messages-chat.fr', 'fr', 'Messages d’inconnus : ne rien envoyer, ne pas payer, en parler.'],
  ['4-daily-limit', 'video-with-comments', 'en', 'The daily limit: a calm pause, and “Close TikTok” at once.'],
  ['5-welcome', 'options.html#welcome', 'en', 'Set up in one pass: country, limits chosen together, a lock last.'],
];

async function main() {
  mkdirSync(OUT, { recursive: true });
  const browser = await launch({ headless: true, viewport: { width: 1280, height: 800 } });
  const set = (items) =>
    browser.worker.evaluate(
      (values) => chrome.storage.local.clear().then(() => chrome.storage.local.set(values)),
      items,
    );
  for (const [name, source, language] of SHOTS) {
    const limit = name === '4-daily-limit' ? { dailyLimitMin: 15 } : {};
    await set({
      ...seededWeek([35, 52, 18, 74, 41, 63, 16]),
      settings: { language, helplineCountry: language === 'fr' ? 'FR' : 'GB', ...limit },
      settings$: { v: 2 },
    });
    const page = await browser.context.newPage();
    if (source.includes('.html')) {
      await page.goto(extensionPageUrl(browser, source));
      await page.locator('main').waitFor();
    } else {
      await page.goto(fixtureUrl(fixtureByName(source)), { waitUntil: 'load' });
      const host = name === '4-daily-limit' ? PAGE_HOSTS.reminder : PAGE_HOSTS.tip;
      await page.locator(host).waitFor({ state: 'attached', timeout: 5_000 });
    }
    await page.waitForTimeout(600);
    await page.screenshot({ path: `${OUT}/${name}.png` });
    await page.close();
  }
  await browser.close();
  writeFileSync(`${OUT}/listing.md`, listingText());
  console.log(`Wrote the store listing and ${SHOTS.length} screenshots to ${OUT}/ (nothing was published).`);
}

main().catch((error) => {
  console.error(error instanceof MissingChromiumError ? error.message : error);
  process.exit(1);
});
