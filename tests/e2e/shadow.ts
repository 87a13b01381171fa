import type { Page } from 'playwright-core';
import { inContentScript } from './harness.mjs';

/**
 * Scrollwise's layers have closed shadow roots, which Playwright's locators cannot enter (nor can the
 * page). Tests reach inside from the content script's own world, over CDP, and click with the real mouse,
 * as a teen would. `selector` is `host inner…`: the first compound selector names the host element.
 */
export interface ShadowLocator {
  count(): Promise<number>;
  waitFor(options?: { timeout?: number; state?: 'attached' }): Promise<void>;
  tagName(): Promise<string | null>;
  textContent(): Promise<string | null>;
  getAttribute(name: string): Promise<string | null>;
  /** A computed style property of the element, as drawn now. */
  style(property: string): Promise<string | null>;
  isDisabled(): Promise<boolean>;
  /** The element's box in the viewport, or null. */
  boundingBox(): Promise<{ x: number; y: number; width: number; height: number } | null>;
  /** Moves the real mouse to the element's centre and clicks. */
  click(): Promise<void>;
  /** Focuses the element (keyboard tests). */
  focus(): Promise<void>;
  locator(inner: string): ShadowLocator;
  getByRole(role: 'button' | 'link', options?: { name: string }): ShadowLocator;
}

interface Query {
  host: string;
  inner: string;
  role?: string;
  name?: string;
}

type Action = 'count' | 'text' | 'attr' | 'disabled' | 'box' | 'focus' | 'tag' | 'active-id' | 'active-text' | 'style';

/**
 * Runs in the content script's world: finds the elements and performs one read. Hosts are plain `<div>`s
 * that name nothing to the page: `scrollwise-reminder` or `scrollwise-tip[data-view="…"]` in a selector
 * stands for the host whose shadow root holds `[data-layer="reminder"]` (or the tip with that view).
 */
function act(query: Query, action: Action, attribute: string | null) {
  const open = (host: Element) =>
    (
      globalThis as unknown as { chrome: { dom: { openOrClosedShadowRoot(e: Element): ShadowRoot | null } } }
    ).chrome.dom.openOrClosedShadowRoot(host);
  const [, layer, rest] = /^scrollwise-(\w+)(.*)$/.exec(query.host) ?? [];
  const found: Element[] = [];
  for (const host of document.querySelectorAll('*')) {
    // Only HTML elements can host a shadow root (`chrome.dom` throws on an SVG element).
    if (!(host instanceof HTMLElement)) continue;
    const root = open(host);
    if (!root || root.querySelector(`[data-layer="${layer}"]${rest}`)?.parentNode !== root) continue;
    if (action === 'active-id' || action === 'active-text') {
      const active = root.activeElement;
      return active ? (action === 'active-id' ? active.id : active.textContent) : null;
    }
    let elements = query.inner ? [...root.querySelectorAll(query.inner)] : [host];
    if (query.role) {
      const tag = query.role === 'button' ? 'button' : 'a';
      elements = elements
        .flatMap((element) => [...(element.matches(tag) ? [element] : []), ...element.querySelectorAll(tag)])
        .filter(
          (element) =>
            query.name === undefined ||
            (element.getAttribute('aria-label') ?? element.textContent ?? '').trim() === query.name,
        );
    }
    found.push(...elements);
  }
  const first = found[0];
  if (action === 'count') return found.length;
  if (!first) return null;
  if (action === 'text') {
    // What a person sees: words drawn from an attribute (kept from find-in-page) read as text.
    const copy = first.cloneNode(true) as Element;
    for (const drawn of copy.querySelectorAll('[data-text]')) drawn.replaceWith(drawn.getAttribute('data-text') ?? '');
    return copy.textContent;
  }
  if (action === 'tag') return first.tagName;
  if (action === 'attr') return first.getAttribute(attribute ?? '');
  if (action === 'style') return getComputedStyle(first).getPropertyValue(attribute ?? '');
  if (action === 'disabled') return (first as HTMLButtonElement).disabled === true;
  if (action === 'focus') {
    (first as HTMLElement).focus();
    return true;
  }
  const box = first.getBoundingClientRect();
  return { x: box.x, y: box.y, width: box.width, height: box.height };
}

