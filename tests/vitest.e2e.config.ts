import { defineConfig } from 'vitest/config';

// End-to-end specs drive the built extension in Debian's Chromium, one browser at a time on 2 cores.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000,
  },
});
