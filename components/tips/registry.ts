import type { FunctionComponent } from 'preact';
import type { ViewId } from '@/utils/views/registry';
import { CommentFiltersTip } from './comment-filters';
import { CommentsTip } from './comments';
import { ContentPreferencesTip } from './content-preferences';
import { FeedTip } from './feed';
import { MessageRequestTip } from './message-request';
import { MessagesTip } from './messages';
import { PrivacySettingsTip } from './privacy-settings';
import { ReportTip } from './report';
import { ReportSelfHarmTip } from './report-self-harm';
import { ReportSentTip } from './report-sent';
import { ScreenTimeSettingsTip } from './screen-time-settings';
import type { TipProps } from './types';

/** The tip for each view; a view without a tip fails to type-check. */
export const TIPS: Record<ViewId, FunctionComponent<TipProps>> = {
  comments: CommentsTip,
  report: ReportTip,
  'report-sent': ReportSentTip,
  'privacy-settings': PrivacySettingsTip,
  'screen-time-settings': ScreenTimeSettingsTip,
  messages: MessagesTip,
  'message-request': MessageRequestTip,
  'comment-filters': CommentFiltersTip,
  'report-self-harm': ReportSelfHarmTip,
  'content-preferences': ContentPreferencesTip,
  feed: FeedTip,
};
