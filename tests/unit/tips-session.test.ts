import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { createTipSession, SPOTLIGHT_MS } from '@/utils/tips/session';
import type { DetectedView, ViewId } from '@/utils/views/registry';

const view = (id: ViewId): DetectedView => ({ id, anchor: document.createElement('div') });
const comments = view('comments');
const report = view('report');

describe('the tip session', () => {
  it('shows the most specific view, then moves to the next when it closes', () => {
    const session = createTipSession();
    expect(session.update([report, comments], DEFAULT_SETTINGS)).toEqual({
      show: report,
      hide: null,
      firstSeen: ['report', 'comments'],
    });
    expect(session.update([comments], DEFAULT_SETTINGS)).toEqual({ show: comments, hide: 'report', firstSeen: [] });
    expect(session.update([], DEFAULT_SETTINGS)).toEqual({ show: null, hide: 'comments', firstSeen: [] });
  });

  it('keeps a tip closed while its view stays open, and offers it again when the view reopens', () => {
    const session = createTipSession();
    session.update([comments], DEFAULT_SETTINGS);
    expect(session.close(false)).toBe('comments');
    expect(session.update([comments], DEFAULT_SETTINGS).show).toBeNull();
    session.update([], DEFAULT_SETTINGS);
    expect(session.update([comments], DEFAULT_SETTINGS).show).toBe(comments);
  });

  it('never shows a tip dismissed forever, here or in another tab', () => {
    const session = createTipSession(['report']);
    expect(session.update([report], DEFAULT_SETTINGS).show).toBeNull();
    session.setDismissed([]);
    expect(session.update([report], DEFAULT_SETTINGS).show).toBe(report);
    session.close(true);
    session.update([], DEFAULT_SETTINGS);
    expect(session.update([report], DEFAULT_SETTINGS).show).toBeNull();
  });

  it('reports each view once per page, again when the worker could not record it', () => {
    const session = createTipSession();
    expect(session.update([comments], DEFAULT_SETTINGS).firstSeen).toEqual(['comments']);
    expect(session.update([comments], DEFAULT_SETTINGS).firstSeen).toEqual([]);
    session.unseen('comments');
    expect(session.update([comments], DEFAULT_SETTINGS).firstSeen).toEqual(['comments']);
  });

  it('follows the settings: a theme turned off hides its tip', () => {
    const session = createTipSession();
    session.update([comments], DEFAULT_SETTINGS);
    const off = { ...DEFAULT_SETTINGS, tips: { ...DEFAULT_SETTINGS.tips, comments: false } };
    expect(session.update([comments], off)).toEqual({ show: null, hide: 'comments', firstSeen: [] });
  });

  it('lights the control for SPOTLIGHT_MS on its own clock, and never past a new page or a closed tip', () => {
    const session = createTipSession();
    const target = document.body.appendChild(document.createElement('button'));
    session.update([comments], DEFAULT_SETTINGS);
    session.spotlightOn(target, 1_000);
    expect(session.spotlight(1_000 + SPOTLIGHT_MS - 1)).toBe(target);
    expect(session.spotlight(1_000 + SPOTLIGHT_MS)).toBeNull();

    session.spotlightOn(target, 2_000);
    session.newPage();
    expect(session.spotlight(2_001)).toBeNull();

    session.spotlightOn(target, 3_000);
    target.remove();
    expect(session.spotlight(3_001)).toBeNull();

    document.body.append(target);
    session.spotlightOn(target, 4_000);
    session.update([report], DEFAULT_SETTINGS);
    expect(session.spotlight(4_001)).toBeNull();
    session.close(false);
    session.spotlightOn(target, 5_000);
    expect(session.spotlight(5_001)).toBeNull();
  });

  it('folds for want of room until the teen opens it, and starts whole again on the next view', () => {
    const session = createTipSession();
    session.update([report], DEFAULT_SETTINGS);
    session.foldForRoom();
    expect(session.folded()).toBe(true);
    session.unfold();
    session.foldForRoom();
    expect(session.folded()).toBe(false);
    session.update([comments], DEFAULT_SETTINGS);
    expect(session.folded()).toBe(false);
    session.retryRoom();
    expect(session.folded()).toBe(false);
    session.foldForRoom();
    session.update([], DEFAULT_SETTINGS);
    session.update([comments], DEFAULT_SETTINGS);
    expect(session.folded()).toBe(false);
  });
});