export function shadowLocator(page: Page, selector: string, extra: Partial<Query> = {}): ShadowLocator {
  const space = selector.search(/\s/);
  const query: Query = {
    host: space < 0 ? selector : selector.slice(0, space),
    inner: space < 0 ? '' : selector.slice(space + 1).trim(),
    ...extra,
  };
  const run = <T>(action: Action, attribute: string | null = null) =>
    inContentScript(page, act, query, action, attribute) as Promise<T>;
  const self: ShadowLocator = {
    count: () => run<number>('count'),
    async waitFor({ timeout = 30_000 } = {}) {
      const deadline = Date.now() + timeout;
      while ((await run<number>('count')) === 0) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${selector}`);
        await page.waitForTimeout(50);
      }
    },
    textContent: () => run<string | null>('text'),
    tagName: () => run<string | null>('tag'),
    getAttribute: (name) => run<string | null>('attr', name),
    style: (property) => run<string | null>('style', property),
    isDisabled: async () => (await run<boolean | null>('disabled')) === true,
    boundingBox: () => run('box'),
    async click() {
      await self.waitFor({ timeout: 5_000 });
      // Wait for the element to stop moving (a tip is placed, then eases in), as a person would.
      let box = await self.boundingBox();
      for (let tries = 0; tries < 40; tries++) {
        await page.waitForTimeout(50);
        const next = await self.boundingBox();
        if (next && box && next.x === box.x && next.y === box.y) break;
        box = next;
      }
      if (!box) throw new Error(`nothing to click: ${selector}`);
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    },
    focus: async () => {
      await run('focus');
    },
    locator: (inner) => shadowLocator(page, `${query.host} ${query.inner} ${inner}`.replace(/\s+/g, ' '), extra),
    getByRole: (role, options) => shadowLocator(page, selector, { role, name: options?.name }),
  };
  return self;
}

/** The id or text of the focused element inside a layer's shadow root. */
export function shadowActive(page: Page, host: string, read: 'id' | 'text' = 'id'): Promise<string | null> {
  return inContentScript(page, act, { host, inner: '' }, read === 'id' ? 'active-id' : 'active-text', null) as Promise<
    string | null
  >;
}

export { PAGE_HOSTS } from '../support/layers.mjs';

/** Area the tip's card shares with the page's elements matching `selectors` (0: it covers none of them). */
export async function coveredArea(page: Page, view: string, selectors: readonly string[]): Promise<number> {
  const frame = await shadowLocator(page, `scrollwise-tip[data-view="${view}"] .frame`).boundingBox();
  return page.evaluate(
    ([guarded, b]) => {
      if (!b) return -1;
      let area = 0;
      for (const element of document.querySelectorAll(guarded.join(','))) {
        const a = element.getBoundingClientRect();
        area +=
          Math.max(0, Math.min(a.right, b.x + b.width) - Math.max(a.left, b.x)) *
          Math.max(0, Math.min(a.bottom, b.y + b.height) - Math.max(a.top, b.y));
      }
      return area;
    },
    [selectors, frame] as const,
  );
}

/** A view's whole tip (its card). */
export const tipCard = (page: Page, view: string) => shadowLocator(page, `scrollwise-tip[data-view="${view}"] .card`);

/** A view's tip folded to its chip. */
export const tipChip = (page: Page, view: string) => shadowLocator(page, `scrollwise-tip[data-view="${view}"] .chip`);

/** A view's tip in either form: whole, or the chip a frequent view gets after its first whole tip of the day. */
export const tipShown = (page: Page, view: string) =>
  shadowLocator(page, `scrollwise-tip[data-view="${view}"] :is(.card, .chip)`);
