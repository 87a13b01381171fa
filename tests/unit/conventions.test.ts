import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The house rules, as tests: what imports what. Read from the sources, so a rule broken anywhere fails
 * here, whatever the tests of that code do.
 */
const ROOT = resolve(__dirname, '../..');
const SOURCES = ['utils', 'components', 'entrypoints'];

function files(dir: string): string[] {
  return readdirSync(join(ROOT, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(ROOT, path)).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

const ALL = SOURCES.flatMap(files);
const text = (file: string) => readFileSync(join(ROOT, file), 'utf8');

/**
 * Imports that reach the built code, re-exports (`export … from`) included; type-only ones are erased,
 * so they are left out.
 */
function runtimeImports(file: string): string[] {
  const found: string[] = [];
  for (const match of text(file).matchAll(
    /^(?:import|export)\s+(type\s+)?[^'";]*?from\s+'([^']+)';?|^import\s+'([^']+)';?/gms,
  )) {
    if (match[1]) continue;
    found.push((match[2] ?? match[3]) as string);
  }
  return found;
}

function resolveImport(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith('@/')) base = specifier.slice(2);
  else if (specifier.startsWith('.')) base = relative(ROOT, resolve(ROOT, dirname(from), specifier));
  else return null;
  base = base.replace(/\?.*$/, '');
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`])
    if (existsSync(join(ROOT, candidate)) && statSync(join(ROOT, candidate)).isFile()) return candidate;
  return null;
}

/** Every project file the entry pulls into its bundle. */
function graph(entry: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const specifier of runtimeImports(file)) {
      const next = resolveImport(file, specifier);
      if (next && /\.(ts|tsx)$/.test(next)) visit(next);
    }
    // Eager globs (the content script's features) are imports too.
    for (const [, dir, ext] of text(file).matchAll(
      /import\.meta\.glob(?:<[^>]*>)?\('\.\/([\w/-]+)\/\*\.(ts|\{ts,tsx\})'/g,
    )) {
      const folder = join(dirname(file), dir as string);
      for (const name of readdirSync(join(ROOT, folder)))
        if (ext === 'ts' ? name.endsWith('.ts') : /\.tsx?$/.test(name)) visit(join(folder, name));
    }
  };
  visit(entry);
  return seen;
}

describe('house rules', () => {
  it('the sentinel never reaches storage: the worker tells it of a change (and it may not read session storage)', () => {
    const bundle = graph('entrypoints/tiktok/index.ts');
    expect(bundle.size).toBeGreaterThan(20);
    // A listener to storage in every TikTok tab would take every write's changes (a day's total at each
    // report) into each tab's heap; the worker tells the tabs of the two changes they follow instead.
    expect([...bundle].filter((file) => file.startsWith('utils/storage/'))).toEqual([]);
    // The worker's own code stays in the worker (the content script imports only its types).
    expect(
      [...bundle].filter((file) =>
        /^utils\/(\w[\w-]*\/requests\.ts|requests\.ts|worker\/dispatch\.ts|storage\/write\.ts)$/.test(file),
      ),
    ).toEqual([]);
  });

  it('the sentinel reads the address as document.URL, never through location (an interface of its own)', () => {
    // `Location` costs every TikTok tab about 3 KB of heap in the content script's world; leaving a frame
    // (`location.replace`, on the worker's word) is the one use, and it comes once, at the end.
    const reads = [...graph('entrypoints/tiktok/index.ts')].flatMap((file) =>
      [...text(file).matchAll(/\blocation\.(?!replace\()\w+|\(location\b|\blocation\)/g)].map(
        (match) => `${file}: ${match[0]}`,
      ),
    );
    expect(reads).toEqual([]);
  });

  it('the sentinel every TikTok tab runs loads no UI and no detector: they come with the UI file', () => {
    const sentinel = [...graph('entrypoints/tiktok/index.ts')];
    const ui = /^(components\/|entrypoints\/tiktok-ui\/|utils\/(i18n\/|page-copy|placement))/;
    expect(sentinel.filter((file) => ui.test(file))).toEqual([]);
    expect(
      sentinel.flatMap(runtimeImports).filter((specifier) => /^(preact|@preact\/|dompurify)/.test(specifier)),
    ).toEqual([]);
    // Nor any view's detector but the feed's, which waits for a stretch (utils/views/first-pass.ts): the
    // first pass reads hooks, and the detectors come with the UI file.
    const views = /^utils\/views\/(?!first-pass|selectors|feed)[\w-]+\.ts$/;
    expect(sentinel.filter((file) => views.test(file))).toEqual([]);
    // And the UI file is what the worker injects: it exists, and draws with Preact.
    expect([...graph('entrypoints/tiktok-ui/index.ts')].some((file) => file.startsWith('components/'))).toBe(true);
  });

  it('only utils/storage/ touches browser.storage or WXT storage', () => {
    const offenders = ALL.filter(
      (file) =>
        !file.startsWith('utils/storage/') &&
        (/\bbrowser\.storage\b|\bchrome\.storage\b/.test(text(file)) ||
          (runtimeImports(file).some(
            (specifier) => specifier === '#imports' || specifier.includes('wxt/utils/storage'),
          ) &&
            /\bstorage\b/.test(text(file).match(/import\s*{[^}]*}\s*from\s*'#imports'/)?.[0] ?? ''))),
    );
    expect(offenders).toEqual([]);
  });

  it('only utils/worker/client.ts sends to the worker, so every request and its reply are typed in one place', () => {
    expect(ALL.filter((file) => /runtime\.sendMessage\(/.test(text(file)))).toEqual(['utils/worker/client.ts']);
  });

  it('only entrypoints/background.ts imports the dispatcher', () => {
    const importers = ALL.filter((file) =>
      runtimeImports(file).some((specifier) => resolveImport(file, specifier) === 'utils/worker/dispatch.ts'),
    );
    expect(importers).toEqual(['entrypoints/background.ts']);
  });

  it('no file under entrypoints/ is over 130 lines: they wire, and what they decide lives in tested modules', () => {
    const long = ALL.filter((file) => file.startsWith('entrypoints/'))
      .map((file) => `${file}: ${text(file).trimEnd().split('\n').length}`)
      .filter((line) => Number(line.split(': ')[1]) > 130);
    expect(long).toEqual([]);
  });

  it("only utils/views/selectors.ts knows TikTok's markup (data-e2e, component names, tux attributes)", () => {
    const code = (file: string) => text(file).replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
    const markup = /data-e2e|\[class\*=|data-tux|tux-list/;
    expect(ALL.filter((file) => file !== 'utils/views/selectors.ts' && markup.test(code(file)))).toEqual([]);
  });

  it('only utils/sanitize.ts imports DOMPurify', () => {
    expect(ALL.filter((file) => runtimeImports(file).includes('dompurify'))).toEqual(['utils/sanitize.ts']);
  });

  it('utils/ imports no UI and no entrypoint; components/ import no entrypoint', () => {
    const wrong = ALL.flatMap((file) =>
      runtimeImports(file)
        .map((specifier) => resolveImport(file, specifier) ?? '')
        .filter(
          (target) =>
            (file.startsWith('utils/') && /^(components|entrypoints)\//.test(target)) ||
            (file.startsWith('components/') && target.startsWith('entrypoints/')),
        )
        .map((target) => `${file} → ${target}`),
    );
    expect(wrong).toEqual([]);
  });
});

describe('TikTok hooks', () => {
  it('each names its evidence on its line: a source with its date or build, or "fixture only, unconfirmed"', () => {
    const lines = text('utils/views/selectors.ts').split('\n');
    const hooks = lines.filter((line) => /^\s*'[^']*[[#.=\]a-z][^']*',?(\s*\/\/.*)?$/.test(line));
    expect(hooks.length).toBeGreaterThan(40);
    const unsourced = hooks.filter((line) => !/\/\/.*(20\d\d|5e6d46e3|fixture only, unconfirmed)/.test(line));
    expect(unsourced).toEqual([]);
  });
});

describe('who writes', () => {
  it("storage writes are imported only by a capability's requests.ts, the recorder and utils/storage/", () => {
    const writers = ALL.filter(
      (file) =>
        !file.startsWith('utils/storage/') &&
        runtimeImports(file).some((specifier) => resolveImport(file, specifier) === 'utils/storage/write.ts'),
    );
    expect(writers.length).toBeGreaterThan(3);
    expect(
      writers.filter((file) => !/^utils\/[\w-]+\/requests\.ts$|^utils\/tracking\/recorder\.ts$/.test(file)),
    ).toEqual([]);
  });

  it('every request has exactly one handler, a sender kind, a parser and a queue choice', async () => {
    const { CAPABILITIES } = await import('@/utils/requests');
    const types = CAPABILITIES.flatMap((table) => Object.keys(table));
    expect(types.length).toBeGreaterThan(20);
    expect(types.filter((type, index) => types.indexOf(type) !== index)).toEqual([]);
    const incomplete = CAPABILITIES.flatMap((table) =>
      Object.entries(table)
        .filter(
          ([, spec]) =>
            !['tab', 'page', 'own'].includes(spec.from) ||
            typeof spec.parse !== 'function' ||
            typeof spec.run !== 'function' ||
            typeof spec.queued !== 'boolean',
        )
        .map(([type]) => type),
    );
    expect(incomplete).toEqual([]);
  });

  it('the content script writes no storage: every change goes through the worker', () => {
    const bundle = [...graph('entrypoints/tiktok/index.ts')].filter((file) => !file.startsWith('utils/storage/'));
    // What the storage module lets a caller change: its write functions, and `set`/`update` on its items.
    const writeFunctions = /^(save\w+|write\w+|deleteAll|removeDays|quarantineDay)$/;
    const writes = (file: string) => {
      const source = text(file);
      const names = [...source.matchAll(/import\s*\{([^}]*)\}\s*from\s*'[^']*\/storage(?:\/\w+)?'/g)].flatMap((match) =>
        (match[1] as string).split(',').map(
          (name) =>
            name
              .trim()
              .split(/\s+as\s+/)
              .pop() as string,
        ),
      );
      return names.some((name) => writeFunctions.test(name) || new RegExp(`\\b${name}\\.(set|update)\\(`).test(source));
    };
    expect(bundle.filter(writes)).toEqual([]);
  });
});

describe('every view is complete', () => {
  // Imported here, not at the top, so the rules above hold even while a view is half-written.
  const load = async () => {
    const [{ VIEWS, hooksOf }, { en }, { fr }, { pagesEn }, { pagesFr }, { FIXTURES, readFixture }] = await Promise.all(
      [
        import('@/utils/views/registry'),
        import('@/utils/i18n/en'),
        import('@/utils/i18n/fr'),
        import('@/utils/i18n/pages.en'),
        import('@/utils/i18n/pages.fr'),
        import('../support/fixtures.mjs'),
      ],
    );
    return { VIEWS, hooksOf, en, fr, pagesEn, pagesFr, FIXTURES, readFixture };
  };

  it('has its declaration, tip, hooks, copy in both languages and a fixture, none of them a stub', async () => {
    const { VIEWS, hooksOf, en, fr, pagesEn, pagesFr, FIXTURES, readFixture } = await load();
    const missing: string[] = [];
    for (const view of VIEWS) {
      const { id } = view;
      if (!existsSync(join(ROOT, `utils/views/${id}.ts`))) missing.push(`${id}: utils/views/${id}.ts`);
      if (!existsSync(join(ROOT, `components/tips/${id}.tsx`))) missing.push(`${id}: components/tips/${id}.tsx`);
      if (hooksOf(id).length === 0) missing.push(`${id}: hooks`);
      for (const [language, copy] of [
        ['en', en.tips[id]],
        ['fr', fr.tips[id]],
      ] as const)
        if (!copy || JSON.stringify(copy).includes('TODO') || JSON.stringify(copy).includes('""'))
          missing.push(`${id}: tip copy (${language})`);
      for (const [language, name] of [
        ['en', pagesEn.popup.views[id]],
        ['fr', pagesFr.popup.views[id]],
      ] as const)
        if (!name || name.includes('TODO')) missing.push(`${id}: view name for the pages (${language})`);
      const fixtures = FIXTURES.filter((fixture) => fixture.view === id || fixture.afterStretch === id);
      if (fixtures.length === 0) missing.push(`${id}: a fixture`);
      for (const fixture of fixtures)
        if (fixture.path.includes('TODO') || readFixture(fixture).includes('TODO'))
          missing.push(`${id}: fixture ${fixture.name}`);
    }
    expect(missing).toEqual([]);
  });
});
