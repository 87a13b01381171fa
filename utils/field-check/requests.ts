import { type FieldReport, isFieldReport } from '../views/field-check';
import { noBody, request } from '../worker/define';

export const fieldCheckRequests = {
  /** What the most recently used TikTok tab recognizes; null when no TikTok tab answered. */
  'scrollwise/field-check': request({
    from: 'page',
    parse: noBody,
    queued: false,
    run: async (context): Promise<{ ok: true; report: FieldReport | null }> => {
      const report = await context.checkTikTokTab();
      return { ok: true, report: isFieldReport(report) ? report : null };
    },
  }),
};
