import type { AmendsStatus } from '@/lib/amends/types';
import { STATUS_LABELS } from '@/lib/amends';

/** The status in words, with a small coloured dot as an extra cue (never colour alone). */
export function StatusPill({ status }: { status: AmendsStatus }) {
  return (
    <span className="pill" data-status={status}>
      <span className={`swatch status-${status}`} aria-hidden="true" />
      {STATUS_LABELS[status]}
    </span>
  );
}
