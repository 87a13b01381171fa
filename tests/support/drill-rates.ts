import { fallback } from '@/utils/views/fallback';
import { detectViews, isRipe } from '@/utils/views/registry';
import { FIXTURES, fixtureUrl, readFixture } from './fixtures.mjs';
import type { DRILLS } from './redesign.mjs';

/** The project's own pages: the real saved ones are TikTok's, and stay as TikTok made them. */
const PAGES = FIXTURES.filter((fixture) => !fixture.real);
const all = () => true;

/** What the content script recognizes first on a page: hooks, then the fallback layer, as on TikTok's page. */
export function firstView(fixture: (typeof FIXTURES)[number], html: string): string | null {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  // On arrival: a view waiting for a stretch of watching (the feed's) is not open yet.
  return detectViews(new URL(fixtureUrl(fixture)), doc, all, fallback).find((view) => isRipe(view.id, 0))?.id ?? null;
}

/** One drill over every project fixture: how many views keep their tip, how many decoys stay quiet. */
export function drillResults(drill: (typeof DRILLS)[number]) {
  const results = PAGES.map((fixture) => ({ fixture, seen: firstView(fixture, drill.apply(readFixture(fixture))) }));
  const views = results.filter(({ fixture }) => fixture.view !== null);
  const decoys = results.filter(({ fixture }) => fixture.view === null);
  const named = ({ fixture, seen }: (typeof results)[number]) => `${fixture.name} → ${seen ?? 'nothing'}`;
  return {
    rate: views.filter(({ fixture, seen }) => seen === fixture.view).length / views.length,
    views: views.length,
    missed: views.filter(({ fixture, seen }) => seen !== fixture.view).map(named),
    decoys: decoys.length,
    loud: decoys.filter(({ seen }) => seen !== null).map(named),
    /** "Thanks for reporting" on a page where the report is not sent. */
    early: results.filter(({ fixture, seen }) => seen === 'report-sent' && fixture.view !== 'report-sent').map(named),
  };
}
