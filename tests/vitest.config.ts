import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    environment: 'happy-dom',
    // Saved TikTok pages link remote CSS and scripts: never fetch them, never fail on them.
    environmentOptions: {
      happyDOM: {
        settings: {
          disableCSSFileLoading: true,
          disableJavaScriptFileLoading: true,
          disableJavaScriptEvaluation: true,
          handleDisabledFileLoadingAsSuccess: true,
        },
      },
    },
    globals: true,
    // A zone with DST, so day and hour arithmetic is tested where it can go wrong; tests switch zones too.
    env: { TZ: 'Europe/Paris' },
    include: ['tests/unit/**/*.test.ts?(x)'],
    mockReset: true,
    restoreMocks: true,
  },
});
