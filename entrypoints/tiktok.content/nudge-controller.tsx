import { render } from 'preact';
import { browser } from 'wxt/browser';
import { type ContentScriptContext, createShadowRootUi } from '#imports';
import { NudgeOverlay } from '@/components/nudges/NudgeOverlay';
import { messagesFor } from '@/utils/i18n';
import { resolveLanguage } from '@/utils/language';
import {
  applyChoice,
  decideNudge,
  freshNudgeState,
  LIMIT_PAUSE_MS,
  type NudgeChoice,
  type NudgeKind,
  type NudgeState,
} from '@/utils/nudges/decide';
import { appendToLog, recordChoice } from '@/utils/nudges/log';
import { pageTheme } from '@/utils/page-theme';
import type { Settings } from '@/utils/settings';
import {
  loadLock,
  loadNudgeState,
  loadStretch,
  readDays,
  saveNudgeState,
  updateNudgeLog,
  watchDay,
  watchNudges,
} from '@/utils/storage';
import { dayKeyOf } from '@/utils/tracking/calendar';
import { parseDayRecord } from '@/utils/tracking/day-record';
import type { Stretch } from '@/utils/tracking/ledger';
import type { Sensor } from '@/utils/tracking/sensor';
import type { TabRequest, WorkerReply } from '@/utils/worker-messages';

type Shown = NudgeKind | 'break-running';

/**
 * Screen-time nudges on the TikTok page: the break reminder, the daily limit and sleep hours. Decides
 * from the worker's figures (today's total, the stretch in its ledger) and the shared nudge state, so a
 * limit or a break holds in every tab and across reloads. Returns a hook for the open views: a nudge
 * waits while TikTok's report flow is open.
 */
export async function startNudges(ctx: ContentScriptContext, sensor: Sensor, css: string, initial: Settings) {
  let settings = initial;
  let day = dayKeyOf(Date.now(), settings.dayStartHour);
  // Read by the first refresh, once the watchers below are in place.
  let state: NudgeState = freshNudgeState(day);
  let stretch: Stretch | null = null;
  let todayMs = 0;
  let reportOpen = false;
  let shown: { kind: Shown; since: number; paused: HTMLVideoElement[]; focus: Element | null } | null = null;
  let error = '';
  let busy = false;
  let ticking = 0;

  const ui = await createShadowRootUi(ctx, {
    name: 'scrollwise-nudge',
    position: 'inline',
    anchor: 'body',
    append: 'last',
    css,
    onMount: (container) => container,
    onRemove: (container) => {
      if (container) render(null, container);
    },
  });

  const readToday = async () => {
    todayMs = parseDayRecord((await readDays([day]))[day])?.totalMs ?? 0;
  };

  // TikTok may restart a video by itself: while a reminder is up, every video stays paused.
  const keepPaused = (event: Event) => {
    if (!shown || !(event.target instanceof HTMLVideoElement)) return;
    event.target.pause();
    if (!shown.paused.includes(event.target)) shown.paused.push(event.target);
  };
  ctx.addEventListener(document, 'play', keepPaused, { capture: true });

  const paint = () => {
    const container = ui.mounted;
    if (!shown || !container) return;
    const language = resolveLanguage(settings.language, document.documentElement.lang, navigator.languages);
    const messages = messagesFor(language);
    const now = Date.now();
    render(
      <div class="root" data-theme={pageTheme(document, matchMedia('(prefers-color-scheme: dark)').matches)}>
        <NudgeOverlay
          kind={shown.kind}
          messages={messages}
          language={language}
          todayMs={todayMs}
          breakLeftMs={state.breakUntil - now}
          pauseLeftS={Math.max(0, Math.ceil((shown.since + LIMIT_PAUSE_MS - now) / 1000))}
          extraAvailable={!state.extraTaken}
          needsPin={needsPin}
          error={error}
          busy={busy}
          onChoice={(choice, secret) => {
            choose(choice, secret).catch((failure) => console.warn('Scrollwise:', failure));
          }}
        />
      </div>,
      container,
    );
  };

  let needsPin = false;
  const show = async (kind: Shown) => {
    const first = !shown;
    if (first) {
      const paused = [...document.querySelectorAll('video')].filter((video) => !video.paused);
      for (const video of paused) video.pause();
      shown = { kind, since: Date.now(), paused, focus: document.activeElement };
      sensor.update({ covered: true });
      ui.mount();
      ticking = ctx.setInterval(() => evaluate(), 1_000);
    } else if (shown) {
      shown = { ...shown, kind, since: Date.now() };
    }
    error = '';
    if (kind === 'limit') needsPin = (await loadLock()).state.pin !== null;
    if (kind !== 'break-running') {
      const now = Date.now();
      await updateNudgeLog((log) =>
        log.some((entry) => entry.kind === kind && entry.choice === null && now - entry.at < 60_000)
          ? log
          : appendToLog(log, { at: now, kind, choice: null }, now),
      );
    }
    paint();
    // A new reminder takes focus to its heading, so keyboard and screen-reader users land in it.
    if (first || kind !== 'break-running') ui.shadow.querySelector<HTMLElement>('#nudge-title')?.focus();
  };

  const hide = (resume: boolean) => {
    if (!shown) return;
    const { paused, focus } = shown;
    shown = null;
    clearInterval(ticking);
    ui.remove();
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
    const decision = decideNudge({
      now,
      settings,
      todayMs,
      stretch,
      state,
      viewing: sensor.counting() || shown !== null,
      reportOpen,
    });
    if (!decision) hide(false);
    else if (!shown || shown.kind !== decision) show(decision);
    else paint();
  };

  const choose = async (choice: NudgeChoice, secret?: string) => {
    if (!shown || shown.kind === 'break-running') return;
    const kind = shown.kind;
    if (choice === 'close') {
      await updateNudgeLog((log) => recordChoice(log, kind, 'close'));
      await browser.runtime.sendMessage({ type: 'scrollwise/close-tab' } satisfies TabRequest);
      return;
    }
    if (choice === 'extra') {
      busy = true;
      paint();
      const reply = (await browser.runtime.sendMessage({
        type: 'scrollwise/extra-time',
        secret,
      } satisfies TabRequest)) as WorkerReply;
      busy = false;
      if (!reply.ok) {
        const m = messagesFor(resolveLanguage(settings.language, document.documentElement.lang, navigator.languages))
          .nudge.limit;
        error = reply.error === 'wait' ? m.wait : reply.error === 'already-taken' ? m.extraUsed : m.wrongPin;
        paint();
        return;
      }
      state = { ...state, extraTaken: true };
      await updateNudgeLog((log) => recordChoice(log, kind, 'extra'));
      hide(true);
      return;
    }
    state = applyChoice(state, kind, choice, Date.now(), stretch);
    await saveNudgeState(state);
    await updateNudgeLog((log) => recordChoice(log, kind, choice));
    if (choice === 'continue') hide(true);
    else evaluate();
  };

  const refresh = async () => {
    state = await loadNudgeState(day);
    stretch = await loadStretch();
    await readToday();
    evaluate();
  };

  ctx.onInvalidated(watchNudges(() => refresh()));
  ctx.onInvalidated(() => hide(false));
  await refresh();

  return {
    /** New settings (or policy): a reminder turned off goes away at once. */
    setSettings(next: Settings) {
      settings = next;
      turnDay();
      refresh();
    },
    /** Called by the tip controller with the views open on the page. */
    setReportOpen(open: boolean) {
      if (open === reportOpen) return;
      reportOpen = open;
      evaluate();
    },
  };
}
