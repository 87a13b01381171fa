import type { PartialInputHTMLAttributes } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * An input a re-render never rewrites while someone is typing in it. The options page re-renders whenever
 * storage moves (another computer's totals or rules through family sharing, a policy, the popup), and a
 * controlled input would snap back to the stored value under the parent's fingers, losing what they typed
 * before it was committed. Here the stored value reaches the field only while it does not have the focus;
 * what is typed is committed by the field's own `onChange`, as before.
 */
export function KeptInput({
  value,
  ...props
}: Omit<PartialInputHTMLAttributes<HTMLInputElement>, 'value' | 'role' | 'type'> & {
  type: 'number' | 'time';
  value: string | number;
}) {
  const field = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    const input = field.current;
    const text = String(value);
    if (input && input.ownerDocument.activeElement !== input && input.value !== text) input.value = text;
  });
  return <input ref={field} {...props} />;
}
