import type { ViewId } from '../registry';
import type { Detector, OnScreen } from '../shared/view';
import { commentsFallback } from './comments';
import { messageRequestFallback, messagesFallback } from './messages';
import { reportFallback, reportSelfHarmFallback, reportSentFallback } from './report-dialog';
import { privacySettingsFallback, screenTimeSettingsFallback } from './settings';

/**
 * The fallback layer: each view read as a person reads it (roles, structure, TikTok's own words), asked
 * only for a view whose hooks found nothing. It comes with the UI file, so the sentinel every tab runs
 * stays small; the sentinel asks for it when the page shows what such a view needs (`mayNeedFallback`).
 * The comment filters have no hooks to lose: their own detector already reads their names.
 */
const BY_VIEW: Record<Exclude<ViewId, 'comment-filters'>, Detector> = {
  'report-sent': reportSentFallback,
  'report-self-harm': reportSelfHarmFallback,
  report: reportFallback,
  'message-request': messageRequestFallback,
  messages: messagesFallback,
  'privacy-settings': privacySettingsFallback,
  'screen-time-settings': screenTimeSettingsFallback,
  comments: commentsFallback,
};

export type Fallback = (id: ViewId, url: URL, doc: Document, onScreen: OnScreen) => Element | null;

export const fallback: Fallback = (id, url, doc, onScreen) =>
  id in BY_VIEW ? BY_VIEW[id as keyof typeof BY_VIEW](url, doc, onScreen) : null;
