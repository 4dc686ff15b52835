import type { ComponentType } from 'react';

/*
 * SLOT: <CoachSettings /> (coach pause and per-site toggles) is written by another engineer
 * in components/CoachSettings.tsx. Until that file exists this glob finds nothing and the
 * slot renders nothing; once it lands, it is mounted here without further edits. (When it
 * is in place, a plain `import { CoachSettings } from '../CoachSettings'` can replace this.)
 */
const found = import.meta.glob<{ CoachSettings?: ComponentType; default?: ComponentType }>('../CoachSettings.tsx', {
  eager: true,
});

const CoachSettings: ComponentType | undefined = Object.values(found).map((m) => m.CoachSettings ?? m.default)[0];

export function CoachSettingsSlot() {
  if (!CoachSettings) return null;
  return (
    <div className="popup__coach" data-testid="coach-settings-slot">
      <CoachSettings />
    </div>
  );
}
