import { describe, expect, it } from 'vitest';
import { overlap, placeFolding, placeTip } from '@/utils/placement';

const viewport = { width: 1280, height: 800 };
const size = { width: 320, height: 220 };
const boxOf = (spot: { left: number; top: number }) => ({ ...spot, ...size });

describe('placeTip', () => {
  it('puts the tip left of a right-hand comment sidebar, fully on screen', () => {
    const sidebar = { left: 896, top: 0, width: 384, height: 800 };
    const spot = placeTip(sidebar, size, viewport, []);
    expect(overlap(boxOf(spot), sidebar)).toBe(0);
    expect(spot.left + size.width).toBeLessThanOrEqual(sidebar.left);
    expect(spot.left).toBeGreaterThanOrEqual(0);
  });

  it('never covers a protected control such as Submit', () => {
    const modal = { left: 400, top: 100, width: 480, height: 600 };
    const submit = { left: 40, top: 100, width: 300, height: 300 }; // a control right where "left of" would go
    const spot = placeTip(modal, size, viewport, [submit]);
    expect(overlap(boxOf(spot), submit)).toBe(0);
    expect(overlap(boxOf(spot), modal)).toBe(0);
  });

  it('stays on screen when the view fills the viewport, covering as little as it can', () => {
    const page = { left: 0, top: 0, width: 1280, height: 800 };
    const spot = placeTip(page, size, viewport, []);
    expect(spot.left).toBeGreaterThanOrEqual(0);
    expect(spot.top).toBeGreaterThanOrEqual(0);
    expect(spot.left + size.width).toBeLessThanOrEqual(viewport.width);
    expect(spot.top + size.height).toBeLessThanOrEqual(viewport.height);
  });

  it('reads boxes whose sides are getters, as DOMRect has them', () => {
    class Rect {
      constructor(private readonly box: { left: number; top: number; width: number; height: number }) {}
      get left() {
        return this.box.left;
      }
      get top() {
        return this.box.top;
      }
      get width() {
        return this.box.width;
      }
      get height() {
        return this.box.height;
      }
    }
    const sidebar = new Rect({ left: 896, top: 0, width: 384, height: 800 });
    expect(placeTip(sidebar, new Rect({ left: 0, top: 0, ...size }), viewport, [])).toEqual({
      left: 564,
      top: 12,
      clear: true,
    });
  });

  it('measures overlap', () => {
    expect(overlap({ left: 0, top: 0, width: 10, height: 10 }, { left: 5, top: 5, width: 10, height: 10 })).toBe(25);
    expect(overlap({ left: 0, top: 0, width: 10, height: 10 }, { left: 10, top: 0, width: 5, height: 5 })).toBe(0);
  });
});

describe('folding a tip that has no room', () => {
  const session = (folded: boolean) => {
    const calls: string[] = [];
    return {
      calls,
      folded: () => folded,
      retryRoom: () => {
        calls.push('retry');
        folded = false;
      },
      foldForRoom: () => {
        calls.push('fold');
        folded = true;
      },
    };
  };

  it('keeps the whole card where it covers nothing', () => {
    const tip = session(false);
    const spot = placeFolding(
      tip,
      () => ({ left: 1, top: 2, clear: true }),
      () => tip.calls.push('render'),
    );
    expect(spot).toEqual({ left: 1, top: 2, clear: true });
    expect(tip.calls).toEqual([]);
  });

  it('folds into the chip, drawn and placed again, where the card would cover a control', () => {
    const tip = session(false);
    const spots = [
      { left: 0, top: 0, clear: false },
      { left: 5, top: 5, clear: true },
    ];
    const spot = placeFolding(
      tip,
      () => spots.shift() ?? { left: -1, top: -1, clear: false },
      () => tip.calls.push('render'),
    );
    expect(spot).toEqual({ left: 5, top: 5, clear: true });
    expect(tip.calls).toEqual(['fold', 'render']);
  });

  it('tries the whole card again each time: the room may have come back', () => {
    const tip = session(true);
    placeFolding(
      tip,
      () => ({ left: 0, top: 0, clear: true }),
      () => tip.calls.push('render'),
    );
    expect(tip.calls).toEqual(['retry', 'render']);
    expect(tip.folded()).toBe(false);
  });
});
