import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { OptionsMessages } from '@/utils/i18n/pages';
import { DEVICE_NAME_MAX } from '@/utils/sharing';
import { thisDevice } from '@/utils/storage';
import { sendToWorker } from '@/utils/worker/client';
import type { FamilyModel } from './model';
import { lockReason, refusalText } from './refusal';
import { SharingStatus } from './SharingStatus';

/**
 * Family sharing on the options page: what it does, in plain words, before the switch; this computer's
 * name; which computers count now; what each browser needs. Behind the parent lock like every setting.
 */
export function FamilySharing({ model, copy }: { model: FamilyModel; copy: OptionsMessages }) {
  const status = useSignal('');
  const name = useSignal('');
  useEffect(() => {
    const read = () => void thisDevice.get().then((device) => (name.value = device?.name ?? ''));
    read();
    return thisDevice.watch(read);
  }, [name]);
  const loaded = model.loaded.value;
  if (!loaded) return null;
  const m = model.messages.value;
  const s = copy.familySharing;
  const managed = 'familySharing' in loaded.policy.values;
  const disabled = !model.editable.value || managed;
  const toggle = async (on: boolean) => {
    // Shown at once; storage confirms it (or a refusal restores what is saved).
    model.loaded.value = { ...loaded, settings: { ...loaded.settings, familySharing: on } };
    const reply = await sendToWorker({ type: 'scrollwise/save-setting', field: 'familySharing', value: on });
    if (!reply.ok) await model.refresh();
    status.value = reply.ok ? m.settings.saved : refusalText(reply, m);
  };
  const rename = async (event: Event) => {
    event.preventDefault();
    const reply = await sendToWorker({ type: 'scrollwise/name-device', name: name.value });
    status.value = reply.ok ? s.nameSaved : refusalText(reply, m);
  };
  return (
    <section class="family-sharing" aria-labelledby="sharing-title" data-testid="family-sharing">
      <h2 id="sharing-title">{s.title}</h2>
      <p id="sharing-what">{s.what}</p>
      {lockReason(model) && <p class="hint">{lockReason(model)}</p>}
      <label class="check">
        <input
          type="checkbox"
          name="family-sharing"
          checked={loaded.settings.familySharing}
          disabled={disabled}
          aria-describedby="sharing-what"
          onChange={(event) => void toggle(event.currentTarget.checked)}
        />
        {s.on}
        {managed && <span class="managed-note"> ({m.settings.setByAdmin})</span>}
      </label>
      {loaded.settings.familySharing && (
        <form onSubmit={rename} class="field">
          <label for="device-name">{s.name}</label>
          <input
            id="device-name"
            type="text"
            maxLength={DEVICE_NAME_MAX}
            value={name.value}
            disabled={!model.editable.value}
            onInput={(event) => {
              name.value = event.currentTarget.value;
            }}
          />
          <button type="submit" class="secondary" disabled={!model.editable.value}>
            {s.saveName}
          </button>
        </form>
      )}
      {loaded.settings.familySharing ? <SharingStatus model={model} /> : <p class="hint">{s.off}</p>}
      <p class="hint">{s.browsers}</p>
      <p class="status" role="status" aria-live="polite">
        {status.value}
      </p>
    </section>
  );
}
