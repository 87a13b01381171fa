import type { ComponentChildren } from 'preact';

/**
 * Renders tip copy whose only markup is `<strong>…</strong>` around TikTok's own labels. Everything else is
 * text, so no HTML string ever reaches the page from the content script (and it needs no sanitizer).
 */
export function RichText({ text }: { text: string }) {
  const parts: ComponentChildren[] = [];
  const pattern = /<strong>(.*?)<\/strong>/g;
  let last = 0;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    parts.push(text.slice(last, match.index), <strong key={match.index}>{match[1]}</strong>);
    last = match.index + match[0].length;
  }
  parts.push(text.slice(last));
  return <>{parts}</>;
}
