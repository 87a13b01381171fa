import { useSignal } from '@preact/signals';
import { useEffect, useMemo } from 'preact/hooks';
import { askCopy } from '@/utils/i18n/asks';
import { sendToWorker } from '@/utils/worker/client';
import { createFamilyModel } from './model';
import { refusalText } from './refusal';
import { SecretField } from './SecretField';
import { AskPanel } from './TimeAsks';

/**
 * The small window "5 more minutes" opens under a parent lock. The PIN is typed here, on the extension's
 * own page, never in TikTok's, where the page's scripts could read the field or the keys. The worker
 * checks it; the TikTok tab's limit lifts when the worker grants the time.
 */
export function ExtraTimeApp() {
  const model = useMemo(createFamilyModel, []);
  useEffect(() => model.start(), [model]);
  const secret = useSignal('');
  const status = useSignal('');
  const busy = useSignal(false);
  const done = useSignal(false);
  const m = model.messages.value;
  const askTitle = askCopy[model.language.value].title;
  // Opened from "Ask for more time": the teen asks here, and a parent answers here.
  const asking = location.hash === '#ask';
  useEffect(() => {
    document.title = asking ? askTitle : m.extra.title;
    document.documentElement.lang = model.language.value;
  });
  if (asking)
    return (
      <main class="options extra" lang={model.language.value}>
        <h1>{askTitle}</h1>
        <AskPanel model={model} />
        <button type="button" class="secondary" onClick={() => window.close()}>
          {m.extra.close}
        </button>
      </main>
    );

  const grant = async (event: Event) => {
    event.preventDefault();
    busy.value = true;
    status.value = m.lock.working;
    const reply = await sendToWorker({ type: 'scrollwise/grant-extra', secret: secret.value });
    busy.value = false;
    secret.value = '';
    done.value = reply.ok;
    status.value = reply.ok ? m.extra.granted : refusalText(reply, m);
  };

  return (
    <main class="options extra" lang={model.language.value}>
      <h1>{m.extra.title}</h1>
      <p>{m.extra.body}</p>
      {!done.value && (
        <form onSubmit={grant}>
          <SecretField id="extra-secret" label={m.extra.pin} value={secret} />
          <button type="submit" class="primary" disabled={busy.value}>
            {m.extra.grant}
          </button>
        </form>
      )}
      <p class="status" role="status" aria-live="polite">
        {status.value}
      </p>
      <button type="button" class="secondary" onClick={() => window.close()}>
        {m.extra.close}
      </button>
    </main>
  );
}
