import type { TipTheme } from './settings';
import type { ViewId } from './views/registry';

/** Which settings switch controls each view's tip. */
export const THEME_OF_VIEW: Record<ViewId, TipTheme> = {
  comments: 'comments',
  report: 'reporting',
  'report-sent': 'reporting',
  'privacy-settings': 'privacy',
  'screen-time-settings': 'screenTime',
};
