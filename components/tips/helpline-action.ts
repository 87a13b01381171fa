import { type Helpline, helplinePage } from '@/utils/helplines';
import { format } from '@/utils/i18n';
import type { TipAction } from '../TipCard';

/**
 * A tip's helpline action. On a computer a phone-number link usually does nothing, so it opens a web page
 * in a new tab (the teen's own navigation): the helpline's site, or the directory of national helplines
 * where we know none.
 */
export const helplineAction = (
  helpline: Helpline,
  copy: { actionOnline: string; actionDirectory: string },
): TipAction => ({
  kind: 'link',
  label: format(helpline.url ? copy.actionOnline : copy.actionDirectory, { helpline: helpline.name }),
  href: helplinePage(helpline),
});
