import { defineConfig } from 'vitest/config';
import { zoneAtNoon } from './support/browser-zone.mjs';

// The Firefox suite drives the built add-on in Debian's Firefox ESR over WebDriver BiDi, one browser at a time.
export default defineConfig({
  test: {
    environment: 'node',
    // The browsers inherit it: noon at the start, so no test meets midnight while it runs.
    env: { TZ: zoneAtNoon() },
    include: ['tests/firefox/**/*.ff.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000,
  },
});
