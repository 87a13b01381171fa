/**
 * Scrollwise's layers as a TikTok page's own scripts find them: plain `<div>`s hung from `<html>`, named
 * nothing of ours; the reminder is the one shown as a popover, the tip the other. Used where a test, the
 * demo or the bench works from the page's world (inside the layers, see tests/e2e/shadow.ts).
 */
export const PAGE_HOSTS = Object.freeze({
  any: 'html > div',
  reminder: 'html > div[popover]',
  tip: 'html > div:not([popover])',
});
