import { afterEach, describe, expect, it, vi } from 'vitest';
import { createFrameObserver, type FrameObserver } from '@/utils/dom-observer';

let observer: FrameObserver | undefined;
afterEach(() => observer?.disconnect());

const nextFrame = () => new Promise((done) => requestAnimationFrame(() => done(undefined)));

describe('the shared frame observer', () => {
  it('runs every subscriber once per frame however many mutations happened', async () => {
    const root = document.createElement('div');
    document.body.append(root);
    observer = createFrameObserver(root);
    const first = vi.fn();
    const second = vi.fn();
    observer.subscribe(first);
    observer.subscribe(second);
    await nextFrame();
    first.mockClear();
    second.mockClear();
    for (let i = 0; i < 200; i++) root.append(document.createElement('article'));
    await vi.waitFor(() => expect(first).toHaveBeenCalledTimes(1));
    await nextFrame();
    expect(first).toHaveBeenCalledTimes(1);
    expect(second).toHaveBeenCalledTimes(1);
  });

  it('wakes for attributes that open panels, like hidden', async () => {
    const panel = document.createElement('div');
    panel.hidden = true;
    document.body.append(panel);
    observer = createFrameObserver(document.body);
    const listener = vi.fn();
    observer.subscribe(listener);
    await nextFrame();
    listener.mockClear();
    panel.hidden = false;
    await vi.waitFor(() => expect(listener).toHaveBeenCalledTimes(1));
  });

  it('keeps the others running when one subscriber throws, and never lets the error out', async () => {
    observer = createFrameObserver(document.body);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const after = vi.fn();
    observer.subscribe(() => {
      throw new Error('broken feature');
    });
    observer.subscribe(after);
    await vi.waitFor(() => expect(after).toHaveBeenCalled());
    expect(warn).toHaveBeenCalled();
  });

  it('stops after unsubscribe and disconnect', async () => {
    observer = createFrameObserver(document.body);
    const listener = vi.fn();
    const unsubscribe = observer.subscribe(listener);
    await nextFrame();
    await nextFrame();
    unsubscribe();
    listener.mockClear();
    document.body.append(document.createElement('p'));
    await nextFrame();
    await nextFrame();
    expect(listener).not.toHaveBeenCalled();
  });
});
