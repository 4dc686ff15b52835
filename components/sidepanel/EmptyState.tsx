import { LockOffer } from '../lock/LockOffer';

/**
 * What the side panel says before anyone is on the list: Steps 8 and 9 and the three kinds
 * of amends, in a few warm sentences.
 */
export function EmptyState() {
  return (
    <section className="empty-state card" aria-labelledby="empty-state-heading" data-testid="empty-state">
      <h2 id="empty-state-heading">Your list starts here</h2>
      <p>
        Step 8 is making a list of the people you have harmed and becoming willing to make amends
        to them all. You don’t have to be willing yet: writing a name down is already a step.
      </p>
      <p>
        Step 9 is making those amends wherever possible, except when doing so would hurt them or
        someone else. Amends can take three shapes:
      </p>
      <ul>
        <li>
          <strong>Direct</strong>: face to face, or repaying a debt.
        </li>
        <li>
          <strong>Indirect</strong>: changed behaviour, or a letter, when contact is not possible or wise.
        </li>
        <li>
          <strong>Living</strong>: a lasting change in how you live.
        </li>
      </ul>
      <p className="muted">Everything you write here stays on this computer.</p>
      <LockOffer />
    </section>
  );
}
