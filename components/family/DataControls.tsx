import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { format, plural } from '@/utils/i18n/format';
import { sendToWorker as ask } from '@/utils/worker/client';
import type { FamilyModel } from './model';
import { lockReason, refusalText } from './refusal';

/** Export, import and delete, all done by the worker (the single writer); deleting asks first. */
export function DataControls({ model }: { model: FamilyModel }) {
  const status = useSignal('');
  const confirming = useSignal(false);
  const cancel = useRef<HTMLButtonElement>(null);
  const m = model.messages.value.data;
  // Asking to delete moves focus to the safe answer, as an alert dialog should.
  useEffect(() => {
    if (confirming.value) cancel.current?.focus();
  }, [confirming.value]);

  const exportData = async () => {
    const reply = await ask({ type: 'scrollwise/export' });
    if (!reply.ok) {
      status.value = refusalText(reply, model.messages.value);
      return;
    }
    const url = URL.createObjectURL(new Blob([JSON.stringify(reply.file, null, 2)], { type: 'application/json' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `scrollwise-${reply.file.exportedAt.slice(0, 10)}.json`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    status.value = format(m.exported, { file: link.download });
  };

  const importData = async (file: File | undefined) => {
    if (!file) return;
    const reply = await ask({ type: 'scrollwise/import', text: await file.text() });
    status.value = reply.ok
      ? `${plural(model.language.value, reply.days, m.importDone)} ${format(m.importCounts, {
          added: String(reply.added),
          updated: String(reply.updated),
          same: String(reply.same),
        })}`
      : refusalText(reply, model.messages.value);
  };

  const deleteAll = async () => {
    confirming.value = false;
    const reply = await ask({ type: 'scrollwise/delete-all' });
    status.value = reply.ok
      ? reply.elsewhere > 0
        ? plural(model.language.value, reply.elsewhere, m.deletedElsewhere)
        : m.deleted
      : refusalText(reply, model.messages.value);
    await model.refresh();
  };

  // Why a button is greyed: the lock that holds it, said beside the buttons and read with each of them.
  const why = lockReason(model);
  const reasonOf = (held: boolean) => (held && why ? 'data-locked' : undefined);
  return (
    <section class="data" aria-labelledby="data-title">
      <h2 id="data-title">{m.title}</h2>
      <div class="actions">
        <button
          type="button"
          class="secondary"
          disabled={model.pinLocked.value}
          aria-describedby={reasonOf(model.pinLocked.value)}
          onClick={exportData}
        >
          {m.export}
        </button>
        <label class={`secondary file${model.editable.value ? '' : ' disabled'}`}>
          {m.import}
          <input
            type="file"
            accept="application/json,.json"
            class="sr-only"
            data-testid="import-file"
            disabled={!model.editable.value}
            aria-describedby={reasonOf(!model.editable.value)}
            onChange={(event) => {
              void importData(event.currentTarget.files?.[0]);
              event.currentTarget.value = '';
            }}
          />
        </label>
        <button
          type="button"
          class="danger"
          disabled={!model.editable.value}
          aria-describedby={reasonOf(!model.editable.value)}
          onClick={() => (confirming.value = true)}
        >
          {m.delete}
        </button>
      </div>
      {!model.editable.value && why && (
        <p class="hint" id="data-locked" data-testid="data-locked">
          {why}
        </p>
      )}
      {confirming.value && (
        <div class="confirm" role="alertdialog" aria-labelledby="delete-question" aria-modal="false">
          <p id="delete-question">{m.deleteConfirm}</p>
          <div class="actions">
            <button type="button" class="danger" onClick={deleteAll}>
              {m.deleteYes}
            </button>
            <button type="button" class="secondary" ref={cancel} onClick={() => (confirming.value = false)}>
              {m.cancel}
            </button>
          </div>
        </div>
      )}
      <p class="status" role="status" aria-live="polite">
        {status.value}
      </p>
    </section>
  );
}
