import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { TodayTotal } from '@/components/popup/TodayTotal';
import { plural } from '@/utils/i18n/format';
import { pagesEn } from '@/utils/i18n/pages.en';
import { pagesFr } from '@/utils/i18n/pages.fr';

describe('the popup', () => {
  it('shows no figure before today is read, then the figure it read', () => {
    const root = document.createElement('div');
    render(<TodayTotal ms={null} language="en" label="On TikTok today" />, root);
    const total = root.querySelector('[data-testid="today-total"]');
    expect(total?.hasAttribute('data-seconds')).toBe(false);
    expect(total?.textContent).not.toMatch(/\d/);
    render(<TodayTotal ms={0} language="en" label="On TikTok today" />, root);
    expect(root.querySelector('[data-testid="today-total"]')?.getAttribute('data-seconds')).toBe('0');
  });

  it('counts breaks taken in each language own plurals', () => {
    expect(plural('en', 1, pagesEn.popup.breaksTaken)).toBe('This week: 1 break taken');
    expect(plural('en', 3, pagesEn.popup.breaksTaken)).toBe('This week: 3 breaks taken');
    expect(plural('fr', 1, pagesFr.popup.breaksTaken)).toBe('Cette semaine\u00a0: 1\u00a0pause prise');
    expect(plural('fr', 2, pagesFr.popup.breaksTaken)).toBe('Cette semaine\u00a0: 2\u00a0pauses prises');
  });

  it('keeps no score: no count of daily limits reached in its copy', () => {
    for (const copy of [pagesEn.popup, pagesFr.popup]) expect(JSON.stringify(copy)).not.toMatch(/\{limits\}/);
  });
});
