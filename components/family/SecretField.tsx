import type { Signal } from '@preact/signals';

/** A PIN or passphrase field, typed only on Scrollwise's own pages; the value lives in the caller's signal. */
export function SecretField({ id, label, value }: { id: string; label: string; value: Signal<string> }) {
  return (
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
}
