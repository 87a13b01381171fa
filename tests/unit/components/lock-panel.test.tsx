import { signal } from '@preact/signals';
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { FamilyModel } from '@/components/family/model';
import { ParentLockPanel } from '@/components/family/ParentLockPanel';
import { pagesEn } from '@/utils/i18n/pages.en';
import { pagesFr } from '@/utils/i18n/pages.fr';

/** The panel as the popup (compact) and the options page show it, with a PIN set and the lock closed. */
function panel(compact: boolean, messages: typeof pagesEn | typeof pagesFr) {
  const model = {
    lock: signal({ state: { pin: { v: 1 } }, fromPolicy: false }),
    messages: signal(messages),
    pinLocked: signal(true),
    refresh: async () => undefined,
  } as unknown as FamilyModel;
  const root = document.createElement('div');
  render(<ParentLockPanel model={model} compact={compact} />, root);
  return root;
}

describe('#27 the parent lock', () => {
  it('names no way around the lock in the teen’s popup, in either language', () => {
    for (const messages of [pagesEn, pagesFr]) {
      const text = panel(true, messages).textContent ?? '';
      expect(text).not.toMatch(/reinstall|réinstall|remove|retirer|désinstall|forgot|oublié/i);
    }
  });

  it('keeps the recovery for a forgotten PIN on the options page, behind "I forgot the PIN"', () => {
    const root = panel(false, pagesEn);
    const forgot = root.querySelector('details.forgot');
    expect(forgot?.querySelector('summary')?.textContent).toBe('I forgot the PIN');
    expect(forgot?.hasAttribute('open')).toBe(false);
    expect(forgot?.textContent).toMatch(/install it again/);
  });
});
