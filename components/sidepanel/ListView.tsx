import { useState, type Ref } from 'react';
import type { Person } from '@/lib/amends/types';
import { AddPersonForm } from '../people/AddPersonForm';
import { ProgressSummary } from '../people/ProgressSummary';
import { EmptyState } from './EmptyState';
import { PeopleList } from './PeopleList';

/**
 * The list view: where things stand, adding someone, and the searchable list. The add form
 * keeps its place in the tree from the empty state to the first names, so focus and its
 * "Added …" confirmation stay put while someone writes their list.
 */
export function ListView({
  people,
  loaded,
  headingRef,
  onOpen,
}: {
  people: readonly Person[];
  loaded: boolean;
  headingRef: Ref<HTMLHeadingElement>;
  onOpen(person: Person): void;
}) {
  const empty = loaded && people.length === 0;
  const listed = loaded && people.length > 0;
  const [adding, setAdding] = useState(false);

  return (
    <>
      <h1 ref={headingRef} tabIndex={-1} className="view-heading">
        Your amends list
      </h1>
      {!loaded ? <p className="muted">Opening your list…</p> : null}
      {empty ? <EmptyState /> : null}
      {listed ? <ProgressSummary people={people} /> : null}
      {listed ? (
        <p>
          <button
            type="button"
            className="button"
            aria-expanded={adding}
            aria-controls="add-someone-form"
            onClick={() => setAdding((a) => !a)}
          >
            {adding ? 'Close the form' : 'Add someone'}
          </button>
        </p>
      ) : null}
      {empty || (listed && adding) ? (
        <div className="card" id="add-someone-form">
          <AddPersonForm
            heading={empty ? 'Add the first person' : 'Add someone'}
            withRelationship
            autoFocus={!empty}
            onAdded={() => setAdding(true)}
          />
        </div>
      ) : null}
      {listed ? <PeopleList people={people} onOpen={onOpen} /> : null}
    </>
  );
}
