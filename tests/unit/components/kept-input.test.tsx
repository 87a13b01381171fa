import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { KeptInput } from '@/components/family/KeptInput';

/** A field the page re-renders with `stored`, as the options page does whenever storage moves. */
function renderWith(root: HTMLElement, stored: number) {
  render(<KeptInput id="limit" type="number" value={stored} />, root);
  return root.querySelector('input') as HTMLInputElement;
}

describe('a number a parent is typing is never rewritten under their fingers', () => {
  it('keeps what is typed through re-renders while focused, and shows the stored value again once left', () => {
    const root = document.createElement('div');
    document.body.append(root);
    const input = renderWith(root, 30);
    expect(input.value).toBe('30');
    input.focus();
    input.value = '45';
    // Another computer's rules arrive through family sharing: the page re-renders with the stored value.
    renderWith(root, 30);
    renderWith(root, 60);
    expect(input.value).toBe('45');
    input.blur();
    renderWith(root, 60);
    expect(input.value).toBe('60');
    root.remove();
  });
});
