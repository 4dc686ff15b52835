import { SUPPORT_LINES } from '@/lib/coach/support-lines';

/** Shown beside a draft that carries crisis language: care first, the same lines the coach offers. */
export function DraftSupport() {
  return (
    <aside className="notice notice--calm draft-support" aria-label="Support" data-testid="draft-support">
      <p>
        Some of what you wrote sounds very heavy. You don’t have to carry it alone: if you are struggling, you
        deserve support right now.
      </p>
      <ul>
        {SUPPORT_LINES.map((line) => (
          <li key={line.name}>
            <strong>{line.name}</strong> ({line.where}): {line.how}
          </li>
        ))}
      </ul>
    </aside>
  );
}
