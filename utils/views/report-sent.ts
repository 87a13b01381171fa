import { findReportForm, isReportFinished } from './shared/report-dialog';
import { defineView } from './shared/view';

/** The report-sent view: the report dialog shows its last step ("Thanks for reporting" / Done). */
export const reportSent = defineView({
  id: 'report-sent',
  theme: 'reporting',
  holdsReminders: true,
  offersHelp: true,
  attention: 'always',
  detect(_url, doc, onScreen) {
    const form = findReportForm(doc, onScreen);
    return form && isReportFinished(form) ? form : null;
  },
  showMeTarget: () => null,
});
