import { DataControls } from '@/components/family/DataControls';
import type { FamilyModel } from '@/components/family/model';
import { ParentLockPanel } from '@/components/family/ParentLockPanel';
import { SettingsForm } from '@/components/family/SettingsForm';
import { AsksLog } from '@/components/family/TimeAsks';
import { WeekReview } from '@/components/family/WeekReview';

/**
 * The popup's two fold-out panels. Loaded only when one is opened, so the popup itself (today's figure and
 * the week) parses and shows sooner.
 */
export function SettingsPanel({ model }: { model: FamilyModel }) {
  return (
    <>
      {model.pinLocked.value && <ParentLockPanel model={model} compact />}
      <SettingsForm model={model} />
    </>
  );
}

/** The weekly look back and the asks for more time: what the parents read too, word for word. */
export function WeekPanel({ model }: { model: FamilyModel }) {
  return (
    <>
      <WeekReview model={model} />
      <AsksLog model={model} />
    </>
  );
}

export function DataPanel({ model }: { model: FamilyModel }) {
  return <DataControls model={model} />;
}
