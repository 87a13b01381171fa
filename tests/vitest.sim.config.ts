import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// The bench's simulations of the worker, run on its real code with the fake browser.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    include: ['tests/bench/**/*.sim.ts'],
    env: { TZ: 'Europe/Paris' },
    testTimeout: 120_000,
  },
});
