import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { selectTip } from '@/utils/tips/select';
import type { DetectedView } from '@/utils/views/registry';

const anchor = {} as Element;
const report: DetectedView = { id: 'report', anchor, layer: 'hook' };
const comments: DetectedView = { id: 'comments', anchor, layer: 'hook' };

describe('selectTip', () => {
  it('shows the most specific view', () => {
    expect(selectTip([report, comments], DEFAULT_SETTINGS, [], new Set())?.id).toBe('report');
  });

  it('shows nothing under an open report dialog whose tip is off, rather than the comments tip', () => {
    const settings = { ...DEFAULT_SETTINGS, tips: { ...DEFAULT_SETTINGS.tips, reporting: false } };
    expect(selectTip([report, comments], settings, [], new Set())).toBeNull();
  });

  it('respects "don\'t show again" and a tip closed on this page', () => {
    expect(selectTip([comments], DEFAULT_SETTINGS, ['comments'], new Set())).toBeNull();
    expect(selectTip([comments], DEFAULT_SETTINGS, [], new Set(['comments']))).toBeNull();
    expect(selectTip([comments], DEFAULT_SETTINGS, ['report'], new Set(['report']))?.id).toBe('comments');
  });

  it('shows nothing when no view is open', () => {
    expect(selectTip([], DEFAULT_SETTINGS, [], new Set())).toBeNull();
  });
});
