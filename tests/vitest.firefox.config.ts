import { defineConfig } from 'vitest/config';

// The Firefox suite drives the built add-on in Debian's Firefox ESR over WebDriver BiDi, one browser at a time.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/firefox/**/*.ff.ts'],
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 60_000,
  },
});
