import type { FamilyModel } from './model';

/** Always visible while a parent lock is on: transparency, not surveillance. */
export function LockBadge({ model }: { model: FamilyModel }) {
  if (!model.lock.value?.locked) return null;
  return (
    <p class="badge-lock" data-testid="lock-badge">
      <span aria-hidden="true">🔒 </span>
      {model.messages.value.popup.lockOn}
    </p>
  );
}
