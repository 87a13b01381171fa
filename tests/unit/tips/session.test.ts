import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '@/utils/settings';
import { createTipSession, SPOTLIGHT_MS } from '@/utils/tips/session';
import type { DetectedView, ViewId } from '@/utils/views/registry';

const view = (id: ViewId): DetectedView => ({ id, anchor: document.createElement('div'), layer: 'hook' });
const comments = view('comments');
const report = view('report');
/** Noon on a Monday, local time. */
const NOW = new Date(2026, 10, 30, 12).getTime();
const DAY = 86_400_000;

describe('the tip session', () => {
  it('shows the most specific view, then moves to the next when it closes', () => {
    const session = createTipSession();
    expect(session.update([report, comments], DEFAULT_SETTINGS, NOW)).toEqual({
      show: report,
      hide: null,
      firstSeen: ['report', 'comments'],
      whole: null,
    });
    expect(session.update([comments], DEFAULT_SETTINGS, NOW)).toEqual({
      show: comments,
      hide: 'report',
      firstSeen: [],
      whole: { view: 'comments', day: '2026-11-30' },
    });
    expect(session.update([], DEFAULT_SETTINGS, NOW)).toEqual({
      show: null,
      hide: 'comments',
      firstSeen: [],
      whole: null,
    });
  });

  it("follows a scroll as the shown tip's view does: the feed's once the scroll ends, the others at each frame", () => {
    const session = createTipSession();
    expect(session.follows()).toBeNull();
    session.update([comments], DEFAULT_SETTINGS, NOW);
    expect(session.follows()).toBe('frames');
    session.update([view('feed')], DEFAULT_SETTINGS, NOW);
    expect(session.follows()).toBe('end');
    session.close(false);
    expect(session.follows()).toBeNull();
  });

  it('keeps a tip closed while its view stays open, and offers it again when the view reopens', () => {
    const session = createTipSession();
    session.update([comments], DEFAULT_SETTINGS, NOW);
    expect(session.close(false)).toBe('comments');
    expect(session.update([comments], DEFAULT_SETTINGS, NOW).show).toBeNull();
    session.update([], DEFAULT_SETTINGS, NOW);
    expect(session.update([comments], DEFAULT_SETTINGS, NOW).show).toBe(comments);
  });

  it('never shows a tip dismissed forever, here or in another tab', () => {
    const session = createTipSession(['report']);
    expect(session.update([report], DEFAULT_SETTINGS, NOW).show).toBeNull();
    session.setDismissed([]);
    expect(session.update([report], DEFAULT_SETTINGS, NOW).show).toBe(report);
    session.close(true);
    session.update([], DEFAULT_SETTINGS, NOW);
    expect(session.update([report], DEFAULT_SETTINGS, NOW).show).toBeNull();
  });

  it('#21 keeps the helpline of a report sent or a stranger’s message one click away: closed for good, it folds to the chip', () => {
    for (const id of ['report-sent', 'messages'] as const) {
      const moment = view(id);
      const session = createTipSession();
      expect(session.update([moment], DEFAULT_SETTINGS, NOW).show).toBe(moment);
      expect(session.folded()).toBe(false);
      session.close(true);
      // Closed here: gone while the view stays open.
      expect(session.update([moment], DEFAULT_SETTINGS, NOW).show).toBeNull();
      session.update([], DEFAULT_SETTINGS, NOW);
      // The next time, and in every other tab: the chip, which opens the whole tip with its helpline.
      const step = session.update([moment], DEFAULT_SETTINGS, NOW + DAY * 30);
      expect(step.show).toBe(moment);
      expect(step.whole).toBeNull();
      expect(session.folded()).toBe(true);
      const elsewhere = createTipSession([id]);
      expect(elsewhere.update([moment], DEFAULT_SETTINGS, NOW).show).toBe(moment);
      expect(elsewhere.folded()).toBe(true);
      elsewhere.unfold();
      expect(elsewhere.folded()).toBe(false);
    }
  });

  it('reports each view once per page, again when the worker could not record it', () => {
    const session = createTipSession();
    expect(session.update([comments], DEFAULT_SETTINGS, NOW).firstSeen).toEqual(['comments']);
    expect(session.update([comments], DEFAULT_SETTINGS, NOW).firstSeen).toEqual([]);
    session.unseen('comments');
    expect(session.update([comments], DEFAULT_SETTINGS, NOW).firstSeen).toEqual(['comments']);
  });

  it('follows the settings: a theme turned off hides its tip', () => {
    const session = createTipSession();
    session.update([comments], DEFAULT_SETTINGS, NOW);
    const off = { ...DEFAULT_SETTINGS, tips: { ...DEFAULT_SETTINGS.tips, comments: false } };
    expect(session.update([comments], off, NOW)).toEqual({ show: null, hide: 'comments', firstSeen: [], whole: null });
  });

  it('lights the control for SPOTLIGHT_MS on its own clock, and never past a new page or a closed tip', () => {
    const session = createTipSession();
    const target = document.body.appendChild(document.createElement('button'));
    session.update([comments], DEFAULT_SETTINGS, NOW);
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
    session.update([report], DEFAULT_SETTINGS, NOW);
    expect(session.spotlight(4_001)).toBeNull();
    session.close(false);
    session.spotlightOn(target, 5_000);
    expect(session.spotlight(5_001)).toBeNull();
  });

  it('folds for want of room until the teen opens it, and starts whole again on the next view', () => {
    const session = createTipSession();
    session.update([report], DEFAULT_SETTINGS, NOW);
    session.foldForRoom();
    expect(session.folded()).toBe(true);
    session.unfold();
    session.foldForRoom();
    expect(session.folded()).toBe(false);
    session.update([comments], DEFAULT_SETTINGS, NOW);
    expect(session.folded()).toBe(false);
    session.retryRoom();
    expect(session.folded()).toBe(false);
    session.foldForRoom();
    session.update([], DEFAULT_SETTINGS, NOW);
    session.update([report], DEFAULT_SETTINGS, NOW);
    expect(session.folded()).toBe(false);
  });

  it('opens a spaced tip whole once, then as a chip the same day, and whole again the next day', () => {
    const session = createTipSession();
    expect(session.update([comments], DEFAULT_SETTINGS, NOW)).toMatchObject({
      show: comments,
      whole: { view: 'comments', day: '2026-11-30' },
    });
    expect(session.folded()).toBe(false);
    session.update([], DEFAULT_SETTINGS, NOW);
    // The comments of a second video, an hour later: the chip, which opens the whole tip on a click.
    expect(session.update([comments], DEFAULT_SETTINGS, NOW + 3_600_000)).toMatchObject({
      show: comments,
      whole: null,
    });
    expect(session.folded()).toBe(true);
    session.retryRoom();
    expect(session.folded()).toBe(true);
    session.unfold();
    expect(session.folded()).toBe(false);
    session.update([], DEFAULT_SETTINGS, NOW);
    expect(session.update([comments], DEFAULT_SETTINGS, NOW + DAY).whole).toEqual({
      view: 'comments',
      day: '2026-12-01',
    });
    expect(session.folded()).toBe(false);
  });

  it('counts the day from the family’s day start: 1 am belongs to the day before when it starts at 4', () => {
    const session = createTipSession();
    const late = { ...DEFAULT_SETTINGS, dayStartHour: 4 };
    session.update([comments], late, NOW + 11 * 3_600_000);
    session.update([], late, NOW);
    expect(session.update([comments], late, NOW + 13 * 3_600_000).whole).toBeNull();
    session.update([], late, NOW);
    expect(session.update([comments], late, NOW + 16 * 3_600_000).whole).toEqual({
      view: 'comments',
      day: '2026-12-01',
    });
  });

  it('always opens a rare view’s tip whole, and never records it', () => {
    const session = createTipSession();
    for (let time = 0; time < 3; time += 1) {
      expect(session.update([report], DEFAULT_SETTINGS, NOW + time)).toMatchObject({ show: report, whole: null });
      expect(session.folded()).toBe(false);
      session.update([], DEFAULT_SETTINGS, NOW);
    }
  });

  it('follows whole tips shown in another tab, and a reset from the options page', () => {
    const session = createTipSession();
    session.setShowings({ comments: { lastDay: '2026-11-30', count: 1 } });
    session.update([comments], DEFAULT_SETTINGS, NOW);
    expect(session.folded()).toBe(true);
    session.update([], DEFAULT_SETTINGS, NOW);
    session.setShowings({});
    expect(session.update([comments], DEFAULT_SETTINGS, NOW).whole?.view).toBe('comments');
    expect(session.folded()).toBe(false);
  });
});
