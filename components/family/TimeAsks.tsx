import { type Signal, useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { ASK_MINUTES, ASK_REASON_MAX, type AskMinutes, pendingAsk, type TimeAsk } from '@/utils/asks';
import { askCopy } from '@/utils/i18n/asks';
import { format } from '@/utils/i18n/format';
import { keepRecent } from '@/utils/reminders/log';
import type { WorkerFailure } from '@/utils/requests';
import { timeAsks } from '@/utils/storage';
import { dayKeyOf } from '@/utils/tracking/calendar';
import { sendToWorker } from '@/utils/worker/client';
import type { FamilyModel } from './model';
import { refusalText } from './refusal';
import { SecretField } from './SecretField';
import { useFamilyDevices } from './SharingStatus';
import { dateName } from './week-days';

/** The asks for more time as stored, followed live (an answer given in another window shows at once). */
export function useTimeAsks(): Signal<TimeAsk[]> {
  const asks = useSignal<TimeAsk[]>([]);
  useEffect(() => {
    const read = () => void timeAsks.get().then((list) => (asks.value = list));
    read();
    return timeAsks.watch(read);
  }, [asks]);
  return asks;
}

/** A refusal of an ask or an answer, in words: the ask's own reasons first, then the lock's. */
function askRefusal(reply: WorkerFailure, model: FamilyModel): string {
  const { refusals } = askCopy[model.language.value];
  return reply.error in refusals
    ? refusals[reply.error as keyof typeof refusals]
    : refusalText(reply, model.messages.value);
}

const clockTime = (at: number, language: string) =>
  new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit' }).format(at);

/**
 * The teen's side, in the extension's window: how long (15 or 30 minutes) and why, if they like. Sent to
 * the worker, which keeps it for a parent's answer.
 */
export function AskForm({ model }: { model: FamilyModel }) {
  const m = askCopy[model.language.value];
  const minutes = useSignal<AskMinutes>(ASK_MINUTES[0]);
  const reason = useSignal('');
  const status = useSignal('');
  const send = async (event: Event) => {
    event.preventDefault();
    const reply = await sendToWorker({ type: 'scrollwise/ask-time', minutes: minutes.value, reason: reason.value });
    status.value = reply.ok ? '' : askRefusal(reply, model);
  };
  return (
    <form onSubmit={send} data-testid="ask-form">
      <p>{m.intro}</p>
      <fieldset>
        <legend>{m.title}</legend>
        {ASK_MINUTES.map((each) => (
          <label class="check" key={each}>
            <input
              type="radio"
              name="ask-minutes"
              value={each}
              checked={minutes.value === each}
              onChange={() => {
                minutes.value = each;
              }}
            />
            {format(m.minutes, { count: String(each) })}
          </label>
        ))}
      </fieldset>
      <div class="field">
        <label for="ask-reason">{m.reason}</label>
        <input
          id="ask-reason"
          type="text"
          maxLength={ASK_REASON_MAX}
          value={reason.value}
          onInput={(event) => {
            reason.value = event.currentTarget.value;
          }}
        />
      </div>
      <button type="submit" class="primary">
        {m.send}
      </button>
      <p class="status" role="status" aria-live="polite">
        {status.value}
      </p>
    </form>
  );
}

/**
 * A parent's side: the ask waiting today, with the PIN (when one is set) and Yes / No. The worker checks
 * the PIN with the lock's back-off, and gives exactly the time asked from the moment of the answer.
 */
export function AskAnswer({ model, ask, from }: { model: FamilyModel; ask: TimeAsk; from?: string }) {
  const m = askCopy[model.language.value];
  const language = model.language.value;
  const secret = useSignal('');
  const status = useSignal('');
  const busy = useSignal(false);
  const pinSet = model.lock.value?.state.pin != null;
  const answer = async (approve: boolean) => {
    busy.value = true;
    const reply = await sendToWorker({ type: 'scrollwise/answer-ask', id: ask.id, approve, secret: secret.value });
    busy.value = false;
    secret.value = '';
    status.value = reply.ok
      ? approve
        ? format(m.approved, { minutes: String(ask.minutes) })
        : m.declined
      : askRefusal(reply, model);
  };
  const minutes = String(ask.minutes);
  const waiting = format(m.waiting, { minutes, time: clockTime(ask.at, language) });
  return (
    <section class="ask-answer" aria-labelledby={`ask-waiting-${ask.id}`} data-testid="ask-answer">
      <p id={`ask-waiting-${ask.id}`}>{from === undefined ? waiting : format(m.from, { computer: from, waiting })}</p>
      {ask.reason && <p class="ask-reason">{format(m.because, { reason: ask.reason })}</p>}
      {pinSet ? <SecretField id="ask-secret" label={m.pin} value={secret} /> : <p class="hint">{m.noPin}</p>}
      <div class="choices">
        <button type="button" class="primary" disabled={busy.value} onClick={() => answer(true)}>
          {format(m.approve, { minutes })}
        </button>
        <button type="button" class="secondary" disabled={busy.value} onClick={() => answer(false)}>
          {m.decline}
        </button>
      </div>
      <p class="status" role="status" aria-live="polite">
        {status.value}
      </p>
    </section>
  );
}

/** The window's ask: the one waiting today, else the teen's form; an answer given shows as the status. */
export function AskPanel({ model }: { model: FamilyModel }) {
  const asks = useTimeAsks();
  const loaded = model.loaded.value;
  if (!loaded) return null;
  const waiting = pendingAsk(asks.value, dayKeyOf(model.now.value, loaded.settings.dayStartHour));
  return waiting ? <AskAnswer model={model} ask={waiting} /> : <AskForm model={model} />;
}

/**
 * Every ask of the last 14 days and its answer, newest first: the same list for the teen (popup) and the
 * parents (options page), where today's waiting ask can be answered too.
 */
export function AsksLog({ model, answerable = false }: { model: FamilyModel; answerable?: boolean }) {
  const asks = useTimeAsks();
  const family = useFamilyDevices(model);
  const m = askCopy[model.language.value];
  const language = model.language.value;
  const loaded = model.loaded.value;
  if (!loaded) return null;
  const recent = keepRecent(asks.value, model.now.value).sort((a, b) => b.at - a.at);
  const waiting = pendingAsk(recent, dayKeyOf(model.now.value, loaded.settings.dayStartHour));
  // With family sharing, asks made on the family's other computers wait here too.
  const elsewhere = family.devices.flatMap(({ record }) =>
    record.ask && record.ask.answer === null ? [{ ask: record.ask, from: record.name }] : [],
  );
  return (
    <section class="asks" aria-labelledby="asks-title" data-testid="asks-log">
      <h2 id="asks-title">{m.logTitle}</h2>
      {answerable && waiting && <AskAnswer model={model} ask={waiting} />}
      {answerable && elsewhere.map(({ ask, from }) => <AskAnswer key={ask.id} model={model} ask={ask} from={from} />)}
      {recent.length === 0 ? (
        <p class="hint">{m.logNone}</p>
      ) : (
        <ul>
          {recent.map((ask) => (
            <li key={ask.id} data-answer={ask.answer ?? 'waiting'}>
              {format(m.logEntry, {
                date: dateName(language, ask.day),
                time: clockTime(ask.at, language),
                minutes: String(ask.minutes),
              })}{' '}
              ({m.answers[ask.answer ?? 'waiting']}){ask.reason && <> · “{ask.reason}”</>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
