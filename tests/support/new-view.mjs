// `npm run new:view <id>`: scaffolds a view with one id everywhere. It writes the declaration, its hooks'
// entry, the tip, the copy stubs in both languages, a fixture stub and the registry lines; `npm test` (the
// conventions test) fails until the hooks, the detector, the fixture and the copy are filled in.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

const id = process.argv[2] ?? '';
if (!/^[a-z]+(-[a-z]+)*$/.test(id)) {
  console.error('Usage: npm run new:view <id>   (lower-case words joined by "-", e.g. "messages")');
  process.exit(2);
}
if (existsSync(`utils/views/${id}.ts`)) {
  console.error(`A view "${id}" exists already: utils/views/${id}.ts`);
  process.exit(2);
}
const camel = id.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
const pascal = camel[0].toUpperCase() + camel.slice(1);
const TODO = 'TODO';

/** Inserts `text` before the first match of `anchor` in `file`; fails loudly if the anchor moved. */
function insertBefore(file, anchor, text) {
  const source = readFileSync(file, 'utf8');
  const at = source.search(anchor);
  if (at < 0) throw new Error(`${file}: could not find ${anchor}; add the line by hand`);
  writeFileSync(file, source.slice(0, at) + text + source.slice(at));
}

const written = [];
const write = (file, text) => {
  writeFileSync(file, text);
  written.push(file);
};
const edit = (file, anchor, text) => {
  insertBefore(file, anchor, text);
  written.push(file);
};

write(
  `utils/views/${id}.ts`,
  `import { defineView } from './shared/view';

/** The ${id} view: ${TODO} what is on screen when it is open, and the element the tip sits beside. */
export const ${camel} = defineView({
  id: '${id}',
  theme: 'comments', // ${TODO}: the tips switch that turns this tip on and off
  holdsReminders: false,
  offersHelp: false,
  attention: 'spaced', // ${TODO}: 'always' for a rare moment that needs the whole tip each time
  detect: () => null, // ${TODO}: a pure detector built from several hooks
  showMeTarget: () => null,
});
`,
);
// The view's hooks live with the rest of TikTok's markup, under its id: the sentinel reads them there.
edit(
  'utils/views/selectors.ts',
  /\n {2}comments: \[/,
  `\n  '${id}': [], // ${TODO}: the hooks above whose appearance can open the view, strongest first`,
);
edit(
  'utils/views/fallback/index.ts',
  /\n {2}comments: commentsFallback,/,
  `\n  '${id}': () => null, // ${TODO}: the view read as a person reads it (roles, structure, TikTok's words)`,
);
edit('utils/views/registry.ts', /import type \{ Fallback \}/, `import { ${camel} } from './${id}';\n`);
// Most specific first: a new view goes above the comments, the most general of those open on arrival.
edit('utils/views/registry.ts', /\n {2}comments,\n/, `\n  ${camel},`);

write(
  `components/tips/${id}.tsx`,
  `import { ShowMeTip } from './show-me-tip';
import type { TipProps } from './types';

/** The ${id} tip. */
export function ${pascal}Tip(props: TipProps) {
  return <ShowMeTip view="${id}" {...props} />;
}
`,
);
edit('components/tips/registry.ts', /import type \{ TipProps \}/, `import { ${pascal}Tip } from './${id}';\n`);
edit('components/tips/registry.ts', /\n\};/, `\n  '${id}': ${pascal}Tip,`);

const copy = `    '${id}': {\n      chip: '${TODO}',\n      title: '${TODO}',\n      body: '${TODO}',\n      action: '${TODO}',\n    },\n`;
for (const file of ['utils/i18n/en.ts', 'utils/i18n/fr.ts']) edit(file, / {2}\},\n\} as const;| {2}\},\n\};/, copy);
for (const file of ['utils/i18n/pages.en.ts', 'utils/i18n/pages.fr.ts'])
  edit(file, /\n {4}\}( satisfies Record<ViewId, string>)?,\n {2}\},\n {2}settings:/, `\n      '${id}': '${TODO}',`);

mkdirSync(`tests/fixtures/tiktok/${id}`, { recursive: true });
write(
  `tests/fixtures/tiktok/${id}/${id}.html`,
  `<!doctype html>
<!-- ${TODO}: the ${id} view as TikTok's desktop page shows it, written from the public evidence
     (../shared/research/), with the evidence named here. -->
<html lang="en" data-theme="dark"><head><meta charset="utf-8"><title>${TODO}</title>
<link rel="stylesheet" href="../layout.css"></head><body></body></html>
`,
);
edit(
  'tests/support/fixtures.mjs',
  /\n\];/,
  `\n  { name: '${id}', file: '${id}/${id}.html', path: '/${TODO}', view: '${id}', lang: 'en' },`,
);

console.log(`Scaffolded the "${id}" view:\n${[...new Set(written)].map((file) => `  ${file}`).join('\n')}`);
console.log('Fill in every TODO; `npm test` fails until the detector, the fixture and the copy are done.');
