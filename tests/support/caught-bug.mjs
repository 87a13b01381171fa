/**
 * A programming error that Scrollwise caught and logged as a warning, so that one failing feature never
 * breaks TikTok or the others (utils/dom-observer.ts, utils/content/features.ts): still a bug, and the
 * end-to-end guards count it as one. Expected failures (a worker restarting, storage full) log plain
 * `Error`s and pass.
 */
export const CAUGHT_BUG = /\b(?:Reference|Type|Syntax|Range)Error\b/;
