import { CUES, join, REPORT, WORDS } from '../selectors';
import { isShown, normalizedText, wordHolders } from '../shared/dom';
import { findReportForm, isReportFinished } from '../shared/report-dialog';
import { isSettingsPage } from '../shared/settings-section';
import type { Detector, OnScreen, PageAddress } from '../shared/view';

/** A reason row by what it is: a label (not the one around the details box), or anything picked like a radio. */
const REASON_ROWS = ['label:not(:has(textarea, input:not([type="radio"])))', '[role="radio"]', ...REPORT.reason];
/** The step's title by what it is: a heading. */
const TITLES = [...REPORT.title, 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', '[role="heading"]'];
/** What a step where the teen still chooses or writes has. */
const STILL_CHOOSING = join([...REASON_ROWS, 'input', 'textarea', 'select', ...CUES.textbox]);

/**
 * The report dialog: by its hooks, else read as a person reads it, a dialog on screen whose title says
 * "Report" (its labelling element, its heading, else its first words). Nowhere on `/setting`, whose
 * sheets are dialogs of radio rows too. Its form if it has one, else the dialog.
 */
export function reportFormByPerson(url: PageAddress, doc: Document, onScreen: OnScreen = () => true): Element | null {
  const hooked = findReportForm(doc, onScreen);
  if (hooked || isSettingsPage(url)) return hooked;
  for (const dialog of doc.querySelectorAll(join(CUES.dialog))) {
    if (!isShown(dialog) || !onScreen(dialog) || !WORDS.reportTitle.test(titleOf(dialog))) continue;
    return dialog.querySelector('form') ?? dialog;
  }
  return null;
}

/** The done step, from what only it shows: its Done button's hook, or its words with nothing left to choose. */
export const isDoneByPerson = (form: Element): boolean =>
  isReportFinished(form) || (!form.querySelector(STILL_CHOOSING) && WORDS.reportDone.test(normalizedText(form)));

export const reportSentFallback: Detector = (url, doc, onScreen) => {
  const form = reportFormByPerson(url, doc, onScreen);
  return form && isDoneByPerson(form) ? form : null;
};

export const reportSelfHarmFallback: Detector = (url, doc, onScreen) => {
  const form = reportFormByPerson(url, doc, onScreen);
  return form && !isDoneByPerson(form) && isSelfHarmChosen(form) ? form : null;
};

export const reportFallback: Detector = (url, doc, onScreen) => {
  const form = reportFormByPerson(url, doc, onScreen);
  return form && !isDoneByPerson(form) && !isSelfHarmChosen(form) ? form : null;
};

/** The dialog's name: what labels it, else its first heading, else its first words. */
function titleOf(dialog: Element): string {
  const doc = dialog.ownerDocument;
  const labelledBy = dialog.getAttribute('aria-labelledby');
  const named = labelledBy ? doc.getElementById(labelledBy) : null;
  if (named) return normalizedText(named);
  const label = dialog.getAttribute('aria-label');
  if (label) return label.toLowerCase().trim();
  const heading = dialog.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]');
  if (heading) return normalizedText(heading);
  for (const holder of wordHolders(dialog)) if (isShown(holder)) return normalizedText(holder);
  return '';
}

/** TikTok's words for the "Suicide and self-harm" reason (« Suicide et automutilation ») and its sub-reasons. */
const SELF_HARM = /suicid|self.?(harm|inj)|automutil/;
const namesSelfHarm = (element: Element | null) => element !== null && SELF_HARM.test(normalizedText(element));

/**
 * Whether the reason being reported is suicide or self-harm, read as a person reads the dialog: the step's
 * title names it (the details step, or a header that takes the reason's name), or it is the sub-reason
 * step of that reason (most rows name it). The first step, where it is one reason among fifteen, does not
 * count; nor do another reason's rules further down its details step. Rows and header are found by
 * what they are, their hooks first.
 */
export function isSelfHarmChosen(form: Element): boolean {
  const header = form.querySelector(join(TITLES));
  const rows = [...form.querySelectorAll(join(REASON_ROWS))].filter(isShown);
  if (rows.length > 0) return rows.filter(namesSelfHarm).length * 2 >= rows.length;
  return namesSelfHarm(header) || namesSelfHarm(firstWords(form, header?.parentElement));
}

/** The element of the first words shown in `root` outside its header (where Back and Close are). */
function firstWords(root: Element, header: Element | null | undefined): Element | null {
  for (const element of wordHolders(root)) if (isShown(element) && !header?.contains(element)) return element;
  return null;
}
