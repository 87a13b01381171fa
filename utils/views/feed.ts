import { FEED, FEED_ITEM_TAG } from './selectors';
import { firstShown } from './shared/dom';
import { defineView } from './shared/view';

/** For You, Following and the home page, with or without a language prefix: where the feed plays. */
const FEED_PAGE = /^(?:\/[a-z]{2}(?:-[a-z]{2,4})?)?\/(?:foryou|following)?\/?$/i;
/**
 * A video's own address, which For You puts in the address bar as the teen scrolls it (2026-11 evidence §2):
 * the feed when the page holds its videos, a video's page (which holds none) otherwise.
 */
const VIDEO_PAGE = /^(?:\/[a-z]{2}(?:-[a-z]{2,4})?)?\/@[^/]+\/(?:video|photo)\/\d+\/?$/i;

/**
 * The feed view: the For You or Following feed is playing. It opens only after a stretch of watching
 * (`afterStretchMs`), never on arrival: the moment the feed may have drifted. The anchor is the video on
 * screen, so the tip sits at its side, and at the next one's once the teen has scrolled to it. Its "Show me"
 * reads the layout (utils/views/fallback/feed.ts).
 */
export const feed = defineView({
  id: 'feed',
  theme: 'feed',
  holdsReminders: false,
  offersHelp: false,
  attention: 'spaced',
  afterStretchMs: 15 * 60_000,
  stillWhileScrolling: true,
  // The first video on screen, the one playing: the tip sits beside it, clear of its action bar.
  detect: (url, doc, onScreen) =>
    FEED_PAGE.test(url.pathname) || VIDEO_PAGE.test(url.pathname)
      ? firstShown(doc, FEED.item, onScreen, FEED_ITEM_TAG)
      : null,
});
