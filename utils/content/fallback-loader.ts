import type { Fallback } from '../views/fallback';

/**
 * The fallback layer comes with the UI file: asked for once a page shows what it reads, and waited for
 * (one load, ~50 ms), so a view the hooks half-see never shows the wrong tip first. A load that failed
 * leaves the hooks alone until the next page.
 */
export function createFallbackLoader(load: () => Promise<Fallback>, loaded: () => void) {
  let fallback: Fallback | undefined;
  let state: 'idle' | 'loading' | 'failed' = 'idle';
  return {
    /** The layer, undefined without it, or null while the page must wait for it (`needed`: the page shows a cue). */
    forPage(needed: () => boolean): Fallback | undefined | null {
      if (fallback || state === 'failed' || !needed()) return fallback;
      if (state === 'idle') {
        state = 'loading';
        load()
          .then((layer) => {
            fallback = layer;
            state = 'idle';
          })
          .catch(() => {
            state = 'failed';
          })
          .finally(loaded);
      }
      return null;
    },
    newPage() {
      if (state === 'failed') state = 'idle';
    },
  };
}
