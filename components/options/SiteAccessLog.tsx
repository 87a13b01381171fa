import type { FamilyModel } from '@/components/family/model';
import { useStored } from '@/components/family/use-stored';
import { siteAccessCopy } from '@/utils/i18n/site-access';
import { siteAccess } from '@/utils/storage/access';
import { WhenLog } from './WhenLog';

const NEVER = { on: true, offAt: [] };

/** For parents: each time Scrollwise's access to TikTok was turned off in the browser (the last 30 days). */
export function SiteAccessLog({ model }: { model: FamilyModel }) {
  const access = useStored(siteAccess, NEVER);
  const m = siteAccessCopy[model.language.value];
  return (
    <WhenLog
      id="site-access-log"
      title={m.logTitle}
      intro={m.logIntro}
      times={access.value.offAt}
      language={model.language.value}
    />
  );
}
