import { useId, type ReactNode } from 'react';

/** A titled part of a person's page: a region with an h2, so headings and landmarks line up. */
export function Section({
  title,
  intro,
  children,
  testId,
}: {
  title: string;
  intro?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  const id = useId();
  return (
    <section className="person-section card" aria-labelledby={id} data-testid={testId}>
      <h2 id={id}>{title}</h2>
      {intro ? <p className="muted small">{intro}</p> : null}
      {children}
    </section>
  );
}
