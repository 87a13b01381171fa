import { launch, openFixture } from '../e2e/harness.mjs';
import { fixtureByName } from '../support/fixtures.mjs';
import { REFERENCES, writeReferenceExtensions } from './reference-scripts.mjs';
import { median } from './stats.mjs';
const refs = writeReferenceExtensions();
const browser = await launch({ alongside: refs.dirs });
const origins = { with: 'https://www.tiktok.com', floor: REFERENCES.floor.origin };
const s = { with: [], floor: [] };
const heap = async (page) => { const cdp = await page.context().newCDPSession(page); for (let p = 0; p < 3; p++) await cdp.send('HeapProfiler.collectGarbage'); const u = (await cdp.send('Runtime.getHeapUsage')).usedSize; await cdp.detach(); return u; };
for (let rep = 0; rep < Number(process.env.REPS ?? 3); rep++) for (const k of Object.keys(origins)) {
  const page = await openFixture(browser, fixtureByName(process.env.FIX ?? 'foryou-feed'), { origin: origins[k] });
  await page.waitForTimeout(Number(process.env.WAIT ?? 800));
  s[k].push(await heap(page)); await page.close();
}
await browser.close(); refs.remove();
console.log('own share above floor', ((median(s.with) - median(s.floor)) / 1024).toFixed(1), 'KB', s.with.map((x, i) => ((x - s.floor[i]) / 1024).toFixed(1)).join(' '));
