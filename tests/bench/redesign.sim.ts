import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { drillResults } from '../support/drill-rates';
import { DRILLS } from '../support/redesign.mjs';

// The redesign drill's rates for `npm run bench` (tests/bench/run.mjs prints them against their targets).
it('measures how many views survive each redesign drill', () => {
  const figures = DRILLS.map((drill) => ({ name: drill.name, target: drill.target, ...drillResults(drill) }));
  mkdirSync('test-output', { recursive: true });
  writeFileSync('test-output/bench-redesign.json', JSON.stringify(figures, null, 2));
  expect(figures.length).toBe(DRILLS.length);
});
