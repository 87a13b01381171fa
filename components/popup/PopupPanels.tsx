import { DataControls } from '@/components/family/DataControls';
import type { FamilyModel } from '@/components/family/model';
import { ParentLockPanel } from '@/components/family/ParentLockPanel';
import { SettingsForm } from '@/components/family/SettingsForm';
import { AsksLog } from '@/components/family/TimeAsks';

/**
 * The popup's two fold-out panels. Loaded only when one is opened, so the popup itself (today's figure and
 * the week) parses and shows sooner.
 */
export function SettingsPanel({ model }: { model: FamilyModel }) {
  return (
    <>
      {model.pinLocked.value && <ParentLockPanel model={model} compact />}
      <AsksLog model={model} />
      <SettingsForm model={model} />
    </>
  );
}

export function DataPanel({ model }: { model: FamilyModel }) {
  return <DataControls model={model} />;
}
