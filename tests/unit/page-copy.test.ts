import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createPageCopy } from '@/utils/page-copy';
import { DEFAULT_SETTINGS } from '@/utils/settings';

const FRANCE = { name: '3018', country: 'FR', channels: [] };

describe("the page's helpline", () => {
  it('makes a second caller for the same country wait for the first answer: nothing starts with the stand-in', async () => {
    let answer: (value: unknown) => void = () => undefined;
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(
      () => new Promise((resolve) => (answer = resolve)) as never,
    );
    const page = createPageCopy();
    const first = page.loadHelpline('auto');
    let secondDone = false;
    const second = page.loadHelpline('auto').then((named) => {
      secondDone = true;
      return named;
    });
    await Promise.resolve();
    expect(secondDone).toBe(false);
    answer({ ok: true, helpline: FRANCE });
    expect(await first).toBe(true);
    expect(await second).toBe(true);
    expect(page.copyFor({ ...DEFAULT_SETTINGS, language: 'fr' }).helpline.name?.name).toBe('3018');
    // Asked and answered: the same country again changes nothing.
    expect(await page.loadHelpline('auto')).toBe(false);
  });

  it('asks a worker that cannot answer yet again, three times at most', async () => {
    const send = vi
      .spyOn(fakeBrowser.runtime, 'sendMessage')
      .mockRejectedValueOnce(new Error('Receiving end does not exist'))
      .mockResolvedValueOnce({ ok: true, helpline: FRANCE } as never);
    expect(await createPageCopy().loadHelpline('FR')).toBe(true);
    expect(send).toHaveBeenCalledTimes(2);
    send.mockReset();
    send.mockRejectedValue(new Error('gone'));
    expect(await createPageCopy().loadHelpline('FR')).toBe(false);
    expect(send).toHaveBeenCalledTimes(3);
  });
});

describe("the page's copy, read at each paint of a tip", () => {
  it("asks for the system's colour scheme once, and follows its answer as it changes", () => {
    let dark = false;
    const query = vi.fn(
      () =>
        ({
          get matches() {
            return dark;
          },
        }) as MediaQueryList,
    );
    vi.stubGlobal('matchMedia', query);
    try {
      const { copyFor } = createPageCopy();
      const themes = [copyFor(DEFAULT_SETTINGS).theme];
      dark = true;
      for (let paint = 0; paint < 5; paint++) themes.push(copyFor(DEFAULT_SETTINGS).theme);
      expect(query).toHaveBeenCalledOnce();
      expect(themes[0]).toBe('light');
      expect(themes.at(-1)).toBe('dark');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
