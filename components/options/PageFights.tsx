import type { FamilyModel } from '@/components/family/model';
import { useStored } from '@/components/family/use-stored';
import { format } from '@/utils/i18n/format';
import type { OptionsMessages } from '@/utils/i18n/pages';
import { pageFights } from '@/utils/storage';
import { WhenLog } from './WhenLog';

/**
 * For parents: each time a TikTok page kept the limit screen from being seen and the browser took over
 * (the last 30 days).
 */
export function PageFights({ model, copy }: { model: FamilyModel; copy: OptionsMessages }) {
  const fights = useStored(pageFights, []);
  const m = copy.options;
  return (
    <WhenLog
      id="page-fights"
      title={m.fightsTitle}
      intro={m.fightsIntro}
      times={fights.value}
      language={model.language.value}
      line={(date) => format(m.fightsLine, { date })}
    />
  );
}
