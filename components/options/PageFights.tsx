import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import type { FamilyModel } from '@/components/family/model';
import { format } from '@/utils/i18n/format';
import type { OptionsMessages } from '@/utils/i18n/pages';
import { pageFights } from '@/utils/storage';

/**
 * For parents: each time a TikTok page kept the limit screen from being seen and the browser took over
 * (the last 30 days). Nothing is shown when it never happened.
 */
export function PageFights({ model, copy }: { model: FamilyModel; copy: OptionsMessages }) {
  const fights = useSignal<number[]>([]);
  useEffect(() => {
    void pageFights.get().then((value) => {
      fights.value = value;
    });
    return pageFights.watch((value) => {
      fights.value = value;
    });
  }, [fights]);
  if (fights.value.length === 0) return null;
  const m = copy.options;
  const when = new Intl.DateTimeFormat(model.language.value, { dateStyle: 'long', timeStyle: 'short' });
  return (
    <section aria-labelledby="fights-title" data-testid="page-fights">
      <h2 id="fights-title">{m.fightsTitle}</h2>
      <p>{m.fightsIntro}</p>
      <ul>
        {[...fights.value].reverse().map((at) => (
          <li key={at}>{format(m.fightsLine, { date: when.format(at) })}</li>
        ))}
      </ul>
    </section>
  );
}
