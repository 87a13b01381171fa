import type { Cell } from '@/utils/content/cell';
import type { UiServices } from '../tiktok/ui-contract';

/** What the UI file's parts share: the sentinel's services, and what the tips tell the reminders. */
export interface UiParts extends UiServices {
  /** TikTok's report flow (or its tip) is on screen: a reminder waits for it. */
  reportOpen: Cell<boolean>;
}
