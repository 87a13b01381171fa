// `npm test`: the unit tests, then the end-to-end tests in Chromium, ending with one line that adds them
// up. Each run writes Vitest's JSON report; the totals come from those reports, not from the console.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const OUT = 'test-output/results';
rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
/** Runs a command, showing its output as it goes; its exit status. */
const run = (command, args) => spawnSync(command, args, { stdio: 'inherit' }).status ?? 1;

/** A Vitest run: `verbose` shows each test as it ends, so a long end-to-end file shows its progress. */
function vitest(name, config, reporter) {
  const report = `${OUT}/${name}.json`;
  const status = run('npx', [
    'vitest',
    'run',
    '-c',
    config,
    `--reporter=${reporter}`,
    '--reporter=json',
    `--outputFile.json=${report}`,
  ]);
  try {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests, testResults } = JSON.parse(
      readFileSync(report, 'utf8'),
    );
    // A file that fails before any test runs (a syntax error, a missing fixture) counts as a failure too.
    const brokenFiles = testResults.filter((file) => file.status === 'failed' && file.assertionResults.length === 0);
    return {
      name,
      status,
      passed: numPassedTests,
      failed: numFailedTests + brokenFiles.length,
      skipped: numPendingTests + numTodoTests,
    };
  } catch {
    return { name, status: status || 1, passed: 0, failed: 1, skipped: 0 };
  }
}

const results = [vitest('unit', 'tests/vitest.config.ts', 'default')];
const built = run('npx', ['wxt', 'build']);
results.push(
  built === 0
    ? vitest('end-to-end', 'tests/vitest.e2e.config.ts', 'verbose')
    : { name: 'end-to-end', status: built, passed: 0, failed: 1, skipped: 0 },
);

const sum = (key) => results.reduce((total, result) => total + result[key], 0);
const parts = results.map((result) => `${result.name} ${result.passed} passed, ${result.failed} failed`).join('; ');
const skipped = sum('skipped') > 0 ? `, ${sum('skipped')} skipped` : '';
console.log(`\nnpm test: ${sum('passed')} passed, ${sum('failed')} failed${skipped} (${parts})`);
process.exit(results.some((result) => result.status !== 0 || result.failed > 0) ? 1 : 0);
