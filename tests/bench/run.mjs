// `npm run bench`: speed and size figures, each against its target, measured in one run.
// Exits non-zero when a target is missed.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { MissingChromiumError } from '../e2e/harness.mjs';
import { feedCost, pageHeap, popupFirstRender, sizes, tipLatency } from './content-script.mjs';

/** The worker figures come from simulations on its real code (tests/bench/tracking.sim.ts). */
function trackingFigures() {
  execFileSync('npx', ['vitest', 'run', '-c', 'tests/vitest.sim.config.ts', '--reporter=dot'], { stdio: 'ignore' });
  return JSON.parse(readFileSync('test-output/bench-tracking.json', 'utf8'));
}

const results = [];
const record = (name, value, unit, target, pass, detail = '') =>
  results.push({ name, value, unit, target, pass, detail });

async function main() {
  const tracking = trackingFigures();
  const { mixed, continuous } = tracking;
  record(
    'tracked vs true total, a simulated day of mixed use',
    Number(mixed.errorPercent.toFixed(3)),
    '%',
    '≤ 1 %',
    mixed.errorPercent <= 1,
    `${mixed.trackedSeconds} s counted of ${mixed.trueSeconds} s`,
  );
  record(
    'worker wake-ups per hour of viewing',
    round2(continuous.wakeupsPerHour),
    '/h',
    '≤ 240',
    continuous.wakeupsPerHour <= 240,
    `mixed day: ${round2(mixed.wakeupsPerHour)}/h`,
  );
  record(
    'storage writes per hour of viewing',
    round2(continuous.writesPerHour),
    '/h',
    '≤ 240',
    continuous.writesPerHour <= 240,
    `mixed day: ${round2(mixed.writesPerHour)}/h, one per 15 s heartbeat plus one per stop`,
  );
  record(
    '400 days of history',
    round1(tracking.historyBytes / 1000),
    'KB',
    '≤ 200 KB',
    tracking.historyBytes <= 200_000,
    'every hour of every day used',
  );

  const size = sizes();
  record(
    'content script, gzip',
    round1(size.content.gzip / 1024),
    'KB',
    '≤ 30 KB',
    size.content.gzip <= 30 * 1024,
    `raw ${round1(size.content.raw / 1024)} KB`,
  );

  record(
    'popup JS, gzip',
    round1(size.popup.gzip / 1024),
    'KB',
    '≤ 25 KB',
    size.popup.gzip <= 25 * 1024,
    `raw ${round1(size.popup.raw / 1024)} KB`,
  );
  const popup = await popupFirstRender(10);
  record(
    'popup first render after opening, median',
    popup.p50,
    'ms',
    'reported',
    true,
    `p95 ${popup.p95} ms over ${popup.runs} opens`,
  );

  const latency = await tipLatency(25);
  record(
    'tip mounted after its view appears, p95',
    latency.p95,
    'ms',
    '≤ 16 ms',
    latency.p95 <= 16,
    `p50 ${latency.p50} ms over ${latency.runs} runs`,
  );

  const feed = await feedCost();
  record(
    'page script time inserting 2,000 feed items, with/without',
    feed.ratio,
    '×',
    '≤ 1.03',
    feed.ratio <= 1.03,
    `median of ${feed.reps} back-to-back pairs; medians ${feed.withMs} ms vs ${feed.withoutMs} ms`,
  );

  const heap = await pageHeap();
  record(
    'page JS heap after a forced GC, feed of 2,000 items, with/without',
    heap.feed.ratio,
    '×',
    '≤ 1.3',
    heap.feed.ratio <= 1.3,
    `median of ${heap.reps} pairs; ${heap.feed.withKb} KB vs ${heap.feed.withoutKb} KB`,
  );
  record(
    'heap Scrollwise adds to a TikTok page (content script and its isolated world)',
    heap.still.addedKb,
    'KB',
    'reported',
    true,
    `still page: ${heap.still.withKb} KB vs ${heap.still.withoutKb} KB; feed page: +${heap.feed.addedKb} KB`,
  );

  print();
  if (results.some((result) => !result.pass)) process.exit(1);
}

function round1(value) {
  return Math.round(value * 10) / 10;
}

function round2(value) {
  return Math.round(value * 100) / 100;
}

function print() {
  console.log('\nScrollwise bench');
  for (const { name, value, unit, target, pass, detail } of results) {
    console.log(
      `${pass ? 'ok  ' : 'MISS'} ${name}: ${value} ${unit} (target ${target})${detail ? `  [${detail}]` : ''}`,
    );
  }
}

main().catch((error) => {
  console.error(error instanceof MissingChromiumError ? error.message : error);
  process.exit(1);
});
