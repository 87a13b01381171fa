import { join, REPORT, type SelectorList } from '../selectors';
import { firstShown, isShown, normalizedText, wordHolders } from './dom';
import type { OnScreen } from './view';

/** Hooks whose appearance can open the report dialog, at any step. */
export const REPORT_HOOKS: SelectorList = [...REPORT.form, ...REPORT.title, ...REPORT.reason, ...REPORT.finished];

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

/** TikTok's words for the "Suicide and self-harm" reason (« Suicide et automutilation ») and its sub-reasons. */
const SELF_HARM = /suicid|self.?(harm|inj)|automutil/;
const namesSelfHarm = (element: Element | null) => element !== null && SELF_HARM.test(normalizedText(element));

/**
 * Whether the reason being reported is suicide or self-harm, read as a person reads the dialog: the step's
 * title names it (the details step, or a header that takes the reason's name), or it is the sub-reason
 * step of that reason (most rows name it). The first step, where it is one reason among fifteen, does not
 * count; nor do another reason's rules further down its details step. `reasons` and `titles` find the rows
 * and the header (the fallback layer finds them by what they are).
 */
export function isSelfHarmChosen(
  form: Element,
  reasons: readonly string[] = REPORT.reason,
  titles: readonly string[] = REPORT.title,
): boolean {
  const header = form.querySelector(join(titles));
  const rows = [...form.querySelectorAll(join(reasons))].filter(isShown);
  if (rows.length > 0) return rows.filter(namesSelfHarm).length * 2 >= rows.length;
  return namesSelfHarm(header) || namesSelfHarm(firstWords(form, header?.parentElement));
}

/** The element of the first words shown in `root` outside its header (where Back and Close are). */
function firstWords(root: Element, header: Element | null | undefined): Element | null {
  for (const element of wordHolders(root)) if (isShown(element) && !header?.contains(element)) return element;
  return null;
}
