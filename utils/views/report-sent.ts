import type { OnScreen } from './registry';
import { findReportForm, isReportFinished } from './report-dialog';

/** The report-sent view: the report dialog shows its last step ("Thanks for reporting" / Done). */
export function detectReportSent(_url: URL, doc: Document, onScreen: OnScreen): Element | null {
  const form = findReportForm(doc, onScreen);
  return form && isReportFinished(form) ? form : null;
}
