import { describe, expect, it } from 'vitest';
import { drillResults } from '../../support/drill-rates';
import { DRILLS, dropHooks, renameClasses } from '../../support/redesign.mjs';

const load = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('the redesign drill helpers', () => {
  it('rename every class, in the markup and the stylesheet alike, so the page keeps its layout', () => {
    const html =
      '<style>[class*="DivPanel"]{width:9px} .TUX-active{color:red}</style><div class="css-1-ab--DivPanel TUX-active">x</div>';
    const renamed = renameClasses(html);
    expect(renamed).not.toMatch(/DivPanel|TUX-active|css-1/);
    const doc = load(renamed);
    const names = doc.querySelector('div')?.className.split(' ') ?? [];
    expect(names).toHaveLength(2);
    expect(doc.querySelector('style')?.textContent).toBe(`:is(.${names[0]}){width:9px} .${names[1]}{color:red}`);
  });

  it('drop the same seeded share of data-e2e values everywhere they appear', () => {
    const html = Array.from(
      { length: 40 },
      (_, index) => `<i data-e2e="h${index}"></i><b data-e2e="h${index}"></b>`,
    ).join('');
    const left = load(dropHooks(html, 0.5, 7));
    const kept = new Set([...left.querySelectorAll('[data-e2e]')].map((element) => element.getAttribute('data-e2e')));
    expect(kept.size).toBeGreaterThan(10);
    expect(kept.size).toBeLessThan(30);
    for (const value of kept) expect(left.querySelectorAll(`[data-e2e="${value}"]`)).toHaveLength(2);
    expect(dropHooks(html, 0.5, 7)).toBe(dropHooks(html, 0.5, 7));
  });
});

describe('every fixture after a redesign', () => {
  for (const drill of DRILLS) {
    it(`${drill.name}: ≥ ${drill.target * 100} % of views recognized with the right tip, every decoy quiet`, () => {
      const { rate, missed, loud, early } = drillResults(drill);
      expect(rate, missed.join('; ')).toBeGreaterThanOrEqual(drill.target);
      expect(loud).toEqual([]);
      expect(early).toEqual([]);
    });
  }
});
