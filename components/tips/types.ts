import type { HelplineContact } from '@/utils/helplines';
import type { Messages } from '@/utils/i18n';
import type { Language } from '@/utils/language';

/** What every tip is given by the content script. */
export interface TipProps {
  messages: Messages;
  language: Language;
  helpline: HelplineContact;
  /** Points at the control the tip talks about; absent when the page has no such control right now. */
  onShowMe?: () => void;
  onClose: () => void;
  onNever: () => void;
}
