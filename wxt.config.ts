import { defineConfig } from 'wxt';
import { FIREFOX_ID } from './utils/firefox-id';
import { TIKTOK_PAGES } from './utils/tiktok-pages';

/** The entrypoints that run in TikTok's pages. */
const ON_TIKTOK = ['tiktok', 'tiktok-ui'];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports keep every module's dependencies visible (utils/ must not silently pull in UI).
  imports: false,
  hooks: {
    // On TikTok's pages (the sentinel and the UI file it loads), `browser` is the browser's own namespace:
    // every API they call returns promises natively in Chromium's MV3 and in Firefox, and the polyfill
    // would be a third of the sentinel's budget. The worker and the extension's pages keep the polyfill.
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => ON_TIKTOK.includes(entrypoint.name))) return;
      config.resolve ??= {};
      config.resolve.alias = { ...config.resolve.alias, 'wxt/browser': '@wxt-dev/browser' };
      // One character outside Latin-1 (a French space, a curly quote) makes V8 keep a whole script's source
      // in two bytes a character, in every TikTok tab: escaped, the sentinel's source takes half the memory.
      config.build ??= {};
      const output = config.build.rolldownOptions?.output;
      if (Array.isArray(output)) throw new Error('wxt.config.ts: one output expected for the TikTok scripts');
      config.build.rolldownOptions = { ...config.build.rolldownOptions, output: { ...output, charset: 'ascii' } };
    },
  },
  // The sources zip (for Firefox review) holds the code, never local screenshots or test output.
  zip: { excludeSources: ['demo-shots/**', 'test-output/**'] },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // `scripting`: the worker loads the tips' and reminders' UI into a TikTok page only when first needed.
    permissions: ['storage', 'alarms', 'idle', 'scripting'],
    host_permissions: [TIKTOK_PAGES],
    // The sentinel (entrypoints/tiktok), declared here rather than as a WXT content script: see its entry.
    // In every frame, so TikTok's embed player on another site is counted and limited too.
    content_scripts: [{ matches: [TIKTOK_PAGES], js: ['tiktok.js'], all_frames: true, run_at: 'document_idle' }],
    action: { default_title: '__MSG_extName__' },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            // Desktop Firefox reads data_collection_permissions from 140 (ESR 140 is what Debian ships);
            // Firefox for Android only from 142.
            gecko: {
              id: FIREFOX_ID,
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          // The popover the reminders show in and the scroll's end the tips and the sensor hear: 114 and later.
          minimum_chrome_version: '114',
          storage: { managed_schema: 'managed_schema.json' },
        }),
  }),
});
