import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { WhenLog } from '@/components/options/WhenLog';
import { format } from '@/utils/i18n/format';
import { optionsEn } from '@/utils/i18n/options.en';

const m = optionsEn.options;
const log = (times: number[], line?: (date: string) => string) => {
  const root = document.createElement('div');
  render(
    <WhenLog id="page-fights" title={m.fightsTitle} intro={m.fightsIntro} times={times} language="en" line={line} />,
    root,
  );
  return root;
};

describe("the parents' logs on the options page (page fights, safety passes)", () => {
  it('lists each moment newest first, whatever order the log was kept in', () => {
    const older = Date.UTC(2026, 11, 1, 17, 5);
    const newer = Date.UTC(2026, 11, 3, 20, 40);
    const items = [...log([older, newer]).querySelectorAll('li')].map((item) => item.textContent);
    expect(items).toHaveLength(2);
    expect(items[0]).toContain('December 3, 2026');
    expect(items[1]).toContain('December 1, 2026');
  });

  it("says each moment in the section's own words, under a heading that names the section", () => {
    const at = Date.UTC(2026, 11, 3, 20, 40);
    const root = log([at], (date) => format(m.fightsLine, { date }));
    const section = root.querySelector('section[data-testid="page-fights"]');
    const heading = root.querySelector(`#${section?.getAttribute('aria-labelledby')}`);
    expect(heading?.textContent).toBe(m.fightsTitle);
    const date = new Intl.DateTimeFormat('en', { dateStyle: 'long', timeStyle: 'short' }).format(at);
    expect(root.querySelector('li')?.textContent).toBe(format(m.fightsLine, { date }));
  });

  it('shows nothing while nothing happened', () => {
    expect(log([]).innerHTML).toBe('');
  });
});
