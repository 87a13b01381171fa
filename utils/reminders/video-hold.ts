/**
 * While a covering reminder is up, TikTok's videos stay paused: those playing when it came up, and any
 * the page (re)starts by itself meanwhile. When it goes, only the videos it paused may play again.
 */
export function createVideoHold(doc: Document = document) {
  let paused: HTMLVideoElement[] | null = null;
  return {
    holding: () => paused !== null,
    hold() {
      paused ??= [...doc.querySelectorAll('video')].filter((video) => !video.paused);
      for (const video of paused) video.pause();
      // A video floated in picture-in-picture comes back into its page, where the reminder is: paused in a
      // window of its own, on top of another tab, it would say nothing of why.
      if (doc.pictureInPictureElement) doc.exitPictureInPicture().catch(() => undefined);
    },
    /** A `play` event seen in the capture phase: the video is paused again while the hold lasts. */
    onPlay(event: Event) {
      if (!paused || !(event.target instanceof HTMLVideoElement)) return;
      event.target.pause();
      if (!paused.includes(event.target)) paused.push(event.target);
    },
    release(resume: boolean) {
      const videos = paused ?? [];
      paused = null;
      if (resume) for (const video of videos) video.play().catch(() => undefined);
    },
  };
}
