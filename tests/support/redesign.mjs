// The redesign drill: a fixture as TikTok could ship it after a redesign, looking and behaving as before.
// `renameClasses` gives every class an opaque new name, in the markup and in its stylesheets alike;
// `dropHooks` removes a seeded share of the data-e2e hooks as well. Used by the detector matrix
// (tests/unit/views/redesign.test.ts), a few end-to-end cases (a fixture's URL with `&drill=<id>`) and
// `npm run bench`, which prints the rates.

/** A small seeded generator (mulberry32), so a drill names its seed and replays exactly. */
export function seeded(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CLASS_ATTRIBUTE = /\bclass="([^"]*)"/g;
const STYLE_BLOCK = /<style>([\s\S]*?)<\/style>/g;

/**
 * Every class token renamed to an opaque one (`k0`, `k1`…: no component name, no hash). The stylesheets
 * follow: `.Token` becomes the new name, and `[class*="Fragment"]` the list of new names whose old token
 * held that fragment, so the page is laid out exactly as before.
 */
export function renameClasses(html) {
  const names = new Map();
  for (const [, value] of html.matchAll(CLASS_ATTRIBUTE))
    for (const token of value.split(/\s+/).filter(Boolean)) if (!names.has(token)) names.set(token, `k${names.size}`);
  const renamed = html.replace(
    CLASS_ATTRIBUTE,
    (_, value) =>
      `class="${value
        .split(/\s+/)
        .filter(Boolean)
        .map((token) => names.get(token))
        .join(' ')}"`,
  );
  return renamed.replace(STYLE_BLOCK, (_, css) => `<style>${renameInCss(css, names)}</style>`);
}

function renameInCss(css, names) {
  const byFragment = css.replace(/\[class\*="([^"]+)"\]/g, (_, fragment) => {
    const matching = [...names].filter(([token]) => token.includes(fragment)).map(([, name]) => `.${name}`);
    return matching.length > 0 ? `:is(${matching.join(',')})` : '.never-matches';
  });
  return byFragment.replace(/\.(-?[A-Za-z_][\w-]*)/g, (whole, token) =>
    names.has(token) ? `.${names.get(token)}` : whole,
  );
}

/**
 * A seeded share of the page's data-e2e values removed everywhere they appear, as a component that stops
 * emitting its hook would: the same values for the same seed.
 */
export function dropHooks(html, share, seed) {
  const values = [...new Set([...html.matchAll(/\sdata-e2e="([^"]*)"/g)].map(([, value]) => value))].sort();
  const random = seeded(seed);
  const dropped = new Set(values.filter(() => random() < share));
  return html.replace(/\sdata-e2e="([^"]*)"/g, (whole, value) => (dropped.has(value) ? '' : whole));
}

/** The drills the matrix runs: renamed, then renamed with half the hooks gone under three seeds. */
export const DRILLS = [
  { id: 'renamed', name: 'renamed', target: 0.95, apply: (html) => renameClasses(html) },
  ...[1, 2, 3].map((seed) => ({
    id: `half-${seed}`,
    name: `renamed, half the hooks gone (seed ${seed})`,
    target: 0.85,
    apply: (html) => dropHooks(renameClasses(html), 0.5, seed),
  })),
];
