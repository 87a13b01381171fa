/**
 * The only way an HTML string reaches the DOM, and the only module that imports DOMPurify. Long-form copy
 * on the extension's own pages (the family guide) carries a little markup; it is sanitized here with a
 * strict allowlist even though it is ours, so a careless translation can never inject anything.
 * (On TikTok pages, tips use components/RichText instead: no HTML string, and no 30 KB sanitizer, there.)
 */
import DOMPurify from 'dompurify';

const COPY_MARKUP = { ALLOWED_TAGS: ['strong', 'em', 'br'], ALLOWED_ATTR: [] as string[] };

export function sanitizeCopyHtml(html: string): string {
  return DOMPurify.sanitize(html, COPY_MARKUP);
}
