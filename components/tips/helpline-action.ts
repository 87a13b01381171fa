import type { HelplineContact } from '@/utils/helplines';
import type { Messages } from '@/utils/i18n';
import { helplineLabel } from '../helpline-text';
import type { TipAction } from '../TipCard';

/**
 * A helpline's one action: the page it opens (its chat, its site, or the directory of national helplines
 * where it has none), in a new tab: the teen's own navigation.
 */
export const helplineAction = (
  helpline: Pick<HelplineContact, 'name' | 'link'>,
  copy: Messages['helpline'],
): TipAction => ({
  kind: 'link',
  label: helplineLabel(helpline, copy),
  href: helpline.link.url,
});
