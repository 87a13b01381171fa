import { useSignal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { fieldCheckText } from '@/utils/field-check/text';
import type { OptionsMessages } from '@/utils/i18n/pages';
import { viewLastSeen } from '@/utils/storage';
import { sendToWorker } from '@/utils/worker/client';

/**
 * "Check TikTok": for someone with a live account, what Scrollwise recognizes on the TikTok tab in use,
 * hook by hook, as one plain-text block for a bug report. Nothing leaves the computer unless they paste it.
 */
export function FieldCheck({ copy: words }: { copy: OptionsMessages }) {
  const text = useSignal('');
  const copied = useSignal(false);
  const m = words.check;

  const check = async () => {
    // Cleared first, so an old result is never taken for the new one.
    text.value = '';
    const [reply, lastSeen] = await Promise.all([sendToWorker({ type: 'scrollwise/field-check' }), viewLastSeen.get()]);
    copied.value = false;
    text.value = fieldCheckText(reply.ok ? reply.report : null, {
      version: browser.runtime.getManifest().version,
      browser: navigator.userAgent.match(/(Firefox|Edg|Chrome)\/[\d.]+/)?.[0] ?? 'browser',
      now: Date.now(),
      lastSeen,
    });
  };

  const copy = async () => {
    await navigator.clipboard.writeText(text.value);
    copied.value = true;
  };

  return (
    <section id="check-tiktok" aria-labelledby="check-title">
      <h2 id="check-title">{m.title}</h2>
      <p>{m.intro}</p>
      <div class="actions">
        <button type="button" class="secondary" onClick={check} data-testid="field-check">
          {m.run}
        </button>
        {text.value && (
          <button type="button" class="secondary" onClick={copy}>
            {copied.value ? m.copied : m.copy}
          </button>
        )}
      </div>
      {text.value && (
        <textarea
          class="field-check"
          readOnly
          rows={14}
          aria-label={m.result}
          data-testid="field-check-text"
          value={text.value}
        />
      )}
    </section>
  );
}
