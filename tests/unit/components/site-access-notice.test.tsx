import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SiteAccessNotice } from '@/components/family/SiteAccessNotice';
import { siteAccessCopy } from '@/utils/i18n/site-access';
import type { Permissions } from '@/utils/site-access';

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** The browser's permissions, as a teen left them: `on` is whether Scrollwise may run on tiktok.com. */
function permissions(on: boolean, granted = true) {
  const listeners = new Set<() => void>();
  const event = {
    addListener: (listener: () => void) => listeners.add(listener),
    removeListener: (listener: () => void) => listeners.delete(listener),
  };
  const api = {
    contains: vi.fn(async () => on),
    request: vi.fn(async () => granted),
    onAdded: event,
    onRemoved: event,
  };
  return {
    api: api as unknown as Permissions,
    request: api.request,
    set(value: boolean) {
      on = value;
      for (const listener of listeners) listener();
    },
    listening: () => listeners.size,
  };
}

let root: HTMLElement;
const mount = (browser: ReturnType<typeof permissions>, language: 'en' | 'fr' = 'en') => {
  root = document.createElement('div');
  document.body.append(root);
  render(<SiteAccessNotice language={language} permissions={browser.api} />, root);
};

afterEach(() => {
  render(null, root);
  root.remove();
});

describe('the notice that Scrollwise cannot see TikTok', () => {
  it('says nothing while the access is on', async () => {
    const browser = permissions(true);
    mount(browser);
    await settle();
    expect(root.innerHTML).toBe('');
  });

  it('says so when the access is off, in the family language, and goes as soon as it is back', async () => {
    const browser = permissions(false);
    mount(browser, 'fr');
    await settle();
    const notice = root.querySelector('[data-testid="site-access"]');
    expect(notice?.getAttribute('role')).toBe('alert');
    expect(notice?.querySelector('h2')?.textContent).toBe(siteAccessCopy.fr.title);
    expect(notice?.querySelector('button')?.textContent).toBe(siteAccessCopy.fr.action);
    // Given back in the browser's own menu: the notice follows.
    browser.set(true);
    await settle();
    expect(root.innerHTML).toBe('');
  });

  it("asks the browser from the click itself, and says what else to do when the browser's prompt is refused", async () => {
    const browser = permissions(false, false);
    mount(browser);
    await settle();
    root.querySelector('button')?.click();
    // Called in the click's own task, where the browser still sees the person's gesture.
    expect(browser.request).toHaveBeenCalledWith({ origins: ['*://*.tiktok.com/*'] });
    await settle();
    expect(root.querySelector('[role="status"]')?.textContent).toBe(siteAccessCopy.en.refused);
  });

  it('stops following the browser when it goes', async () => {
    const browser = permissions(false);
    mount(browser);
    await settle();
    expect(browser.listening()).toBe(1);
    render(null, root);
    expect(browser.listening()).toBe(0);
  });
});
