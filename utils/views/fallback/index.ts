import { type DetectedView, type ViewId, viewById } from '../registry';
import type { Detector, OnScreen, PageAddress } from '../shared/view';
import { commentFiltersByWords, filterToShow } from './comment-filters';
import { commentsFallback } from './comments';
import { feedControlToShow } from './feed';
import { messageRequestFallback, messagesFallback } from './messages';
import { reportFallback, reportSelfHarmFallback, reportSentFallback } from './report-dialog';
import { contentPreferencesFallback, privacySettingsFallback, screenTimeSettingsFallback } from './settings';

/**
 * The fallback layer: each view read as a person reads it (roles, structure, TikTok's own words), asked
 * only for a view whose hooks found nothing. It comes with the UI file, so the sentinel every tab runs
 * stays small; the sentinel asks for it when the page shows what such a view needs (`mayNeedFallback`).
 * The feed has no fallback: its one hook is the feed's video, which every feed script relies on.
 */
const BY_VIEW: Record<Exclude<ViewId, 'feed'>, Detector> = {
  'comment-filters': commentFiltersByWords,
  'report-sent': reportSentFallback,
  'report-self-harm': reportSelfHarmFallback,
  report: reportFallback,
  'message-request': messageRequestFallback,
  messages: messagesFallback,
  'privacy-settings': privacySettingsFallback,
  'screen-time-settings': screenTimeSettingsFallback,
  'content-preferences': contentPreferencesFallback,
  comments: commentsFallback,
};

export type Fallback = (id: ViewId, url: PageAddress, doc: Document, onScreen: OnScreen) => Element | null;

export const fallback: Fallback = (id, url, doc, onScreen) =>
  id in BY_VIEW ? BY_VIEW[id as keyof typeof BY_VIEW](url, doc, onScreen) : null;

/** "Show me" for the views whose control only words or the layout find: none is in the sentinel. */
export const SHOW_ME: Partial<Record<ViewId, (anchor: Element) => Element | null>> = {
  'comment-filters': filterToShow,
  feed: feedControlToShow,
};

/** TikTok's control a tip's "Show me" highlights: what words or layout find first, then the view's hooks. */
export const showMeTarget = (view: DetectedView): Element | null =>
  SHOW_ME[view.id]?.(view.anchor) ?? viewById(view.id).showMeTarget?.(view.anchor) ?? null;
