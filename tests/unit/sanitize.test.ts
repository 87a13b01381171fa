// @vitest-environment jsdom
// DOMPurify gives wrong results under happy-dom (it kept onerror handlers there), so this runs in jsdom.
import { describe, expect, it } from 'vitest';
import { optionsEn } from '@/utils/i18n/options.en';
import { optionsFr } from '@/utils/i18n/options.fr';
import { sanitizeCopyHtml } from '@/utils/sanitize';

describe('sanitizeCopyHtml', () => {
  it('keeps the inline emphasis the copy uses', () => {
    expect(sanitizeCopyHtml('Choose <strong>Report</strong> or <em>Block</em>')).toBe(
      'Choose <strong>Report</strong> or <em>Block</em>',
    );
  });

  it('removes scripts, handlers, links and styles', () => {
    const dirty =
      '<img src=x onerror=alert(1)><script>alert(2)</script><a href="javascript:alert(3)">x</a><strong style="color:red" onclick="alert(4)">ok</strong><iframe src="https://evil.example"></iframe>';
    const clean = sanitizeCopyHtml(dirty);
    expect(clean).toBe('x<strong>ok</strong>');
  });

  it('leaves the family guide of both languages intact', () => {
    for (const catalogue of [optionsEn, optionsFr]) {
      // DOMPurify writes a no-break space as &nbsp;: the same text on screen.
      for (const item of catalogue.options.guide)
        expect(sanitizeCopyHtml(item).replaceAll('&nbsp;', '\u00a0')).toBe(item);
    }
  });
});
