import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createVideoScan } from '@/utils/content/videos';

/** `count` videos, those at `playing` playing (happy-dom's videos start paused). */
function page(count: number, playing: number[]) {
  document.body.innerHTML = '';
  for (let index = 0; index < count; index++) {
    const video = document.createElement('video');
    video.id = `v${index}`;
    if (playing.includes(index)) Object.defineProperty(video, 'paused', { value: false });
    document.body.append(video);
  }
}

// happy-dom does no hit testing: nothing is at the centre unless a test says so.
beforeEach(() => {
  document.elementsFromPoint = () => [];
});

describe('finding videos a page plays without telling', () => {
  it('reads a slice of the videos each look, round the page, and finds every playing one', () => {
    page(250, [3, 180]);
    const scan = createVideoScan(document, 100, 1);
    const looks = [0, 1, 2, 3].map(() => [...scan()].map((video) => video.id));
    expect(looks).toEqual([['v3'], ['v180'], [], ['v3']]);
  });

  it('follows videos added or removed between looks', () => {
    page(3, []);
    const scan = createVideoScan(document, 2, 1);
    expect([...scan()]).toEqual([]);
    const late = document.createElement('video');
    Object.defineProperty(late, 'paused', { value: false });
    document.body.append(late);
    expect([...scan()]).toEqual([late]);
    document.body.innerHTML = '';
    expect([...scan()]).toEqual([]);
  });

  it("reads the screen's centre at every look, and the page's videos at one look in five", () => {
    page(3, [1]);
    const centre = document.getElementById('v1') as HTMLVideoElement;
    const hits = vi.spyOn(document, 'elementsFromPoint').mockReturnValue([document.body, centre]);
    const scan = createVideoScan(document, 100, 5);
    const looks = Array.from({ length: 6 }, () => [...scan()].length);
    // The fifth look finds it twice (at the centre, and round the page); the others at the centre only.
    expect(looks).toEqual([1, 1, 1, 1, 2, 1]);
    expect(hits).toHaveBeenCalledTimes(6);
    hits.mockRestore();
  });

  it('skips the hit test in a hidden page (a background tab), never the round', () => {
    page(3, [1]);
    const hits = vi.spyOn(document, 'elementsFromPoint').mockReturnValue([document.body]);
    const hidden = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    const scan = createVideoScan(document, 100, 2);
    const looks = Array.from({ length: 2 }, () => [...scan()].map((video) => video.id));
    expect(looks).toEqual([[], ['v1']]);
    expect(hits).not.toHaveBeenCalled();
    hidden.mockReturnValue('visible');
    [...scan()];
    expect(hits).toHaveBeenCalledOnce();
    hidden.mockRestore();
    hits.mockRestore();
  });
});
