import type { Browser } from 'webextension-polyfill';

// Code passed to `worker.evaluate` or `page.evaluate` on extension pages runs where `chrome` exists.
declare global {
  const chrome: Browser;
}
