import { join, REPORT } from '../selectors';
import { firstShown } from './dom';
import type { OnScreen } from './view';

/**
 * The open report dialog's form, shared by the `report` and `report-sent` views. Found through the form
 * hook, else through its title or a reason row when TikTok renames the form; only a form on screen counts,
 * so a hidden copy (left by TikTok, or planted by a script) neither opens the view nor masks the real one.
 */
export function findReportForm(doc: Document, onScreen: OnScreen = () => true): Element | null {
  const form = firstShown(doc, REPORT.form, onScreen);
  if (form) return form;
  const inside = firstShown(doc, [...REPORT.title, ...REPORT.reason], onScreen);
  return inside ? (inside.closest('form, [role="dialog"]') ?? inside.parentElement) : null;
}

/**
 * Whether the form shows its last step ("Thanks for reporting", or "Report submitted" in a flow with no
 * Submit step), by its Done button's hook. Never guessed from the buttons left: a step whose Submit is
 * disabled has a single button too. The fallback layer reads the done step's own words.
 */
export const isReportFinished = (form: Element): boolean => form.querySelector(join(REPORT.finished)) !== null;
