import { render } from 'preact';
import paletteCss from '@/components/palette.css?inline';
import { ReminderScreen } from '@/components/reminders/ReminderOverlay';
import reminderCss from '@/components/reminders/reminder.css?inline';
import type { CopyFor } from '@/utils/page-copy';
import { sendChoice } from '@/utils/reminders/choose';
import {
  freshReminderState,
  limitAtMs as limitAt,
  type ReminderChoice,
  type ReminderState,
} from '@/utils/reminders/decide';
import { isLogged, nextReminderStep, type Showing, takesFocus } from '@/utils/reminders/session';
import { followToday } from '@/utils/reminders/today';
import { ledger, loadReminderState, watchReminders } from '@/utils/storage';
import type { Stretch } from '@/utils/tracking/ledger';
import { isFeedPath } from '@/utils/views/shared/feed-page';
import { sendToWorker } from '@/utils/worker/client';
import { createPageLayer } from './page-layer';
import type { UiParts } from './parts';
import { createReminderStage } from './reminder-stage';

/** How long the "minutes left" note stays at the page's edge. */
const NOTE_MS = 10_000;

/**
 * The break reminder, the daily limit and sleep hours, decided from the worker's figures and the shared
 * reminder state, so a limit or a break holds in every tab and across reloads. This tab asks, the worker
 * writes, and the change comes back through the storage watch. Started once the worker first says a
 * reminder is due (the sentinel's features/reminders.ts), it follows on its own from then on.
 */
export async function startReminders({ ctx, observer, sensor, settings, reportOpen }: UiParts, copyFor: CopyFor) {
  const layer = createPageLayer(ctx, { name: 'reminder', css: paletteCss + reminderCss, topLayer: true });
  ctx.onInvalidated(observer.subscribe(() => layer.repair()));
  const today = followToday(
    () => settings.get(),
    () => evaluate(),
  );
  ctx.onInvalidated(today.stop);
  const stage = createReminderStage(ctx, layer, sensor, () => evaluate());
  let state: ReminderState = freshReminderState(today.day());
  let stretch: Stretch | null = null;
  let screen = { error: '', busy: false, needsPin: false };

  const paint = () => {
    const container = layer.container();
    const shown = stage.shown();
    if (!shown || !container) return;
    const rules = settings.get();
    const { kind: showing, since } = shown;
    const todayMs = today.totalMs();
    const onChoice = (choice: ReminderChoice | 'safety') => void choose(choice);
    const limitAtMs = limitAt(rules, state, today.day());
    const props = { showing, since, state, settings: rules, copy: copyFor(rules), todayMs, limitAtMs, onChoice };
    render(<ReminderScreen {...props} {...screen} now={Date.now()} />, container);
  };

  const show = async (kind: Showing) => {
    const first = stage.show(kind);
    // The note before the limit goes away by itself: once it has been read, the worker marks it shown.
    if (kind === 'limit-soon') ctx.later(() => void sendToWorker({ type: 'scrollwise/limit-warned' }), NOTE_MS);
    screen = { ...screen, error: '' };
    paint();
    // A new reminder takes focus to its heading, so keyboard and screen-reader users land in it.
    if (takesFocus(kind, first)) layer.focus('#reminder-title');
    if (!isLogged(kind)) return;
    // The worker logs it, and says whether a parent's PIN gives the five more minutes.
    const reply = await sendToWorker({ type: 'scrollwise/reminder-shown', kind });
    screen.needsPin = reply.ok && reply.pinSet;
    paint();
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
      reportOpen: reportOpen.get(),
      onFeed: isFeedPath(location.pathname),
      showing: stage.shown()?.kind ?? null,
    });
    if (step.do === 'show') void show(step.kind);
    else if (step.do === 'hide') stage.hide(step.resume);
    else if (step.do === 'repaint') paint();
  };

  const choose = async (choice: ReminderChoice | 'safety') => {
    const kind = stage.shown()?.kind;
    if (!kind || !isLogged(kind)) return;
    screen = { ...screen, busy: choice === 'extra' };
    if (choice === 'continue') stage.resumeOnHide();
    paint();
    const after = await sendChoice(kind, choice, copyFor(settings.get()).messages.reminder.limit, sendToWorker);
    screen = { ...screen, busy: false, error: after.next === 'stay' ? after.error : '' };
    if (after.next === 'hide') stage.hide(true);
    else paint();
  };

  const refresh = async () => {
    state = await loadReminderState(today.day(), Date.now());
    stretch = (await ledger.get()).stretch;
    await today.read();
    evaluate();
  };

  ctx.onInvalidated(watchReminders(() => void refresh()));
  ctx.onInvalidated(() => stage.hide(false));
  // New settings (or policy): a reminder turned off goes away at once.
  ctx.onInvalidated(
    settings.watch(() => {
      today.turn();
      void refresh();
    }),
  );
  // A reminder never covers TikTok's report flow or the helpline tip that comes with it.
  ctx.onInvalidated(reportOpen.watch(() => evaluate()));
  // Back from the back/forward cache: Firefox drops the storage changes made while the page was away
  // (Chromium delivers them), so the screen reads again all it follows, a limit reached meanwhile included.
  ctx.onShown(() => void refresh());
  await refresh();
}
