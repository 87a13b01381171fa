import { describe, expect, it } from 'vitest';
import { contentPreferences } from '@/utils/views/content-preferences';
import { SHOW_ME } from '@/utils/views/fallback';
import { feed } from '@/utils/views/feed';
import { isRipe } from '@/utils/views/registry';
import { mayChangeViews } from '@/utils/views/shared/relevance';
import { fixtureByName, fixtureUrl, readFixture } from '../../support/fixtures.mjs';

const all = () => true;
const load = (name: string) => {
  const fixture = fixtureByName(name);
  return { url: new URL(fixtureUrl(fixture)), doc: new DOMParser().parseFromString(readFixture(fixture), 'text/html') };
};

describe('#26 the feed view', () => {
  it('is the For You or Following feed, never a video page, Explore or a profile', () => {
    const { doc } = load('feed-menu-closed');
    // For You once scrolled shows the video playing in the address bar (2026-11 evidence §2): still the feed.
    for (const path of ['/foryou', '/following', '/', '/fr/foryou', '/@winter.fan/video/7390000000000000042'])
      expect(feed.detect(new URL(`https://www.tiktok.com${path}`), doc, all), path).not.toBeNull();
    for (const path of ['/explore', '/@me', '/@me/video/latest'])
      expect(feed.detect(new URL(`https://www.tiktok.com${path}`), doc, all), path).toBeNull();
    // A video's own page, at the same kind of address, holds no feed.
    const video = load('video-with-comments');
    expect(feed.detect(video.url, video.doc, all)).toBeNull();
  });

  it('opens only after 15 minutes of watching on end, never on arrival', () => {
    expect(isRipe('feed', 0)).toBe(false);
    expect(isRipe('feed', 14 * 60_000)).toBe(false);
    expect(isRipe('feed', 15 * 60_000)).toBe(true);
    expect(isRipe('comments', 0)).toBe(true);
  });

  it('shows "Not interested" once the ⋯ menu is open, else the ⋯ of a video, never a caption with those words', () => {
    const showMe = SHOW_ME.feed as (anchor: Element) => Element | null;
    const open = load('feed-menu-open');
    const openAnchor = feed.detect(open.url, open.doc, all) as Element;
    expect(showMe(openAnchor)?.getAttribute('data-e2e')).toBe('more-menu-popover_not-interested');
    for (const name of ['feed-menu-closed', 'feed-menu-open.no-not-interested']) {
      const { url, doc } = load(name);
      const target = showMe(feed.detect(url, doc, all) as Element);
      expect(target?.getAttribute('data-e2e'), name).toBe('more-menu-icon');
    }
  });

  it('does not look again for every video TikTok unmounts while the feed is open', () => {
    const { url, doc } = load('feed-menu-closed');
    const anchor = feed.detect(url, doc, all) as Element;
    const column = anchor.parentElement as Element;
    const video = doc.querySelectorAll('article')[2] as Element;
    video.remove();
    const removal = { type: 'childList', target: column, addedNodes: [], removedNodes: [video] };
    expect(mayChangeViews([removal as unknown as MutationRecord], [anchor])).toBe(false);
    const panel = doc.createElement('section');
    const closing = { ...removal, removedNodes: [panel] };
    expect(mayChangeViews([closing as unknown as MutationRecord], [anchor])).toBe(true);
  });

  it('looks around the videos of a new list, not inside them, and still finds a panel beside them', () => {
    const { doc } = load('feed-menu-closed');
    const page = doc.createElement('div');
    const list = page.appendChild(doc.createElement('div'));
    for (let index = 0; index < 3; index++) {
      const video = list.appendChild(doc.createElement('article'));
      video.dataset.e2e = 'recommend-list-item-container';
      // A hook inside a video never opens a view (the comment icon is on every video).
      video.innerHTML = '<div role="dialog"></div>';
    }
    doc.body.append(page);
    const added = (node: Element) => ({ type: 'childList', target: doc.body, addedNodes: [node], removedNodes: [] });
    expect(mayChangeViews([added(page) as unknown as MutationRecord], [])).toBe(false);
    const aside = page.appendChild(doc.createElement('aside'));
    aside.innerHTML = '<div class="css-x-DivCommentListContainer"><span data-e2e="comment-level-1">hi</span></div>';
    expect(mayChangeViews([added(page) as unknown as MutationRecord], [])).toBe(true);
  });
});

describe('#26 the content-preferences view', () => {
  it('points "Show me" at the keyword filter, in English and French, not at the first row', () => {
    for (const name of ['content-preferences', 'content-preferences.fr']) {
      const { url, doc } = load(name);
      const anchor = contentPreferences.detect(url, doc, all) as Element;
      expect(contentPreferences.showMeTarget(anchor)?.textContent, name).toMatch(/keywords|mots-clés/i);
    }
  });
});
