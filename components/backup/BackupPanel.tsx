import { DeleteEverythingSection } from './DeleteEverythingSection';
import { ExportSection } from './ExportSection';
import { ImportSection } from './ImportSection';
import { SheetSection } from './SheetSection';
import './backup.css';

const systemNow = () => new Date();

/**
 * "Your data": back up, print or share a readable sheet, bring a backup back, delete
 * everything. Reads and writes only through the repository from <RepositoryProvider>.
 * `now` is injectable so tests get predictable file names.
 */
export function BackupPanel({ now = systemNow }: { now?: () => Date }) {
  return (
    <div className="backup-panel" data-testid="backup-panel">
      <ExportSection now={now} />
      <SheetSection now={now} />
      <ImportSection />
      <DeleteEverythingSection now={now} />
    </div>
  );
}

export default BackupPanel;
