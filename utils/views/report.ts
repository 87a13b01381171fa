import type { OnScreen } from './registry';
import { findReportForm, isReportFinished } from './report-dialog';

/** The report view: the report dialog is open on a reason, sub-reason or details step. */
export function detectReport(_url: URL, doc: Document, onScreen: OnScreen): Element | null {
  const form = findReportForm(doc, onScreen);
  return form && !isReportFinished(form) ? form : null;
}
