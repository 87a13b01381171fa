import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterMs } from '@/utils/content/timing';
import { createPageObserver, type PageObserver } from '@/utils/dom-observer';

let observer: PageObserver | undefined;
afterEach(() => observer?.disconnect());

/** Longer than two hand-over windows (16 ms each): what the observer had is handed over by then. */
const HAND_OVER_MS = 40;
const handOver = () => afterMs(HAND_OVER_MS);

describe('the shared page observer', () => {
  it('hands over at once the first changes after a quiet spell, and gathers what follows within a frame', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    observer = createPageObserver(root);
    const first = vi.fn();
    const second = vi.fn();
    observer.subscribe(first);
    observer.subscribe(second);
    await handOver();
    first.mockClear();
    second.mockClear();
    // The observer's clock, held still while the page changes, as within one frame.
    let now = performance.now();
    const clock = vi.spyOn(performance, 'now').mockImplementation(() => now);
    try {
      for (let i = 0; i < 200; i++) root.append(document.createElement('article'));
      await vi.waitFor(() => expect(first).toHaveBeenCalledTimes(1));
      // Three more changes, each in a task of its own, within the frame: handed over together, once.
      for (let i = 0; i < 3; i++) {
        await afterMs(1);
        root.append(document.createElement('p'));
      }
      await handOver();
      expect(first).toHaveBeenCalledTimes(1);
      now += 16;
      await handOver();
    } finally {
      clock.mockRestore();
    }
    expect(first).toHaveBeenCalledTimes(2);
    expect(first.mock.calls[1]?.[0].records).toHaveLength(3);
    expect(second).toHaveBeenCalledTimes(2);
  });

  it('hands over every change on a page that cancels every frame, with no frame asked for', async () => {
    const frames = vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0);
    try {
      const root = document.createElement('div');
      document.body.append(root);
      observer = createPageObserver(root);
      const seen: number[] = [];
      observer.subscribe(({ records }) => seen.push(records.length));
      await handOver();
      for (let i = 0; i < 3; i++) {
        root.append(document.createElement('p'));
        await afterMs(5);
      }
      await handOver();
      expect(seen.slice(1).reduce((sum, count) => sum + count, 0)).toBe(3);
      expect(frames).not.toHaveBeenCalled();
    } finally {
      frames.mockRestore();
    }
  });

  it('wakes for attributes that open panels, like hidden', async () => {
    const panel = document.createElement('div');
    panel.hidden = true;
    document.body.append(panel);
    observer = createPageObserver(document.body);
    const listener = vi.fn();
    observer.subscribe(listener);
    await handOver();
    listener.mockClear();
    panel.hidden = false;
    await vi.waitFor(() => expect(listener).toHaveBeenCalledTimes(1));
  });

  it('keeps the others running when one subscriber throws, and never lets the error out', async () => {
    observer = createPageObserver(document.body);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const after = vi.fn();
    observer.subscribe(() => {
      throw new Error('broken feature');
    });
    observer.subscribe(after);
    await vi.waitFor(() => expect(after).toHaveBeenCalled());
    expect(warn).toHaveBeenCalled();
  });

  it('gives a new subscriber its first look once subscribe has returned, in the same task', async () => {
    observer = createPageObserver(document.body);
    let returned = false;
    const looked: boolean[] = [];
    observer.subscribe(() => looked.push(returned));
    returned = true;
    await Promise.resolve();
    expect(looked).toEqual([true]);
  });

  it('stops after unsubscribe and disconnect', async () => {
    observer = createPageObserver(document.body);
    const listener = vi.fn();
    const unsubscribe = observer.subscribe(listener);
    await handOver();
    unsubscribe();
    listener.mockClear();
    document.body.append(document.createElement('p'));
    await handOver();
    expect(listener).not.toHaveBeenCalled();
  });
});

