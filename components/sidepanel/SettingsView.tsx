import type { Ref } from 'react';
import { BackupPanel } from '../backup/BackupPanel';
import { AddedSites } from '../CoachSettings';
import { BackupReminderSetting } from '../lock/BackupReminder';
import { LockSettings } from '../lock/LockSettings';

/** "Your data": where the list lives, and backup, print, import and delete everything. */
export function SettingsView({ headingRef }: { headingRef: Ref<HTMLHeadingElement> }) {
  return (
    <>
      <h1 ref={headingRef} tabIndex={-1} className="view-heading">
        Your data
      </h1>
      <p>
        Your list is kept only in this browser, on this computer. Nothing is sent anywhere: there
        is no account, no sync and no analytics. A backup file is the only copy that leaves the
        browser, and only when you save one.
      </p>
      <LockSettings />
      <BackupPanel />
      <BackupReminderSetting />
      <AddedSites />
    </>
  );
}
