import { later } from './content/timing';
import { LAYOUT_ATTRIBUTES, WATCHED_ATTRIBUTES } from './views/selectors';

/**
 * One MutationObserver for the whole content script, handing changes over at most once a frame's length:
 * the first batch after a quiet spell is handed over at once (so a tip can show in the frame its view
 * does), later ones are gathered and handed over together once that time is up. TikTok's feed mutates
 * constantly; every feature subscribes here instead of observing on its own. Timed by the clock, not by
 * animation frames: a page changing once a frame (most of what TikTok does) is handed over at each change
 * with no frame asked for, and a page that cancels frames, or a hidden tab that draws none, changes nothing.
 */
export interface PageChanges {
  records: readonly MutationRecord[];
  /** Asked for with `schedule()` (a URL change, new settings): look again whatever the records say. */
  forced: boolean;
}

export interface PageObserver {
  /** Hands the listener a first look at the page once `subscribe` has returned, in the same task. */
  subscribe(listener: (changes: PageChanges) => void): () => void;
  schedule(): void;
  /** The teen acted (a click, a key): the whole page is watched again for a while, fenced lists too. */
  wake(): void;
  disconnect(): void;
}

/** Children a list receives, all quiet, before it is fenced off. */
const FENCE_AFTER = 24;
/** How long after the teen acts the whole page is watched: a panel a click opens may render late. */
const AWAKE_MS = 3_000;
/** The least time between two hand-overs: a frame's length at 60 Hz. */
const GATHER_MS = 16;

/**
 * `isQuiet` tells the children that can never hold a view (a feed's videos): a list receiving only these is
 * fenced off. Hand-overs wait on timers the page cannot cancel (utils/content/timing.ts), or they would stop
 * for good the first time the page cleared one.
 */
export function createPageObserver(
  root: Node,
  isQuiet: (element: Element) => boolean = () => false,
  win: Window & typeof globalThis = window,
): PageObserver {
  const listeners = new Set<(changes: PageChanges) => void>();
  let pending: MutationRecord[] = [];
  let forced = false;
  let waiting = false;
  let live = true;
  let handedAt = Number.NEGATIVE_INFINITY;

  const flush = () => {
    const changes = { records: pending, forced };
    pending = [];
    forced = false;
    for (const listener of listeners) {
      try {
        listener(changes);
      } catch (error) {
        // A failing feature must never break TikTok or the other features.
        console.warn('Scrollwise:', error);
      }
    }
  };
  const gathered = () => {
    waiting = false;
    if (pending.length > 0 || forced) request();
  };
  const request = () => {
    if (waiting || !live) return;
    const now = performance.now();
    if (now >= handedAt + GATHER_MS) {
      handedAt = now;
      return flush();
    }
    waiting = true;
    later(gathered, handedAt + GATHER_MS - now);
  };
  const fences = createFences(root, isQuiet, () => {
    forced = true;
  });
  const observer = new win.MutationObserver((records) => {
    pending.push(...records);
    const fenced = fences.follow(observer, records);
    // What came into a list just fenced were quiet children: no feature needs to look at them.
    if (fenced) pending = pending.filter((record) => record.target !== fenced);
    request();
  });
  fences.watchAll(observer);
  return {
    subscribe(listener) {
      listeners.add(listener);
      forced = true;
      // Never inside `subscribe`: a listener may use what its caller sets up next, such as the function
      // that ends the subscription.
      void Promise.resolve().then(request);
      return () => listeners.delete(listener);
    },
    schedule() {
      forced = true;
      request();
    },
    wake() {
      if (!live) return;
      pending.push(...observer.takeRecords());
      fences.wake(observer, performance.now() + AWAKE_MS);
      request();
    },
    disconnect() {
      observer.disconnect();
      live = false;
      listeners.clear();
    },
  };
}

const LOOKED_AT = [...WATCHED_ATTRIBUTES, ...LAYOUT_ATTRIBUTES];
const EVERYTHING: MutationObserverInit = {
  childList: true,
  subtree: true,
  attributes: true,
  attributeFilter: LOOKED_AT,
};
const ITS_CHILDREN: MutationObserverInit = { childList: true, attributes: true, attributeFilter: LOOKED_AT };
const ITSELF: MutationObserverInit = { attributes: true, attributeFilter: LOOKED_AT };

