/**
 * The only way an HTML string reaches the DOM, and the only module that imports DOMPurify.
 * Tip copy uses a little inline markup for TikTok's own labels; nothing from the page is ever passed here.
 */
import DOMPurify from 'dompurify';

const TIP_MARKUP = { ALLOWED_TAGS: ['strong', 'em', 'br'], ALLOWED_ATTR: [] as string[] };

export function sanitizeTipHtml(html: string): string {
  return DOMPurify.sanitize(html, TIP_MARKUP);
}
