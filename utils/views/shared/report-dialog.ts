import { join, REPORT, type SelectorList } from '../selectors';
import { firstShown } from './dom';
import type { OnScreen } from './view';

/** Hooks whose appearance can open the report dialog, at any step. */
export const REPORT_HOOKS: SelectorList = [...REPORT.form, ...REPORT.reason, ...REPORT.finished];

/**
 * The open report dialog's form, shared by the `report` and `report-sent` views. Found through the form
 * hook, or through a reason row when TikTok renames the form; only a form on screen counts, so a hidden
 * copy (left by TikTok, or planted by a script) neither opens the view nor masks the real one.
 */
export function findReportForm(doc: Document, onScreen: OnScreen = () => true): Element | null {
  const form = firstShown(doc, REPORT.form, onScreen);
  if (form) return form;
  const reason = firstShown(doc, REPORT.reason, onScreen);
  return reason ? (reason.closest('form, [role="dialog"]') ?? reason.parentElement) : null;
}

/**
 * Whether the form shows its last step ("Thanks for reporting" / Done). Besides the finish hooks, a form
 * with no reason to pick, nothing to type and a single button is the same step in a layout we do not know.
 */
export function isReportFinished(form: Element): boolean {
  if (form.querySelector(join(REPORT.finished))) return true;
  if (form.querySelector(join(REPORT.reason)) || form.querySelector(join(REPORT.submit))) return false;
  if (form.querySelector('input, textarea, select, [contenteditable="true"]')) return false;
  return form.querySelectorAll('button').length === 1;
}
