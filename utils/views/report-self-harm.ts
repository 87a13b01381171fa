import { findReportForm, isReportFinished, isSelfHarmChosen, REPORT_HOOKS } from './shared/report-dialog';
import { defineView } from './shared/view';

/**
 * The report-self-harm view: the report dialog, before it is sent, on the "Suicide and self-harm" reason.
 * A teen reporting it may be worried for a friend, or be the one who is struggling: its tip offers the
 * country's crisis line, day and night.
 */
export const reportSelfHarm = defineView({
  id: 'report-self-harm',
  theme: 'reporting',
  holdsReminders: true,
  offersHelp: true,
  attention: 'always',
  hooks: REPORT_HOOKS,
  detect(_url, doc, onScreen) {
    const form = findReportForm(doc, onScreen);
    return form && !isReportFinished(form) && isSelfHarmChosen(form) ? form : null;
  },
  showMeTarget: () => null,
});
