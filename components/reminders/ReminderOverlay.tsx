import { formatDuration } from '@/utils/duration';
import { format } from '@/utils/i18n';
import { plural } from '@/utils/i18n/format';
import type { PageCopy } from '@/utils/page-copy';
import {
  type ReminderChoice,
  type ReminderKind,
  type ReminderState,
  SAFETY_PASSES_PER_DAY,
  safetyPassAvailable,
  sleepIsLate,
} from '@/utils/reminders/decide';
import { pauseLeftSeconds, type Showing } from '@/utils/reminders/session';
import type { Settings } from '@/utils/settings';
import { quietTimeAt } from '@/utils/settings/quiet-times';
import { dangerLine, helplineLabel, phoneLine } from '../helpline-text';

export interface ReminderOverlayProps {
  kind: ReminderKind | 'break-running';
  copy: PageCopy;
  /** Today's choices (extra time, a break, the safety passes), as the worker last wrote them. */
  state: ReminderState;
  now: number;
  /** The rules in force: a no-TikTok time's name and hours, how late in the sleep hours it is. */
  settings: Settings;
  /** When this reminder came up: the limit's pause counts from it. */
  since: number;
  todayMs: number;
  /** Today's viewing at which the daily limit holds (the "minutes left" note reads it); 0 without one. */
  limitAtMs?: number;
  needsPin: boolean;
  error: string;
  busy: boolean;
  onChoice: (choice: ReminderChoice | 'safety') => void;
}

/**
 * The screen-time overlay. A modal dialog that keeps focus inside while open (the caller moves focus in
 * and restores it), covers TikTok without touching it, and never uses alarming colours or counts against
 * the teen. Written without hooks, which keeps them out of the content script.
 */
function ReminderOverlay(props: ReminderOverlayProps) {
  const { kind, copy: page, state, now } = props;
  const { messages, helpline } = page;
  const m = messages.reminder;
  const pauseLeftS = pauseLeftSeconds(kind, props.since, now);
  const extraAvailable = !state.extraTaken;
  /** Safety passes left today (report or block someone); 0 hides the choice. */
  const safetyLeft = safetyPassAvailable(state, now) ? SAFETY_PASSES_PER_DAY - state.safetyPasses : 0;
  // A pass running while this screen is up: the teen is on a feed, where a pass lifts nothing.
  const passRunning = kind === 'limit' && state.safetyUntil > now;
  // Only a real click or key press chooses: a script on the page cannot lift a reminder by faking one.
  const onChoice = (choice: ReminderChoice | 'safety') => (event: Event) => {
    if (event.isTrusted) props.onChoice(choice);
  };

  const trapFocus = (event: KeyboardEvent) => {
    // Keys pressed in the reminder are the reminder's: TikTok's shortcuts (next video…) must not fire.
    event.stopPropagation();
    if (event.key !== 'Tab') return;
    const dialog = event.currentTarget as HTMLElement;
    const focusable = [...dialog.querySelectorAll<HTMLElement>('h2, button:not([disabled]), a[href]')];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    const active = (dialog.getRootNode() as ShadowRoot).activeElement;
    if (event.shiftKey && active === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && active === last) {
      event.preventDefault();
      first?.focus();
    }
  };

  // Later in the night, a plainer wind-down: closing first, no break to take.
  const late = kind === 'sleep' && sleepIsLate(now, props.settings.sleep, state.lastSleepNudgeAt);
  const copy = reminderCopy(props, late);
  const locked = pauseLeftS > 0;
  // A break offered where it helps: not at the limit, nor in a no-TikTok time or late at night.
  const breakOffered = kind === 'break' || (kind === 'sleep' && !late);
  const closeFirst = kind === 'limit' || kind === 'quiet' || kind === 'door' || late;
  // The safety pass wherever a reminder stands between the teen and TikTok's report and block tools.
  const safetyOffered = (kind === 'limit' || kind === 'quiet') && safetyLeft > 0;
  /** A way to stay on TikTok: it waits out the limit's pause, and one request at a time. */
  const waitingChoice = (choice: ReminderChoice | 'safety', label: string) => (
    <button
      type="button"
      class="secondary"
      data-choice={choice}
      disabled={locked || props.busy}
      onClick={onChoice(choice)}
    >
      {label}
    </button>
  );

  return (
    <div class={`backdrop${kind === 'break-running' ? ' opaque' : ''}`} data-kind={kind}>
      <div
        class="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="reminder-title"
        aria-describedby="reminder-body"
        onKeyDown={trapFocus}
      >
        <p class="badge">
          <Unsearchable text={m.label} />
        </p>
        <h2 id="reminder-title" tabIndex={-1}>
          {copy.title}
        </h2>
        <p id="reminder-body">
          <Unsearchable text={copy.body} />
        </p>
        {kind === 'break-running' && (
          <p class="countdown" role="timer" aria-live="off">
            {format(m.running.left, { time: clock(state.breakUntil - now) })}
          </p>
        )}
        {locked && (
          <p class="countdown" data-testid="pause" aria-live="polite">
            {format(m.limit.pause, { seconds: String(pauseLeftS) })}
          </p>
        )}
        {kind === 'limit' && !extraAvailable && (
          <p class="hint">
            <Unsearchable text={m.limit.extraUsed} />
          </p>
        )}
        {kind === 'limit' && extraAvailable && props.needsPin && (
          <p class="hint">
            <Unsearchable text={m.limit.pin} />
          </p>
        )}
        {safetyOffered && (
          <p class="hint">
            <Unsearchable text={format(m.limit.safetyLeft, { count: String(safetyLeft) })} />
          </p>
        )}
        {passRunning && (
          <p class="hint" data-testid="safety-elsewhere">
            {m.limit.safetyElsewhere}
          </p>
        )}
        {props.error && (
          <p class="error" role="alert">
            {props.error}
          </p>
        )}
        <div class="choices">
          {breakOffered && (
            <button type="button" class="primary" data-choice="break" onClick={onChoice('break')}>
              {m.takeBreak}
            </button>
          )}
          <button
            type="button"
            class={closeFirst ? 'primary' : 'secondary'}
            data-choice="close"
            onClick={onChoice('close')}
          >
            {m.close}
          </button>
          {kind !== 'limit' && kind !== 'break-running' && (
            <button
              type="button"
              class="secondary"
              data-choice="continue"
              disabled={locked}
              onClick={onChoice('continue')}
            >
              {kind === 'door' ? m.door.open : m.continue}
            </button>
          )}
          {kind === 'limit' && extraAvailable && waitingChoice('extra', m.extra)}
          {kind === 'limit' && waitingChoice('ask', m.ask)}
          {safetyOffered && waitingChoice('safety', m.limit.safety)}
        </div>
        <p class="hint need-talk">
          {m.needTalk}{' '}
          <a href={helpline.link.url} target="_blank" rel="noopener noreferrer">
            {helplineLabel(helpline, messages.helpline)}
          </a>
          {helpline.phone && <> · {phoneLine(helpline.phone, messages.helpline)}</>}
        </p>
        <p class="hint danger-line">{dangerLine(helpline, messages.helpline)}</p>
      </div>
    </div>
  );
}

