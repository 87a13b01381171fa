import { defineContentScript } from '#imports';

export default defineContentScript({
  matches: ['*://*.tiktok.com/*'],
  runAt: 'document_idle',
  main() {},
});
