import { freshReminderState, type ReminderState } from '@/utils/reminders/decide';
import { nextReminderStep, type Showing, waitingReminder } from '@/utils/reminders/session';
import { followToday } from '@/utils/reminders/today';
import { ledger, loadReminderState, watchReminders } from '@/utils/storage';
import type { Stretch } from '@/utils/tracking/ledger';
import { viewById } from '@/utils/views/registry';
import { sendToWorker } from '@/utils/worker/client';
import { defineFeature } from '../services';
import type { ReminderPresenter } from '../ui-contract';

/**
 * The break reminder, the daily limit and sleep hours, decided from the worker's figures and the shared
 * reminder state, so a limit or a break holds in every tab and across reloads. This tab asks, the worker
 * writes, and the change comes back through the storage watch. The screen comes with the UI file, loaded
 * the first time a reminder is due.
 */
export default defineFeature({
  id: 'reminders',
  needs: ['settings'],
  frames: 'all',
  async start({ ctx, sensor, settings, openViews, ui }) {
    const today = followToday(
      () => settings.get().dayStartHour,
      () => evaluate(),
    );
    ctx.onInvalidated(today.stop);
    let state: ReminderState = freshReminderState(today.day());
    let stretch: Stretch | null = null;
    let reportOpen = false;
    let presenter: ReminderPresenter | null = null;

    const present = (kind: Showing) => {
      if (presenter) return void presenter.show(kind);
      void ui().then(
        (loaded) => {
          presenter ??= loaded.reminders({ state: () => state, todayMs: today.totalMs, tick: () => evaluate() });
          evaluate();
        },
        // No screen to show: the worker takes over, as it does from a page that hides the screen.
        () => {
          const waiting = waitingReminder(kind);
          if (waiting) void sendToWorker({ type: 'scrollwise/reminder-unseen', kind: waiting });
        },
      );
    };

    const evaluate = () => {
      if (today.turn()) {
        void refresh();
        return;
      }
      const step = nextReminderStep({
        now: Date.now(),
        day: today.day(),
        settings: settings.get(),
        todayMs: today.totalMs(),
        stretch,
        state,
        viewing: sensor.counting(),
        reportOpen,
        showing: presenter?.shown()?.kind ?? null,
      });
      if (step.do === 'show') present(step.kind);
      else if (step.do === 'hide') presenter?.hide(step.resume);
      else if (step.do === 'repaint') presenter?.paint();
    };

    const refresh = async () => {
      state = await loadReminderState(today.day(), Date.now());
      stretch = (await ledger.get()).stretch;
      await today.read();
      evaluate();
    };

    ctx.onInvalidated(watchReminders(() => void refresh()));
    // New settings (or policy): a reminder turned off goes away at once.
    ctx.onInvalidated(
      settings.watch(() => {
        today.turn();
        void refresh();
      }),
    );
    // A reminder never covers TikTok's report flow or the helpline tip that comes with it.
    ctx.onInvalidated(
      openViews.watch((views) => {
        const open = views.some((view) => viewById(view.id).holdsReminders);
        if (open === reportOpen) return;
        reportOpen = open;
        evaluate();
      }),
    );
    await refresh();
  },
});
