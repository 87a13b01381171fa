import { browser } from 'wxt/browser';
import { openTabsReached, siteAccess } from '../storage/write';
import type { WorkerContext } from '../worker/context';
import { siteAccessOf } from '.';
import { reachOpenTabs } from './open-tabs';

/** How long the parents' page lists each time the access was found off. */
const KEEP_MS = 30 * 86_400_000;

/**
 * The access as the browser holds it now (`on`), read by the worker at each start and each change of its
 * permissions: the moment it goes from on to off is kept for the parents' page, once, however often the
 * worker wakes while it stays off.
 */
export function noteSiteAccess(context: WorkerContext, on: boolean): Promise<void> {
  return context.serial(async () => {
    const now = context.now();
    const stored = await siteAccess.get();
    const kept = stored.offAt.filter((at) => now - at < KEEP_MS);
    // The worker reads it at every start: a write only when something changed.
    if (on === stored.on && kept.length === stored.offAt.length) return;
    await siteAccess.set({ on, offAt: stored.on && !on ? [...kept, now] : kept });
    // With family sharing on, the family's other computers are told within a minute (a no-op otherwise).
    if (on !== stored.on) await context.shareSoon();
  });
}

/** Firefox runs declared content scripts in the tabs already open itself (open-tabs.ts). */
const runsInOpenTabs = (context: WorkerContext) => context.extensionOrigin.startsWith('moz-extension:');

/**
 * The TikTok tabs open when this copy of Scrollwise started are reached once (open-tabs.ts): at the first
 * start of the worker after an install, an update, the extension turned back on or the browser started,
 * all of which empty session storage. Its later starts, every few minutes, leave the tabs alone.
 */
export async function reachOpenTabsOnce(context: WorkerContext): Promise<void> {
  if (runsInOpenTabs(context) || (await openTabsReached.get())) return;
  await reachOpenTabs();
  await openTabsReached.set(true);
}

/**
 * The worker's follow: the access read at each start (a change made while it slept) and at each change.
 * When it comes back, the tabs opened while it was off are reached at once, not at their next reload.
 */
export function followSiteAccess(context: WorkerContext): void {
  const access = siteAccessOf(browser.permissions);
  const note = (on: boolean) => void noteSiteAccess(context, on);
  access.watch((on) => {
    note(on);
    if (on && !runsInOpenTabs(context)) void reachOpenTabs();
  });
  void access.has().then(note);
  void reachOpenTabsOnce(context);
}
