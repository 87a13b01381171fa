import { firstShown } from './dom';
import type { ViewId } from './registry';
import { COMMENTS, join, REPORT, SETTINGS } from './selectors';

/**
 * The control a tip's "show me" points at, looked up inside the view's own element (its anchor), so a
 * stale element elsewhere on the page is never highlighted. Null when the page has no such control now.
 */
export function showMeTarget(view: ViewId, anchor: Element): Element | null {
  switch (view) {
    case 'comments':
      // The ⋯ of the first comment is hover-gated; fall back to the comment row itself.
      return firstShown(anchor, COMMENTS.moreTrigger) ?? firstShown(anchor, COMMENTS.item);
    case 'report':
      return reasonList(anchor);
    case 'privacy-settings':
      return firstShown(anchor, SETTINGS.toggle)?.closest(join(SETTINGS.row)) ?? firstShown(anchor, SETTINGS.row);
    case 'screen-time-settings':
      return firstShown(anchor, SETTINGS.row);
    case 'report-sent':
      return null;
  }
}

/** The box around all reason rows, or the form when the rows are not rendered. */
function reasonList(form: Element): Element {
  const first = form.querySelector(join(REPORT.reason));
  return first?.parentElement ?? form;
}
