import { formatDuration } from '@/utils/duration';
import type { HelplineContact } from '@/utils/helplines';
import { format, type Messages } from '@/utils/i18n';
import type { Language } from '@/utils/language';
import type { PageCopy } from '@/utils/page-copy';
import {
  type ReminderChoice,
  type ReminderKind,
  type ReminderState,
  SAFETY_PASSES_PER_DAY,
  safetyPassAvailable,
} from '@/utils/reminders/decide';
import { pauseLeftSeconds, type Showing } from '@/utils/reminders/session';
import { helplineLabel, phoneLine } from '../helpline-text';

export interface ReminderOverlayProps {
  kind: ReminderKind | 'break-running';
  messages: Messages;
  language: Language;
  todayMs: number;
  /** Time left in a running break (ms). */
  breakLeftMs: number;
  /** Seconds left before the daily limit's options unlock. */
  pauseLeftS: number;
  extraAvailable: boolean;
  needsPin: boolean;
  /** The teen's helpline, always offered on the limit and break screens, where someone may be struggling. */
  helpline: HelplineContact;
  /** Safety passes left today (report or block someone); 0 hides the choice. */
  safetyLeft: number;
  error: string;
  busy: boolean;
  onChoice: (choice: ReminderChoice | 'safety') => void;
}

/**
 * The screen-time overlay. A modal dialog that keeps focus inside while open (the caller moves focus in
 * and restores it), covers TikTok without touching it, and never uses alarming colours or counts against
 * the teen. Written without hooks, which keeps them out of the content script.
 */
export function ReminderOverlay(props: ReminderOverlayProps) {
  const { kind, messages, language } = props;
  const m = messages.reminder;
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

  const copy =
    kind === 'break-running'
      ? { title: m.running.title, body: m.running.body }
      : kind === 'limit'
        ? { title: m.limit.title, body: format(m.limit.body, { time: formatDuration(props.todayMs, language) }) }
        : m[kind];
  const locked = kind === 'limit' && props.pauseLeftS > 0;

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
        <p class="badge">{m.label}</p>
        <h2 id="reminder-title" tabIndex={-1}>
          {copy.title}
        </h2>
        <p id="reminder-body">{copy.body}</p>
        {kind === 'break-running' && (
          <p class="countdown" role="timer" aria-live="off">
            {format(m.running.left, { time: clock(props.breakLeftMs) })}
          </p>
        )}
        {locked && (
          <p class="countdown" data-testid="pause" aria-live="polite">
            {format(m.limit.pause, { seconds: String(props.pauseLeftS) })}
          </p>
        )}
        {kind === 'limit' && !props.extraAvailable && <p class="hint">{m.limit.extraUsed}</p>}
        {kind === 'limit' && props.extraAvailable && props.needsPin && <p class="hint">{m.limit.pin}</p>}
        {kind === 'limit' && props.safetyLeft > 0 && (
          <p class="hint">{format(m.limit.safetyLeft, { count: String(props.safetyLeft) })}</p>
        )}
        {props.error && (
          <p class="error" role="alert">
            {props.error}
          </p>
        )}
        <div class="choices">
          {(kind === 'break' || kind === 'sleep') && (
            <button type="button" class="primary" data-choice="break" onClick={onChoice('break')}>
              {m.takeBreak}
            </button>
          )}
          <button
            type="button"
            class={kind === 'limit' ? 'primary' : 'secondary'}
            data-choice="close"
            disabled={locked}
            onClick={onChoice('close')}
          >
            {m.close}
          </button>
          {(kind === 'break' || kind === 'sleep') && (
            <button type="button" class="secondary" data-choice="continue" onClick={onChoice('continue')}>
              {m.continue}
            </button>
          )}
          {kind === 'limit' && props.extraAvailable && (
            <button
              type="button"
              class="secondary"
              data-choice="extra"
              disabled={locked || props.busy}
              onClick={onChoice('extra')}
            >
              {m.extra}
            </button>
          )}
          {kind === 'limit' && props.safetyLeft > 0 && (
            <button
              type="button"
              class="secondary"
              data-choice="safety"
              disabled={props.busy}
              onClick={onChoice('safety')}
            >
              {m.limit.safety}
            </button>
          )}
        </div>
        <p class="hint need-talk">
          {m.needTalk}{' '}
          <a href={props.helpline.link.url} target="_blank" rel="noopener noreferrer">
            {helplineLabel(props.helpline, messages.helpline)}
          </a>
          {props.helpline.phone && <> · {phoneLine(props.helpline.phone, messages.helpline)}</>}
        </p>
      </div>
    </div>
  );
}

/** While a safety pass runs: a small note at the edge of the page, nothing that covers TikTok. */
export function SafetyNote({ messages, leftMs }: { messages: Messages; leftMs: number }) {
  return (
    <p class="safety-note" role="status" data-kind="safety-running">
      {format(messages.reminder.safetyRunning, { time: clock(leftMs) })}
    </p>
  );
}

function clock(ms: number): string {
  const seconds = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

export interface ReminderScreenProps {
  showing: Showing;
  /** When this reminder came up: the limit's pause counts from it. */
  since: number;
  now: number;
  state: ReminderState;
  copy: PageCopy;
  todayMs: number;
  needsPin: boolean;
  error: string;
  busy: boolean;
  onChoice: (choice: ReminderChoice | 'safety') => void;
}

/** What the reminders' layer shows: a reminder, the break's countdown, or the safety pass's note. */
export function ReminderScreen(props: ReminderScreenProps) {
  const { showing, now, state, copy } = props;
  return (
    <div class="root" data-theme={copy.theme}>
      {showing === 'safety-running' ? (
        <SafetyNote messages={copy.messages} leftMs={state.safetyUntil - now} />
      ) : (
        <ReminderOverlay
          kind={showing}
          messages={copy.messages}
          language={copy.language}
          todayMs={props.todayMs}
          breakLeftMs={state.breakUntil - now}
          pauseLeftS={pauseLeftSeconds(props.since, now)}
          extraAvailable={!state.extraTaken}
          needsPin={props.needsPin}
          helpline={copy.helpline}
          safetyLeft={safetyPassAvailable(state, now) ? SAFETY_PASSES_PER_DAY - state.safetyPasses : 0}
          error={props.error}
          busy={props.busy}
          onChoice={props.onChoice}
        />
      )}
    </div>
  );
}
