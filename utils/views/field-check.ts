import type { Fallback } from './fallback';
import { detectViews, hooksOf, type Layer, type ViewId } from './registry';
import { HOOK_GROUPS } from './selectors';
import { isMessagesPage } from './shared/messages-page';
import { isSettingsPage } from './shared/settings-section';
import type { OnScreen, PageAddress } from './shared/view';

/** How many elements one hook matches on the page, and how many of them are on screen. */
export interface HookCount {
  hook: string;
  found: number;
  onScreen: number;
}

/**
 * What Scrollwise sees on a TikTok page, for a tester with a live account to paste into a bug report:
 * the views recognized now and every hook's count. Only Scrollwise's own words and numbers: no URL, no
 * name, no text of the page.
 */
export interface FieldReport {
  /** The kind of page, from its path: never the path itself. */
  page: 'settings' | 'messages' | 'video' | 'other';
  /**
   * The views recognized now, each with the layer that recognized it: the first of its hooks on screen,
   * or the fallback layer, which shows where TikTok has moved before the fallback gives way too.
   */
  views: { id: ViewId; layer: Layer; hook?: string }[];
  hooks: { group: string; part: string; counts: HookCount[] }[];
}

/** A reply from a content script, checked before a page shows it. */
export function isFieldReport(value: unknown): value is FieldReport {
  if (typeof value !== 'object' || value === null) return false;
  const report = value as Partial<FieldReport>;
  return (
    typeof report.page === 'string' &&
    Array.isArray(report.views) &&
    report.views.every((view) => typeof view?.id === 'string' && typeof view.layer === 'string') &&
    Array.isArray(report.hooks)
  );
}

export function fieldReport(url: PageAddress, doc: Document, onScreen: OnScreen, fallback?: Fallback): FieldReport {
  const hooks = Object.entries(HOOK_GROUPS).flatMap(([group, parts]) =>
    Object.entries(parts).map(([part, list]) => ({
      group,
      part,
      counts: (list as readonly string[]).map((hook) => count(doc, hook, onScreen)),
    })),
  );
  const views = detectViews(url, doc, onScreen, fallback).map(({ id, layer }) => {
    if (layer === 'fallback') return { id, layer };
    const hook = hooksOf(id).find((selector) => count(doc, selector, onScreen).onScreen > 0);
    return hook ? { id, layer, hook } : { id, layer };
  });
  return { page: pageKind(url), views, hooks };
}

function count(doc: Document, hook: string, onScreen: OnScreen): HookCount {
  try {
    const found = [...doc.querySelectorAll(hook)];
    return { hook, found: found.length, onScreen: found.filter(onScreen).length };
  } catch {
    // A selector this browser cannot parse (`:has` in an old one) counts as not found, and says so.
    return { hook, found: -1, onScreen: -1 };
  }
}

function pageKind(url: PageAddress): FieldReport['page'] {
  if (isSettingsPage(url)) return 'settings';
  if (isMessagesPage(url)) return 'messages';
  return /\/(video|photo)\/\d+/.test(url.pathname) ? 'video' : 'other';
}