/** The reminder's title and body, with its figures: today's time, a no-TikTok time's name and hours. */
function reminderCopy({ kind, copy: page, settings, now, todayMs }: ReminderOverlayProps, late: boolean) {
  const m = page.messages.reminder;
  if (kind === 'break-running') return { title: m.running.title, body: m.running.body };
  if (kind === 'limit')
    return { title: m.limit.title, body: format(m.limit.body, { time: formatDuration(todayMs, page.language) }) };
  if (kind === 'quiet') {
    // The time may have just ended while the screen goes: its words stay until it does.
    const time = quietTimeAt(now, settings)?.time ?? { name: '', start: '', end: '' };
    return {
      title: format(m.quiet.title, { name: time.name }),
      body: format(m.quiet.body, { from: time.start, to: time.end }),
    };
  }
  return late ? m.sleepLate : m[kind];
}

/**
 * Words the page must not learn (today's total, whether a parent's PIN is set, the product's name): drawn
 * from an attribute by CSS, which find-in-page and `window.find()` do not search, while screen readers
 * still read them. The attribute is inside the closed shadow root, out of the page's reach.
 */
function Unsearchable({ text }: { text: string }) {
  return <span class="unsearchable" data-text={text} />;
}

/** A small note at the edge of the page, covering nothing of TikTok: a safety pass's time, or the limit near. */
function EdgeNote({ kind, text }: { kind: 'safety-running' | 'limit-soon'; text: string }) {
  return (
    <p class="edge-note" role="status" data-kind={kind}>
      {text}
    </p>
  );
}

/** Whole minutes left before the daily limit, rounded up: "5 minutes left", never "0". */
const minutesLeft = ({ limitAtMs, todayMs }: { limitAtMs?: number; todayMs: number }) =>
  Math.max(1, Math.ceil(((limitAtMs ?? todayMs) - todayMs) / 60_000));

function clock(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** What the reminders' layer shows: a reminder, the break's countdown, or the safety pass's note. */
export function ReminderScreen({ showing, ...props }: Omit<ReminderOverlayProps, 'kind'> & { showing: Showing }) {
  const m = props.copy.messages.reminder;
  return (
    <div class="root" data-theme={props.copy.theme}>
      {showing === 'safety-running' ? (
        <EdgeNote kind={showing} text={format(m.safetyRunning, { time: clock(props.state.safetyUntil - props.now) })} />
      ) : showing === 'limit-soon' ? (
        <EdgeNote kind={showing} text={plural(props.copy.language, minutesLeft(props), m.limitSoon)} />
      ) : (
        <ReminderOverlay kind={showing} {...props} />
      )}
    </div>
  );
}
