import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/** The files `npm run new:view` edits in place, found by anchors that drift as the files change. */
const EDITED = [
  'utils/views/selectors.ts',
  'utils/views/fallback/index.ts',
  'utils/views/registry.ts',
  'components/tips/registry.ts',
  'utils/i18n/en.ts',
  'utils/i18n/fr.ts',
  'utils/i18n/pages.en.ts',
  'utils/i18n/pages.fr.ts',
  'tests/support/fixtures.mjs',
];
const scratch = mkdtempSync(join(tmpdir(), 'scrollwise-new-view-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('npm run new:view', () => {
  it("scaffolds a view into today's files: every anchor it edits at is still there", () => {
    for (const file of EDITED) cpSync(file, join(scratch, file));
    const run = spawnSync(process.execPath, [join(process.cwd(), 'tests/support/new-view.mjs'), 'trial-view'], {
      cwd: scratch,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    // Each edited file names the new view (its id, or its tip's and declaration's names).
    for (const file of EDITED) expect(readFileSync(join(scratch, file), 'utf8'), file).toMatch(/trial-view|trialView/);
    expect(readFileSync(join(scratch, 'utils/views/selectors.ts'), 'utf8')).toContain("  'trial-view': [],");
  });
});
