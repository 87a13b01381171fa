import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { FamilyModel } from '@/components/family/model';
import type { OptionsMessages } from '@/utils/i18n/pages';
import { whenThisWeek } from '@/utils/reminders/log';
import { loadReminderLog } from '@/utils/storage';

/**
 * For parents: when the limit screen's "Report or block someone" was used in the last 7 days. The teen
 * sees the same count in the popup. Nothing is shown when it was not used.
 */
export function SafetyPasses({ model, copy }: { model: FamilyModel; copy: OptionsMessages }) {
  const uses = useSignal<number[]>([]);
  useEffect(() => {
    const now = Date.now();
    void loadReminderLog(now).then((log) => {
      uses.value = whenThisWeek(log, now, 'safety');
    });
  }, [uses]);
  if (uses.value.length === 0) return null;
  const m = copy.options;
  const when = new Intl.DateTimeFormat(model.language.value, { dateStyle: 'long', timeStyle: 'short' });
  return (
    <section aria-labelledby="safety-title" data-testid="safety-passes-log">
      <h2 id="safety-title">{m.safetyTitle}</h2>
      <p>{m.safetyIntro}</p>
      <ul>
        {uses.value.map((at) => (
          <li key={at}>{when.format(at)}</li>
        ))}
      </ul>
    </section>
  );
}
