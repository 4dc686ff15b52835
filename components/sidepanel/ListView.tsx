import { useState, type Ref } from 'react';
import type { Person } from '@/lib/amends/types';
import { AddPersonForm } from '../people/AddPersonForm';
import { ProgressSummary } from '../people/ProgressSummary';
import { EmptyState } from './EmptyState';
import { PeopleList } from './PeopleList';

/** The list view: where things stand, adding someone, and the searchable list. */
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
  const [adding, setAdding] = useState(false);

  return (
    <>
      <h1 ref={headingRef} tabIndex={-1} className="view-heading">
        Your amends list
      </h1>
      {!loaded ? <p className="muted">Opening your list…</p> : null}
      {empty ? (
        <>
          <EmptyState />
          <div className="card">
            <AddPersonForm heading="Add the first person" withRelationship />
          </div>
        </>
      ) : null}
      {loaded && !empty ? (
        <>
          <ProgressSummary people={people} />
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
          {adding ? (
            <div className="card" id="add-someone-form">
              <AddPersonForm heading="Add someone" withRelationship autoFocus />
            </div>
          ) : null}
          <PeopleList people={people} onOpen={onOpen} />
        </>
      ) : null}
    </>
  );
}
