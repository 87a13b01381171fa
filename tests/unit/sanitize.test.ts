// @vitest-environment jsdom
// DOMPurify gives wrong results under happy-dom (it kept onerror handlers there), so this runs in jsdom.
import { describe, expect, it } from 'vitest';
import { en } from '@/utils/i18n/en';
import { fr } from '@/utils/i18n/fr';
import { sanitizeTipHtml } from '@/utils/sanitize';

describe('sanitizeTipHtml', () => {
  it('keeps the inline emphasis tips use', () => {
    expect(sanitizeTipHtml('Choose <strong>Report</strong> or <em>Block</em>')).toBe(
      'Choose <strong>Report</strong> or <em>Block</em>',
    );
  });

  it('removes scripts, handlers, links and styles', () => {
    const dirty =
      '<img src=x onerror=alert(1)><script>alert(2)</script><a href="javascript:alert(3)">x</a><strong style="color:red" onclick="alert(4)">ok</strong><iframe src="https://evil.example"></iframe>';
    const clean = sanitizeTipHtml(dirty);
    expect(clean).toBe('x<strong>ok</strong>');
  });

  it('leaves every tip body of both languages intact', () => {
    for (const catalogue of [en, fr]) {
      for (const tip of Object.values(catalogue.tips))
        expect(sanitizeTipHtml(tip.body)).toBe(tip.body.replace(/&/g, '&amp;'));
    }
  });
});
