import { defineConfig } from 'vitest/config';
import { zoneAtNoon } from './support/browser-zone.mjs';

// End-to-end specs drive the built extension in Debian's Chromium, one browser at a time on 2 cores.
export default defineConfig({
  test: {
    environment: 'node',
    // The browsers inherit it: noon at the start, so no test meets midnight while it runs.
    env: { TZ: zoneAtNoon() },
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000,
  },
});
