import { useSignal } from '@preact/signals';
import { isAcceptableSecret } from '@/utils/lock/pin';
import type { WorkerFailure } from '@/utils/requests';
import { sendToWorker } from '@/utils/worker/client';
import type { FamilyModel } from './model';
import { refusalText } from './refusal';
import { SecretField } from './SecretField';

/**
 * Unlock, set, change or remove the parent PIN. `compact` (the popup) offers only unlocking; the options
 * page offers everything. The worker checks and stores every PIN, one request at a time, so the back-off
 * holds whatever pages are open. Hashing takes a moment on purpose (600,000 PBKDF2 rounds): a status says so.
 */
export function ParentLockPanel({
  model,
  compact = false,
  embedded = false,
}: {
  model: FamilyModel;
  compact?: boolean;
  /** Inside the welcome page's step, which has its own heading. */
  embedded?: boolean;
}) {
  const secret = useSignal('');
  const confirm = useSignal('');
  const message = useSignal('');
  const busy = useSignal(false);
  const lock = model.lock.value;
  if (!lock) return null;
  const m = model.messages.value.lock;
  const hasPin = lock.state.pin !== null;

  const unlock = async (event: Event) => {
    event.preventDefault();
    busy.value = true;
    message.value = m.working;
    const reply = await sendToWorker({ type: 'scrollwise/unlock', secret: secret.value });
    busy.value = false;
    secret.value = '';
    message.value = reply.ok ? m.unlocked : refusal(reply);
    await model.refresh();
  };

  const refusal = (reply: WorkerFailure) => refusalText(reply, model.messages.value);

  const setPin = async (event: Event) => {
    event.preventDefault();
    if (!isAcceptableSecret(secret.value)) {
      message.value = m.weak;
      return;
    }
    if (secret.value !== confirm.value) {
      message.value = m.mismatch;
      return;
    }
    busy.value = true;
    message.value = m.working;
    const reply = await sendToWorker({ type: 'scrollwise/set-pin', secret: secret.value });
    busy.value = false;
    secret.value = '';
    confirm.value = '';
    message.value = reply.ok ? m.on : refusal(reply);
    await model.refresh();
  };

  const remove = async () => {
    const reply = await sendToWorker({ type: 'scrollwise/remove-pin' });
    message.value = reply.ok ? m.off : refusal(reply);
    await model.refresh();
  };

  /** For a browser policy's `parentPin`: the record (a hash, never the PIN), only while unlocked. */
  const copyRecord = async () => {
    const reply = await sendToWorker({ type: 'scrollwise/pin-record' });
    if (!reply.ok) {
      message.value = refusal(reply);
      return;
    }
    await navigator.clipboard.writeText(JSON.stringify(reply.pinRecord));
    message.value = m.copied;
  };

  const lockNow = async () => {
    const reply = await sendToWorker({ type: 'scrollwise/lock-now' });
    if (!reply.ok) message.value = refusal(reply);
    await model.refresh();
  };

  return (
    <section class="lock" aria-labelledby={embedded ? 'lock-step-title' : 'lock-title'}>
      {!embedded && <h2 id="lock-title">{m.title}</h2>}
      {/* While locked, the lock badge already says so: said once. */}
      {!model.lock.value?.locked && <p>{lock.fromPolicy ? m.policy : hasPin ? m.on : m.off}</p>}
      {model.pinLocked.value ? (
        <form onSubmit={unlock}>
          <SecretField id="unlock-secret" label={m.unlock} value={secret} />
          <button type="submit" class="primary" disabled={busy.value}>
            {m.unlockButton}
          </button>
        </form>
      ) : (
        !compact &&
        !lock.fromPolicy && (
          <form onSubmit={setPin}>
            <h3>{hasPin ? m.change : m.set}</h3>
            <SecretField id="new-secret" label={m.secret} value={secret} />
            <SecretField id="confirm-secret" label={m.confirm} value={confirm} />
            <div class="actions">
              <button type="submit" class="primary" disabled={busy.value}>
                {m.save}
              </button>
              {hasPin && (
                <button type="button" class="secondary" onClick={remove}>
                  {m.remove}
                </button>
              )}
              {hasPin && (
                <button type="button" class="secondary" onClick={copyRecord}>
                  {m.copyRecord}
                </button>
              )}
            </div>
          </form>
        )
      )}
      {hasPin && !model.pinLocked.value && (
        <button type="button" class="secondary" onClick={lockNow}>
          {m.lockNow}
        </button>
      )}
      <p class="status" role="status" aria-live="polite">
        {message.value}
      </p>
      {hasPin && !lock.fromPolicy && !compact && (
        <details class="forgot">
          <summary>{m.forgotTitle}</summary>
          <p class="hint">{m.forgot}</p>
        </details>
      )}
    </section>
  );
}
