import { useDeferredValue, useId, useState } from 'react';
import type { Person } from '@/lib/amends/types';
import { searchPeople } from '@/lib/amends/search';
import type { PanelDraft } from '@/lib/messaging';
import { StatusPill } from '../people/StatusPill';

/** Enough to choose from while typing; the search narrows the rest. */
const SHOWN = 30;

/**
 * "Who is this draft for?" (issue 5): the person's list, searchable, in the side panel. The
 * choice is typed and made here, in an extension page: nothing about the list goes to the
 * page the draft is in.
 */
export function DraftPicker({
  draft,
  people,
  loaded,
  onChoose,
  onLater,
}: {
  draft: PanelDraft;
  people: readonly Person[];
  loaded: boolean;
  onChoose(person: Person): void;
  onLater(): void;
}) {
  const id = useId();
  const [query, setQuery] = useState('');
  const deferred = useDeferredValue(query);
  const matches = searchPeople(people, deferred);
  const firstWords = draft.text.trim().replace(/\s+/g, ' ').slice(0, 140);

  return (
    <section className="draft-picker card" aria-labelledby={`${id}-title`} data-testid="draft-picker">
      <h2 id={`${id}-title`}>Who is this draft for?</h2>
      {firstWords ? (
        <p className="muted small">
          The draft beside this panel begins: <q className="draft-picker__quote">{firstWords}{draft.text.trim().length > 140 ? '…' : ''}</q>
        </p>
      ) : null}
      {!loaded ? (
        <p className="muted">Opening your list…</p>
      ) : people.length === 0 ? (
        <p>Your list is empty for now. Add the person below, then come back to this draft with “This is for…”.</p>
      ) : (
        <>
          <div className="field">
            <label htmlFor={`${id}-search`}>Search your list</label>
            <input
              id={`${id}-search`}
              type="search"
              value={query}
              autoComplete="off"
              onChange={(event) => setQuery(event.target.value)}
              aria-describedby={`${id}-count`}
            />
          </div>
          <p id={`${id}-count`} className="visually-hidden" aria-live="polite">
            {matches.length === 0 ? 'No one matches that search.' : matches.length === 1 ? '1 person matches.' : `${matches.length} people match.`}
          </p>
          {matches.length === 0 ? (
            <p className="muted">No one on your list matches “{deferred}”.</p>
          ) : (
            <ul className="draft-picker__list" aria-label="Choose who this draft is for">
              {matches.slice(0, SHOWN).map((person) => (
                <li key={person.id}>
                  <button type="button" className="button draft-picker__choice" onClick={() => onChoose(person)}>
                    <span className="draft-picker__name">{person.name}</span>
                    {person.relationship ? <span className="muted small"> · {person.relationship}</span> : null}{' '}
                    <StatusPill status={person.status} />
                  </button>
                </li>
              ))}
            </ul>
          )}
          {matches.length > SHOWN ? <p className="muted small">And {matches.length - SHOWN} more: search to narrow the list.</p> : null}
        </>
      )}
      <p>
        <button type="button" className="button button--quiet button--small" onClick={onLater}>
          Not now
        </button>
      </p>
    </section>
  );
}
