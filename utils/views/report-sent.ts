import { findReportForm, isReportFinished, REPORT_HOOKS } from './shared/report-dialog';
import { defineView } from './shared/view';

/** The report-sent view: the report dialog shows its last step ("Thanks for reporting" / Done). */
export const reportSent = defineView({
  id: 'report-sent',
  theme: 'reporting',
  holdsReminders: true,
  offersHelp: true,
  attention: 'always',
  hooks: REPORT_HOOKS,
  detect(_url, doc, onScreen) {
    const form = findReportForm(doc, onScreen);
    return form && isReportFinished(form) ? form : null;
  },
  showMeTarget: () => null,
});
