import { render } from 'preact';
import { ReminderOverlay, SafetyNote } from '@/components/reminders/ReminderOverlay';
import {
  freshReminderState,
  type ReminderChoice,
  type ReminderState,
  SAFETY_PASSES_PER_DAY,
  safetyPassAvailable,
} from '@/utils/reminders/decide';
import {
  covers,
  extraTimeError,
  isLogged,
  nextReminderStep,
  pauseLeftSeconds,
  type Showing,
} from '@/utils/reminders/session';
import type { Settings } from '@/utils/settings';
import { ledger, loadLock, loadReminderState, readDays, watchDay, watchReminders } from '@/utils/storage';
import { dayKeyOf } from '@/utils/tracking/calendar';
import { parseDayRecord } from '@/utils/tracking/day-record';
import type { Stretch } from '@/utils/tracking/ledger';
import type { Sensor } from '@/utils/tracking/sensor';
import { sendToWorker } from '@/utils/worker/client';
import type { CopyFor } from './page-copy';
import type { PageLayer } from './page-layer';
import type { ScriptContext } from './script-context';

/**
 * Screen-time reminders on the TikTok page: the break reminder, the daily limit and sleep hours. Decides
 * from the worker's figures (today's total, the stretch in its ledger) and the shared reminder state, so a
 * limit or a break holds in every tab and across reloads. Every change of that state is the worker's:
 * this tab asks, the worker writes, and the change comes back through the storage watch.
 */
export async function startReminders(
  ctx: ScriptContext,
  sensor: Sensor,
  layer: PageLayer,
  initial: Settings,
  copyFor: CopyFor,
) {
  let settings = initial;
  let day = dayKeyOf(Date.now(), settings.dayStartHour);
  // Read by the first refresh, once the watchers below are in place.
  let state: ReminderState = freshReminderState(day);
  let stretch: Stretch | null = null;
  let todayMs = 0;
  let reportOpen = false;
  let shown: { kind: Showing; since: number; paused: HTMLVideoElement[]; focus: Element | null } | null = null;
  let error = '';
  let busy = false;
  let needsPin = false;
  let ticking = 0;

  const readToday = async () => {
    todayMs = parseDayRecord((await readDays([day]))[day])?.totalMs ?? 0;
  };

  // TikTok may restart a video by itself: while a reminder is up, every video stays paused.
  const keepPaused = (event: Event) => {
    if (!shown || shown.kind === 'safety-running' || !(event.target instanceof HTMLVideoElement)) return;
    event.target.pause();
    if (!shown.paused.includes(event.target)) shown.paused.push(event.target);
  };
  ctx.addEventListener(document, 'play', keepPaused, { capture: true });

  const paint = () => {
    const container = layer.container();
    if (!shown || !container) return;
    const now = Date.now();
    const { theme, language, messages: copy, helpline } = copyFor(settings);
    render(
      <div class="root" data-theme={theme}>
        {shown.kind === 'safety-running' ? (
          <SafetyNote messages={copy} leftMs={state.safetyUntil - now} />
        ) : (
          <ReminderOverlay
            kind={shown.kind}
            messages={copy}
            language={language}
            todayMs={todayMs}
            breakLeftMs={state.breakUntil - now}
            pauseLeftS={pauseLeftSeconds(shown.since, now)}
            extraAvailable={!state.extraTaken}
            needsPin={needsPin}
            helpline={helpline}
            safetyLeft={safetyPassAvailable(state, now) ? SAFETY_PASSES_PER_DAY - state.safetyPasses : 0}
            error={error}
            busy={busy}
            onChoice={(choice) => {
              choose(choice).catch((failure) => console.warn('Scrollwise:', failure));
            }}
          />
        )}
      </div>,
      container,
    );
  };

  const show = async (kind: Showing) => {
    const first = !shown;
    const covering = covers(kind);
    if (first) {
      const paused = covering ? [...document.querySelectorAll('video')].filter((video) => !video.paused) : [];
      for (const video of paused) video.pause();
      shown = { kind, since: Date.now(), paused, focus: document.activeElement };
      layer.mount();
      ticking = ctx.setInterval(() => evaluate(), 1_000);
    } else if (shown) {
      shown = { ...shown, kind, since: Date.now() };
    }
    sensor.update({ covered: covering });
    error = '';
    if (kind === 'limit') needsPin = (await loadLock()).state.pin !== null;
    if (isLogged(kind)) sendToWorker({ type: 'scrollwise/reminder-shown', kind });
    paint();
    // A new reminder takes focus to its heading, so keyboard and screen-reader users land in it.
    if (covering && (first || kind !== 'break-running')) layer.focus('#reminder-title');
  };

  const hide = (resume: boolean) => {
    if (!shown) return;
    const { paused, focus } = shown;
    shown = null;
    clearInterval(ticking);
    layer.unmount();
    sensor.update({ covered: false });
    if (resume) for (const video of paused) video.play().catch(() => undefined);
    if (focus instanceof HTMLElement && focus.isConnected) focus.focus({ preventScroll: true });
  };

  let stopDay = watchDay(day, () => readToday().then(evaluate));
  ctx.onInvalidated(() => stopDay());
  /** Past midnight (or the family's day start), follows the new day's record; true when the day turned. */
  const turnDay = () => {
    const today = dayKeyOf(Date.now(), settings.dayStartHour);
    if (today === day) return false;
    day = today;
    stopDay();
    stopDay = watchDay(day, () => readToday().then(evaluate));
    return true;
  };

  const evaluate = () => {
    const now = Date.now();
    if (turnDay()) {
      refresh();
      return;
    }
    const step = nextReminderStep({
      now,
      day,
      settings,
      todayMs,
      stretch,
      state,
      viewing: sensor.counting(),
      reportOpen,
      showing: shown?.kind ?? null,
    });
    if (step.do === 'show') show(step.kind);
    else if (step.do === 'hide') hide(step.resume);
    else if (step.do === 'repaint') paint();
  };

  const choose = async (choice: ReminderChoice | 'safety') => {
    if (!shown || shown.kind === 'break-running' || shown.kind === 'safety-running') return;
    const kind = shown.kind;
    if (choice === 'safety') {
      await sendToWorker({ type: 'scrollwise/safety-pass' });
      return;
    }
    if (choice === 'extra') {
      busy = true;
      paint();
      const reply = await sendToWorker({ type: 'scrollwise/extra-time' });
      busy = false;
      // Granted: the limit lifts when the new state comes back from storage, in every tab at once.
      if (!reply.ok) error = extraTimeError(reply.error, copyFor(settings).messages.reminder.limit);
      paint();
      return;
    }
    await sendToWorker({ type: 'scrollwise/reminder-choice', kind, choice });
    if (choice === 'close') await sendToWorker({ type: 'scrollwise/close-tab' });
    else if (choice === 'continue') hide(true);
  };

  const refresh = async () => {
    state = await loadReminderState(day, Date.now());
    stretch = (await ledger.get()).stretch;
    await readToday();
    evaluate();
  };

  ctx.onInvalidated(watchReminders(() => refresh()));
  ctx.onInvalidated(() => hide(false));
  await refresh();

  return {
    /** New settings (or policy): a reminder turned off goes away at once. */
    setSettings(next: Settings) {
      settings = next;
      turnDay();
      refresh();
    },
    /** Called by the tip controller with the views open (on screen) on the page. */
    setReportOpen(open: boolean) {
      if (open === reportOpen) return;
      reportOpen = open;
      evaluate();
    },
  };
}
