import { render } from 'preact';
import paletteCss from '@/components/palette.css?inline';
import { ReminderScreen } from '@/components/reminders/ReminderOverlay';
import reminderCss from '@/components/reminders/reminder.css?inline';
import type { CopyFor } from '@/utils/page-copy';
import { sendChoice } from '@/utils/reminders/choose';
import type { ReminderChoice } from '@/utils/reminders/decide';
import { isLogged, type Showing, takesFocus } from '@/utils/reminders/session';
import { sendToWorker } from '@/utils/worker/client';
import type { ReminderDeps, ReminderPresenter, UiServices } from '../tiktok.content/ui-contract';
import { createPageLayer } from './page-layer';
import { createReminderStage } from './reminder-stage';

/**
 * The reminder's screen: in the browser's top layer, brought back when the page hides it, with the
 * teen's choices sent to the worker. The sentinel decides when it shows and goes.
 */
export function createReminderPresenter(
  { ctx, observer, sensor, settings }: UiServices,
  copyFor: CopyFor,
  { state, todayMs, tick }: ReminderDeps,
): ReminderPresenter {
  const layer = createPageLayer(ctx, { name: 'reminder', css: paletteCss + reminderCss, topLayer: true });
  ctx.onInvalidated(observer.subscribe(() => layer.repair()));
  const stage = createReminderStage(ctx, layer, sensor, tick);
  ctx.onInvalidated(() => stage.hide(false));
  let screen = { error: '', busy: false, needsPin: false };

  const paint = () => {
    const container = layer.container();
    const shown = stage.shown();
    if (!shown || !container) return;
    const copy = copyFor(settings.get());
    const { kind: showing, since } = shown;
    const onChoice = (choice: ReminderChoice | 'safety') => void choose(choice);
    render(
      <ReminderScreen
        {...{ showing, since, copy, onChoice, ...screen }}
        state={state()}
        todayMs={todayMs()}
        now={Date.now()}
      />,
      container,
    );
  };

  const show = async (kind: Showing) => {
    const first = stage.show(kind);
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

  const choose = async (choice: ReminderChoice | 'safety') => {
    const kind = stage.shown()?.kind;
    if (kind !== 'limit' && kind !== 'break' && kind !== 'sleep') return;
    screen = { ...screen, busy: choice === 'extra' };
    if (choice === 'continue') stage.resumeOnHide();
    paint();
    const after = await sendChoice(kind, choice, copyFor(settings.get()).messages.reminder.limit, sendToWorker);
    screen = { ...screen, busy: false, error: after.next === 'stay' ? after.error : '' };
    if (after.next === 'hide') stage.hide(true);
    else paint();
  };

  return { shown: stage.shown, show, hide: stage.hide, paint };
}
