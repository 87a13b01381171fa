import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { FamilyModel } from '@/components/family/model';
import type { OptionsMessages } from '@/utils/i18n/pages';
import { whenThisWeek } from '@/utils/reminders/log';
import { loadReminderLog } from '@/utils/storage';
import { WhenLog } from './WhenLog';

/**
 * For parents: when the limit screen's "Report or block someone" was used in the last 7 days. The teen
 * sees the same count in the popup.
 */
export function SafetyPasses({ model, copy }: { model: FamilyModel; copy: OptionsMessages }) {
  const uses = useSignal<number[]>([]);
  useEffect(() => {
    const now = Date.now();
    void loadReminderLog(now).then((log) => {
      uses.value = whenThisWeek(log, now, 'safety');
    });
  }, [uses]);
  const m = copy.options;
  return (
    <WhenLog
      id="safety-passes-log"
      title={m.safetyTitle}
      intro={m.safetyIntro}
      times={uses.value}
      language={model.language.value}
    />
  );
}
