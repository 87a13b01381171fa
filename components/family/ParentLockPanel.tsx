import { useSignal } from '@preact/signals';
import { createPinRecord, isAcceptableSecret, tryUnlock } from '@/utils/parent-lock';
import { loadLock, saveLock, saveLockAttempts, unlockedUntilItem } from '@/utils/storage';
import type { FamilyModel } from './model';

const UNLOCK_MS = 5 * 60_000;

/**
 * Unlock, set, change or remove the parent PIN. `compact` (the popup) offers only unlocking; the options
 * page offers everything. Hashing takes a moment on purpose (600,000 PBKDF2 rounds): a status says so.
 */
export function ParentLockPanel({ model, compact = false }: { model: FamilyModel; compact?: boolean }) {
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
    const { state } = await loadLock();
    const attempt = await tryUnlock(state, secret.value, Date.now());
    await saveLockAttempts(attempt.state);
    busy.value = false;
    secret.value = '';
    if (attempt.result === 'ok') {
      await unlockedUntilItem.setValue(Date.now() + UNLOCK_MS);
      message.value = m.unlocked;
    } else if (attempt.result === 'wait' || attempt.state.waitUntil > Date.now()) {
      message.value = m.waitSeconds.replace(
        '{seconds}',
        String(Math.ceil((attempt.state.waitUntil - Date.now()) / 1000)),
      );
    } else message.value = m.wrong;
    await model.refresh();
  };

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
    const pin = await createPinRecord(secret.value);
    await saveLock({ v: 1, pin, failures: 0, waitUntil: 0 });
    await unlockedUntilItem.setValue(0);
    busy.value = false;
    secret.value = '';
    confirm.value = '';
    message.value = m.on;
    await model.refresh();
  };

  const remove = async () => {
    await saveLock({ v: 1, pin: null, failures: 0, waitUntil: 0 });
    message.value = m.off;
    await model.refresh();
  };

  const lockNow = async () => {
    await unlockedUntilItem.setValue(0);
    await model.refresh();
  };

  const secretInput = (id: string, label: string, value: typeof secret) => (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="password"
        autocomplete="off"
        value={value.value}
        onInput={(event) => {
          value.value = event.currentTarget.value;
        }}
      />
    </div>
  );

  return (
    <section class="lock" aria-labelledby="lock-title">
      <h2 id="lock-title">{m.title}</h2>
      <p>{lock.fromPolicy ? m.policy : hasPin ? m.on : m.off}</p>
      {model.locked.value ? (
        <form onSubmit={unlock}>
          {secretInput('unlock-secret', m.unlock, secret)}
          <button type="submit" class="primary" disabled={busy.value}>
            {m.unlockButton}
          </button>
        </form>
      ) : (
        !compact &&
        !lock.fromPolicy && (
          <form onSubmit={setPin}>
            <h3>{hasPin ? m.change : m.set}</h3>
            {secretInput('new-secret', m.secret, secret)}
            {secretInput('confirm-secret', m.confirm, confirm)}
            <div class="actions">
              <button type="submit" class="primary" disabled={busy.value}>
                {m.save}
              </button>
              {hasPin && (
                <button type="button" class="secondary" onClick={remove}>
                  {m.remove}
                </button>
              )}
            </div>
          </form>
        )
      )}
      {hasPin && !model.locked.value && (
        <button type="button" class="secondary" onClick={lockNow}>
          {m.lockNow}
        </button>
      )}
      <p class="status" role="status" aria-live="polite">
        {message.value}
      </p>
      {hasPin && !lock.fromPolicy && <p class="hint">{m.forgot}</p>}
    </section>
  );
}
