import type { FieldReport } from '../views/field-check';

export interface FieldCheckContext {
  version: string;
  browser: string;
  now: number;
  /** When each view was last recognized on any TikTok tab (epoch ms). */
  lastSeen: Record<string, number>;
}

/**
 * The field check as one plain-text block to paste into a bug report. In English whatever the UI language:
 * it is read by whoever fixes the hooks. Holds Scrollwise's own words, hooks and numbers only.
 */
export function fieldCheckText(report: FieldReport | null, context: FieldCheckContext): string {
  const when = (at: number) => new Date(at).toISOString().slice(0, 16).replace('T', ' ');
  const lines = [`Scrollwise ${context.version} field check, ${when(context.now)} UTC, ${context.browser}`];
  if (!report) {
    lines.push('No TikTok tab answered: open TikTok in a tab, then check again.');
  } else {
    lines.push(`Page kind: ${report.page}`);
    const named = report.views.map(({ id, layer, hook }) =>
      layer === 'fallback' ? `${id} (fallback: roles, structure, words)` : `${id} (hook ${hook ?? 'hidden'})`,
    );
    lines.push(`Recognized now: ${named.length > 0 ? named.join(', ') : 'no view'}`);
    lines.push('Hooks (found / on screen; ✓ on screen, · in the page only, ✗ absent, ? not supported here):');
    for (const { group, part, counts } of report.hooks) {
      lines.push(`  ${group}.${part}`);
      for (const { hook, found, onScreen } of counts) {
        const mark = found < 0 ? '?' : onScreen > 0 ? '✓' : found > 0 ? '·' : '✗';
        lines.push(`    ${mark} ${hook}  ${found < 0 ? '' : `${found}/${onScreen}`}`.trimEnd());
      }
    }
  }
  const seen = Object.entries(context.lastSeen).sort(([a], [b]) => a.localeCompare(b));
  lines.push(
    `Last recognized: ${seen.length > 0 ? seen.map(([view, at]) => `${view} ${when(at)} UTC`).join('; ') : 'never'}`,
  );
  return lines.join('\n');
}