describe('#23 a growing feed list is fenced off the shared observer', () => {
  /** body > main > list, watched from the document, with <article> as the quiet child (a feed video). */
  function feedPage(listHolds = '') {
    document.body.innerHTML = `<aside id="side"></aside><main><div id="list">${listHolds}</div></main>`;
    const list = document.getElementById('list') as HTMLElement;
    observer = createPageObserver(document, (element) => element.tagName === 'ARTICLE');
    const seen: MutationRecord[][] = [];
    observer.subscribe(({ records }) => seen.push([...records]));
    return { list, main: list.parentElement as HTMLElement, seen };
  }
  const grow = (list: HTMLElement, count: number) => {
    for (let index = 0; index < count; index++) list.append(document.createElement('article'));
  };
  /** Lets the observer hand over what it has, then gives the records handed over and forgets them. */
  async function handedOver(seen: MutationRecord[][]) {
    await handOver();
    return seen.splice(0).flat();
  }

  it('stops handing over the list’s videos once it had only videos, and still hands over the page around it', async () => {
    const { list, main, seen } = feedPage();
    await handedOver(seen);
    grow(list, 30);
    // The batch that fenced it is dropped too: only videos came.
    expect((await handedOver(seen)).filter((record) => record.target === list)).toEqual([]);
    grow(list, 200);
    expect(await handedOver(seen)).toEqual([]);
    // Around the list, everything is still watched: a panel beside it, what comes into it, the aside.
    const panel = document.createElement('section');
    main.append(panel);
    expect((await handedOver(seen)).map((record) => record.target)).toEqual([main]);
    panel.append(document.createElement('p'));
    expect((await handedOver(seen)).map((record) => record.target)).toEqual([panel]);
    document.getElementById('side')?.setAttribute('hidden', '');
    expect((await handedOver(seen)).map((record) => record.attributeName)).toEqual(['hidden']);
  });

  it('watches in full again when the list leaves the page, and for a while after the teen acts', async () => {
    const { list, main, seen } = feedPage();
    grow(list, 30);
    await handedOver(seen);
    list.remove();
    await handedOver(seen);
    const next = document.createElement('div');
    main.append(next);
    grow(next, 30);
    await handedOver(seen);
    observer?.wake();
    next.append(document.createElement('div'));
    expect((await handedOver(seen)).map((record) => record.target)).toEqual([next]);
  });

  it('still watches in full what a fenced list already held that is not a video', async () => {
    // It was there before the content script came, so the list received only videos.
    const { list, seen } = feedPage('<section id="panel"></section>');
    const panel = document.getElementById('panel') as HTMLElement;
    await handedOver(seen);
    grow(list, 30);
    await handedOver(seen);
    grow(list, 30);
    expect(await handedOver(seen)).toEqual([]);
    panel.append(document.createElement('p'));
    expect((await handedOver(seen)).map((record) => record.target)).toEqual([panel]);
  });

  it('fences at once a list that comes in holding only videos, enough of them, and not one holding more', async () => {
    /**
     * On a new page, a list brought in whole (`holds` videos, then `more`; `sameBatch` put into it before the
     * observer runs), grown by one more video a frame later: the records of it handed over then.
     */
    const arrives = async (holds: number, more = '', sameBatch = '') => {
      observer?.disconnect();
      const { main, seen } = feedPage();
      await handedOver(seen);
      const list = document.createElement('div');
      list.innerHTML = '<article></article>'.repeat(holds) + more;
      main.append(list);
      if (sameBatch) list.insertAdjacentHTML('beforeend', sameBatch);
      await handedOver(seen);
      grow(list, 1);
      return (await handedOver(seen)).filter((record) => record.target === list).length;
    };
    expect(await arrives(30)).toBe(0);
    expect(await arrives(23)).toBe(1);
    expect(await arrives(30, '<section></section>')).toBe(1);
    // Judged on the whole batch: a panel that came into it after it came in keeps it watched.
    expect(await arrives(30, '', '<section></section>')).toBe(1);
  });

  it('never fences a list that received anything but videos, even after them in the same batch', async () => {
    const { list, seen } = feedPage();
    await handedOver(seen);
    grow(list, 30);
    list.append(document.createElement('div'));
    await handedOver(seen);
    grow(list, 5);
    expect((await handedOver(seen)).filter((record) => record.target === list)).toHaveLength(5);
  });
});
