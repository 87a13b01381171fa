import { covers, type Showing, waitingReminder } from '@/utils/reminders/session';
import { createVideoHold } from '@/utils/reminders/video-hold';
import type { Sensor } from '@/utils/tracking/sensor';
import { sendToWorker } from '@/utils/worker/client';
import type { ScriptContext } from '../tiktok/script-context';
import type { PageLayer } from './page-layer';

/** Seconds a covering reminder may stay unseen (removed, hidden, covered) before the worker is told. */
const UNSEEN_TICKS = 3;

/**
 * What a reminder does to the page while it is up: its layer mounted, TikTok's videos held paused, the
 * sensor told the page is covered, a tick each second, and focus given back where it was when it goes.
 */
export function createReminderStage(ctx: ScriptContext, layer: PageLayer, sensor: Sensor, tick: () => void) {
  const videos = createVideoHold();
  let shown: { kind: Showing; since: number; focus: Element | null } | null = null;
  let stopTicking: () => void = () => undefined;
  let resumeNext = false;
  // TikTok may restart a video by itself: while a covering reminder is up, every video stays paused.
  ctx.addEventListener(document, 'play', (event) => shown?.kind !== 'safety-running' && videos.onPlay(event), {
    capture: true,
  });
  return {
    shown: () => shown,
    /** Shows `kind` (from nothing, or in place of another reminder); true when nothing was up before. */
    show(kind: Showing): boolean {
      const first = !shown;
      if (covers(kind)) videos.hold();
      if (first) {
        layer.mount();
        let unseen = 0;
        stopTicking = ctx.repeat(() => {
          // A covering reminder the page keeps from being seen three seconds running: the worker is told.
          // Each unseen second, it is brought back on top: a page that does it once loses.
          const kind = shown?.kind;
          const hidden = kind !== undefined && covers(kind) && !layer.seen();
          unseen = hidden ? unseen + 1 : 0;
          if (hidden) layer.repair(true);
          const waiting = kind && waitingReminder(kind);
          // The worker takes over from the page.
          if (waiting && unseen === UNSEEN_TICKS)
            void sendToWorker({ type: 'scrollwise/reminder-unseen', kind: waiting });
          tick();
        }, 1_000);
      }
      shown = { kind, since: Date.now(), focus: shown?.focus ?? document.activeElement };
      sensor.update({ covered: covers(kind) });
      return first;
    },
    /**
     * The teen chose to keep watching: the next hide resumes the videos, whichever comes first, the
     * worker's reply or the new state it wrote.
     */
    resumeOnHide() {
      resumeNext = true;
    },
    /** `resume`: the videos the reminder paused play again (the teen took five more minutes). */
    hide(resume: boolean) {
      if (!shown) return;
      resume ||= resumeNext;
      resumeNext = false;
      const { focus } = shown;
      shown = null;
      stopTicking();
      layer.unmount();
      sensor.update({ covered: false });
      videos.release(resume);
      if (focus instanceof HTMLElement && focus.isConnected) focus.focus({ preventScroll: true });
    },
  };
}
