import { defineConfig } from 'wxt';
import { FIREFOX_ID } from './utils/firefox-id';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  // Explicit imports keep every module's dependencies visible (utils/ must not silently pull in UI).
  imports: false,
  // The sources zip (for Firefox review) holds the code, never local screenshots or test output.
  zip: { excludeSources: ['demo-shots/**', 'test-output/**'] },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // `scripting`: the worker loads the tips' and reminders' UI into a TikTok page only when first needed.
    permissions: ['storage', 'alarms', 'idle', 'scripting'],
    host_permissions: ['*://*.tiktok.com/*'],
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
      : { storage: { managed_schema: 'managed_schema.json' } }),
  }),
});