/**
 * Fenced lists. A feed adds thousands of videos, each a record the content script must take (about a
 * microsecond each in its isolated world, before any look) though none can ever hold a view. A list that
 * has received only such quiet children, or came in holding only them, is fenced: the page around it is
 * still watched in full, and so is any other child the list already held; the list's own new children are
 * not, so a growing feed costs nothing. The whole page is watched again when the list or anything around it
 * leaves the page, and for a while after the teen acts, since a panel a click opens could come into the list
 * (the tips' detectors look at the whole page then).
 */
function createFences(root: Node, isQuiet: (element: Element) => boolean, changed: () => void) {
  /** Quiet children each list received while watched in full; -1 once any other came. */
  let quiet = new WeakMap<Node, number>();
  let fence: { list: Element; path: Set<Node> } | null = null;
  let awakeUntil = 0;

  const watchAll = (observer: MutationObserver) => {
    observer.disconnect();
    fence = null;
    observer.observe(root, EVERYTHING);
  };
  const fenceOff = (observer: MutationObserver, list: Element) => {
    const path = new Set<Node>();
    for (let node = list.parentNode; node; node = node.parentNode) {
      path.add(node);
      if (node === root) break;
    }
    if (!path.has(root)) return false;
    observer.disconnect();
    for (const node of path) {
      observer.observe(node, ITS_CHILDREN);
      for (const child of (node as ParentNode).children)
        if (child !== list && !path.has(child)) observer.observe(child, EVERYTHING);
    }
    observer.observe(list, ITSELF);
    // What the list held before it was watched and is not a video (a panel, the page itself if a page
    // adds videos to its root) is still watched in full; only the list's own new children are not.
    for (const child of list.children) if (!isQuiet(child)) observer.observe(child, EVERYTHING);
    fence = { list, path };
    return true;
  };
  /**
   * A list that comes in holding only quiet children, enough of them (a feed rendered at once, or brought back
   * whole), counts as having received them.
   */
  const arrivedQuiet = (list: Element) => {
    if (list.childElementCount < FENCE_AFTER) return false;
    for (const child of list.children) if (!isQuiet(child)) return false;
    quiet.set(list, list.childElementCount);
    return true;
  };
  const mayFence = (list: Node) => {
    const document = list.ownerDocument;
    return list.nodeType === 1 && list !== root && list !== document?.documentElement && list !== document?.body;
  };

  return {
    watchAll,
    /** Follows the changes the observer just took; gives the list it fenced because of them, if any. */
    follow(observer: MutationObserver, records: readonly MutationRecord[]): Element | null {
      if (fence) {
        const { list, path } = fence;
        for (const record of records) {
          if (record.type !== 'childList' || !path.has(record.target)) continue;
          const removed = record.removedNodes;
          for (let index = 0; index < removed.length; index++) {
            const node = removed[index] as Node;
            if (node === list || path.has(node)) {
              // The fenced list left the page (a new page, a new feed): everything is watched again.
              quiet = new WeakMap();
              watchAll(observer);
              changed();
              return null;
            }
          }
          const added = record.addedNodes;
          for (let index = 0; index < added.length; index++) {
            const node = added[index] as Node;
            if (node.nodeType === 1 && node !== list && !path.has(node)) observer.observe(node, EVERYTHING);
          }
        }
        return null;
      }
      if (performance.now() < awakeUntil) return null;
      let ready: Node | null = null;
      for (const record of records) {
        if (record.type !== 'childList') continue;
        const list = record.target;
        let count = quiet.get(list) ?? 0;
        if (count < 0) continue;
        const added = record.addedNodes;
        for (let index = 0; index < added.length && count >= 0; index++) {
          const node = added[index] as Element;
          if (node.nodeType !== 1) continue;
          if (isQuiet(node)) count++;
          else {
            count = -1;
            if (arrivedQuiet(node)) ready = node;
          }
        }
        quiet.set(list, count);
        if (count >= FENCE_AFTER) ready = list;
      }
      // Judged on the whole batch: a panel that came into the list after its videos keeps it watched.
      if (ready && (quiet.get(ready) ?? -1) >= FENCE_AFTER && mayFence(ready) && fenceOff(observer, ready as Element))
        return ready as Element;
      return null;
    },
    wake(observer: MutationObserver, until: number) {
      awakeUntil = until;
      if (fence) {
        quiet = new WeakMap();
        watchAll(observer);
        changed();
      }
    },
  };
}
