import { join, REPORT } from './selectors';
import { findReportForm, isReportFinished } from './shared/report-dialog';
import { defineView } from './shared/view';

/**
 * The report view: the report dialog is open on a reason, sub-reason or details step. On the "Suicide and
 * self-harm" reason, `report-self-harm` (read by the fallback layer) comes first and its tip shows.
 */
export const report = defineView({
  id: 'report',
  theme: 'reporting',
  holdsReminders: true,
  offersHelp: false,
  attention: 'always',
  detect(_url, doc, onScreen) {
    const form = findReportForm(doc, onScreen);
    return form && !isReportFinished(form) ? form : null;
  },
  // The box around all reason rows, or the form when the rows are not rendered.
  showMeTarget: (form) => form.querySelector(join(REPORT.reason))?.parentElement ?? form,
});
