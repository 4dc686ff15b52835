import { useDeferredValue, useMemo, useRef, useState, type RefObject } from 'react';
import type { Person } from '@/lib/amends/types';
import { searchPeople, STATUS_LABELS } from '@/lib/amends';

const MAX_RESULTS = 8;

function searchSummary(query: string, loading: boolean, count: number): string {
  if (!query.trim()) return '';
  if (loading) return 'Opening your list…';
  if (count === 0) return 'No one matches that search.';
  return count === 1 ? '1 person matches.' : `${count} people match.`;
}

/** Search by name, relationship or what happened; a result opens that person in the side panel. */
export function PopupSearch({
  people,
  loading = false,
  inputRef,
  onOpen,
  onOpenAll,
}: {
  people: readonly Person[];
  /** True until the list has been read; the summary says so instead of "no one matches". */
  loading?: boolean;
  inputRef?: RefObject<HTMLInputElement | null>;
  onOpen(person: Person): void;
  onOpenAll(): void;
}) {
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const results = useMemo(
    () => (deferredQuery.trim() ? searchPeople(people, deferredQuery) : []),
    [people, deferredQuery],
  );
  const firstResult = useRef<HTMLButtonElement>(null);
  const searchInput = useRef<HTMLInputElement | null>(null);

  return (
    <section className="popup-search" role="search" aria-label="Search your list">
      <label htmlFor="popup-search-input">Search your list</label>
      <input
        ref={(element) => {
          searchInput.current = element;
          if (inputRef) inputRef.current = element;
        }}
        id="popup-search-input"
        type="search"
        autoComplete="off"
        value={query}
        placeholder="A name, or something that happened"
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          // Enter or Down goes to the first result, so the keyboard never has to hunt.
          if ((e.key === 'ArrowDown' || e.key === 'Enter') && results.length > 0) {
            e.preventDefault();
            firstResult.current?.focus();
          }
        }}
        aria-describedby="popup-search-summary"
      />
      <p id="popup-search-summary" className="muted small" role="status">
        {/* The deferred query, like the results: the live region never announces a count
            for an older query (typing "a" once flashed "No one matches that search."). */}
        {searchSummary(deferredQuery, loading, results.length)}
      </p>
      {results.length > 0 ? (
        <ul
          className="person-links"
          aria-label="Search results"
          data-testid="popup-search-results"
          onKeyDown={(event) => {
            // Up and Down walk the results; Up from the first goes back to the search box.
            if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
            const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button')];
            const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
            if (at < 0) return;
            event.preventDefault();
            const next = event.key === 'ArrowDown' ? buttons[Math.min(at + 1, buttons.length - 1)] : buttons[at - 1];
            (next ?? searchInput.current)?.focus();
          }}
        >
          {results.slice(0, MAX_RESULTS).map((person, index) => (
            <li key={person.id}>
              <button
                ref={index === 0 ? firstResult : undefined}
                type="button"
                className="person-link"
                onClick={() => onOpen(person)}
                data-testid="search-result"
              >
                <span className="person-link__name">{person.name}</span>
                <span className="person-link__meta">
                  {[person.relationship, STATUS_LABELS[person.status]].filter(Boolean).join(' · ')}
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {results.length > MAX_RESULTS ? (
        <button type="button" className="button button--link" onClick={onOpenAll}>
          Open the full list to see all {results.length}
        </button>
      ) : null}
    </section>
  );
}
