import { beforeEach, describe, expect, it } from 'vitest';
import { createVideoHold } from '@/utils/reminders/video-hold';

function videos(doc: Document, playing: boolean[]) {
  return playing.map((on) => {
    const video = doc.createElement('video');
    Object.defineProperty(video, 'paused', { value: !on, writable: true });
    const calls: string[] = [];
    video.pause = () => {
      calls.push('pause');
      Object.defineProperty(video, 'paused', { value: true });
    };
    video.play = async () => {
      calls.push('play');
    };
    doc.body.append(video);
    return { video, calls };
  });
}

beforeEach(() => {
  document.body.replaceChildren();
});

describe("a reminder's hold on TikTok's videos", () => {
  it('pauses what plays, keeps restarted videos paused, and resumes only those it paused', () => {
    const [playing, stopped, later] = videos(document, [true, false, false]);
    const hold = createVideoHold(document);
    hold.hold();
    expect(playing?.calls).toEqual(['pause']);
    expect(stopped?.calls).toEqual([]);
    // TikTok starts the next video by itself while the reminder is up.
    hold.onPlay(new Event('play')); // not a video: ignored
    const event = new Event('play');
    Object.defineProperty(event, 'target', { value: later?.video });
    hold.onPlay(event);
    expect(later?.calls).toEqual(['pause']);
    hold.release(true);
    expect(playing?.calls).toEqual(['pause', 'play']);
    expect(later?.calls).toEqual(['pause', 'play']);
    expect(stopped?.calls).toEqual([]);
    // Released: a play is TikTok's own again.
    hold.onPlay(event);
    expect(later?.calls).toEqual(['pause', 'play']);
  });

  it('leaves the videos paused when the reminder goes without "keep watching"', () => {
    const [playing] = videos(document, [true]);
    const hold = createVideoHold(document);
    hold.hold();
    // Another covering reminder in its place (the break's countdown): still held, nothing resumed.
    hold.hold();
    hold.release(false);
    expect(playing?.calls).not.toContain('play');
    expect(playing?.video.paused).toBe(true);
  });
});
