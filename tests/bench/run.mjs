// `npm run bench`: speed and size figures, each against its target, measured in one run.
// Exits non-zero when a target is missed.
import { MissingChromiumError } from '../e2e/harness.mjs';
import { feedCost, sizes, tipLatency } from './content-script.mjs';

const results = [];
const record = (name, value, unit, target, pass, detail = '') =>
  results.push({ name, value, unit, target, pass, detail });

async function main() {
  const size = sizes();
  record(
    'content script, gzip',
    round1(size.content.gzip / 1024),
    'KB',
    '≤ 30 KB',
    size.content.gzip <= 30 * 1024,
    `raw ${round1(size.content.raw / 1024)} KB`,
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

  const feed = await feedCost(8);
  record(
    'page script time inserting 2,000 feed items, with/without',
    feed.ratio,
    '×',
    '≤ 1.03',
    feed.ratio <= 1.03,
    `medians ${feed.withMs} ms vs ${feed.withoutMs} ms over ${feed.reps} interleaved runs`,
  );

  print();
  if (results.some((result) => !result.pass)) process.exit(1);
}

function round1(value) {
  return Math.round(value * 10) / 10;
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
