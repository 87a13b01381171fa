import type { Showing } from '@/utils/reminders/session';
import { waitingReminder } from '@/utils/reminders/session';
import { sendToWorker } from '@/utils/worker/client';
import { onWorkerMessage } from '../from-worker';
import { defineFeature } from '../services';

/**
 * The break reminder, the daily limit and sleep hours wait in the UI file until the worker says one is
 * due: in its reply to each viewing report, or when asked at start and whenever the reminder state or the
 * settings change. From then on they run on their own (entrypoints/tiktok-ui/reminders.tsx).
 */
export default defineFeature({
  id: 'reminders',
  needs: ['settings'],
  frames: 'all',
  start({ ctx, sensor, settings, reminderDue, ui }) {
    let started = false;
    const wake = (due: Showing | null) => {
      if (!due || started) return;
      started = true;
      void ui().then(
        (loaded) => loaded.reminders(),
        // No screen to show: the worker takes over, as it does from a page that hides the screen.
        () => {
          started = false;
          const waiting = waitingReminder(due);
          if (waiting) void sendToWorker({ type: 'scrollwise/reminder-unseen', kind: waiting });
        },
      );
    };
    // The first ask says the page is opening: the pause at the door may meet it.
    const ask = (opening = false) => {
      if (!started)
        void sendToWorker({ type: 'scrollwise/reminder-due', viewing: sensor.counting(), opening }).then(
          (reply) => reply.ok && wake(reply.due),
        );
    };
    ctx.onInvalidated(reminderDue.watch(wake));
    onWorkerMessage(ctx, 'scrollwise/reminders-changed', () => ask());
    // A page back from the back/forward cache missed the notices of the time it was away: a break or the
    // pause at the door another tab started.
    ctx.onShown(() => ask());
    ctx.onInvalidated(settings.watch(() => ask()));
    ask(true);
  },
});
