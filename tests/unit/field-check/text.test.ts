import { describe, expect, it } from 'vitest';
import { fieldCheckText } from '@/utils/field-check/text';
import { fallback } from '@/utils/views/fallback';
import { fieldReport } from '@/utils/views/field-check';
import { FIXTURES, fixtureUrl, readFixture } from '../../support/fixtures.mjs';

const CONTEXT = { version: '0.1.0', browser: 'Chrome/150.0', now: Date.UTC(2026, 10, 30, 7, 0), lastSeen: {} };
const shownAll = () => true;

describe('the field check', () => {
  for (const fixture of FIXTURES) {
    it(`${fixture.name}: names ${fixture.view ?? 'no view'} and holds nothing of the page`, () => {
      const url = new URL(fixtureUrl(fixture));
      const doc = new DOMParser().parseFromString(readFixture(fixture), 'text/html');
      const text = fieldCheckText(fieldReport(url, doc, shownAll, fallback), CONTEXT);
      expect(text).toContain(
        `Recognized now: ${(fixture.view ?? fixture.afterStretch) ? `${fixture.view ?? fixture.afterStretch} (` : 'no view'}`,
      );
      for (const element of doc.querySelectorAll('style, script')) element.remove();
      const pageTexts = [...(doc.body?.querySelectorAll('*') ?? [])]
        .flatMap((element) => [...element.childNodes].filter((node) => node.nodeType === 3))
        .map((node) => node.textContent?.trim() ?? '')
        // Sentences and handles, not single words: a word like "Report" is also part of a hook's name.
        .filter((words) => words.length >= 6 && /[ .@]/.test(words));
      expect(pageTexts.length).toBeGreaterThan(0);
      for (const words of pageTexts) expect(text, words).not.toContain(words);
      expect(text).not.toContain(url.pathname.length > 1 ? url.pathname : 'https://');
      expect(text).not.toContain('tiktok.com');
    });
  }

  it('marks each hook found on screen, found off screen, or absent, with its counts', () => {
    const doc = new DOMParser().parseFromString(
      '<div class="a-DivCommentListContainer"><p data-e2e="comment-level-1">hi</p><p data-e2e="comment-level-1" hidden>x</p></div>',
      'text/html',
    );
    const onScreen = (element: Element) => !element.hasAttribute('hidden');
    const text = fieldCheckText(fieldReport(new URL('https://www.tiktok.com/@a/video/1'), doc, onScreen), CONTEXT);
    expect(text).toContain('Page kind: video');
    expect(text).toContain('✓ [class*="DivCommentListContainer"]  1/1');
    expect(text).toContain('✓ [data-e2e^="comment-level-"]  2/1');
    expect(text).toContain('✗ [data-e2e="report-form"]  0/0');
  });

  it('says when no TikTok tab answered, and when each view was last recognized', () => {
    const text = fieldCheckText(null, { ...CONTEXT, lastSeen: { report: Date.UTC(2026, 10, 29, 18, 2) } });
    expect(text).toContain('No TikTok tab answered');
    expect(text).toContain('Last recognized: report 2026-11-29 18:02 UTC');
  });
});
