import { useDeferredValue, useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { AMENDS_STATUSES, AMENDS_TYPES, type AmendsStatus, type AmendsType, type Person } from '@/lib/amends/types';
import {
  AMENDS_TYPE_LABELS,
  isFollowUpDue,
  SearchKeyCache,
  searchPeople,
  STATUS_LABELS,
  todayIso,
} from '@/lib/amends';
import { hashForPerson } from '@/lib/ui/panel-target';
import { StatusPill } from '../people/StatusPill';

/** Rows have a fixed height so the virtual list never needs to measure them. */
export const ROW_HEIGHT = 64;

type StatusFilter = AmendsStatus | 'all';
type TypeFilter = AmendsType | 'all';

/**
 * The whole list, searchable and filterable, rendered virtually so 10,000 people scroll
 * and search without delay. Search keys are folded once per person version (id +
 * updatedAt), and the query is deferred so typing never waits for the list.
 */
export function PeopleList({ people, onOpen }: { people: readonly Person[]; onOpen(person: Person): void }) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState<StatusFilter>('all');
  const [type, setType] = useState<TypeFilter>('all');
  const deferredQuery = useDeferredValue(query);
  const keys = useRef<SearchKeyCache | null>(null);
  keys.current ??= new SearchKeyCache();
  const today = todayIso(Date.now());

  const results = useMemo(() => {
    const cache = keys.current!;
    return searchPeople(
      people,
      deferredQuery,
      { status: status === 'all' ? [] : [status], type: type === 'all' ? [] : [type] },
      (p) => cache.get(p),
    );
  }, [people, deferredQuery, status, type]);

  // Fold everyone's search key while the panel is idle, so the first keystroke is as quick
  // as the rest. Keys only rebuild for people whose updatedAt changed. Forgetting people who
  // left the list happens here, once per list change: done per keystroke it cost more than
  // the search itself at 10,000 people.
  useEffect(() => {
    const cache = keys.current!;
    cache.retain(people.map((p) => p.id));
    let index = 0;
    let handle = 0;
    const idle = (work: () => void) =>
      typeof requestIdleCallback === 'function' ? requestIdleCallback(work) : window.setTimeout(work, 1);
    const cancel = (h: number) =>
      typeof cancelIdleCallback === 'function' ? cancelIdleCallback(h) : window.clearTimeout(h);
    const step = () => {
      const end = Math.min(people.length, index + 500);
      for (; index < end; index++) cache.get(people[index]!);
      if (index < people.length) handle = idle(step);
    };
    handle = idle(step);
    return () => cancel(handle);
  }, [people]);

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: results.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
    getItemKey: (index) => results[index]?.id ?? index,
  });

  // Arrow keys move between rows; the row to focus may not be rendered yet, so scroll
  // there first and focus it once it exists.
  const [focusIndex, setFocusIndex] = useState<number | null>(null);
  useEffect(() => {
    if (focusIndex === null) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(`[data-index="${focusIndex}"] a`);
    if (row) {
      row.focus();
      setFocusIndex(null);
    }
  });

  function onRowKeyDown(event: KeyboardEvent<HTMLAnchorElement>, index: number) {
    const last = results.length - 1;
    const target =
      event.key === 'ArrowDown'
        ? Math.min(last, index + 1)
        : event.key === 'ArrowUp'
          ? Math.max(0, index - 1)
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (target === null) return;
    event.preventDefault();
    virtualizer.scrollToIndex(target, { align: 'auto' });
    setFocusIndex(target);
  }

  // The deferred query, like the results, so the polite live count never reads
  // "Showing 1000 of 1000" for a query it has not searched yet.
  const filtered = deferredQuery.trim() !== '' || status !== 'all' || type !== 'all';
  const countText = filtered
    ? `Showing ${results.length} of ${people.length} ${people.length === 1 ? 'person' : 'people'}`
    : `${people.length} ${people.length === 1 ? 'person' : 'people'} on your list`;

  return (
    <section className="people-list" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="visually-hidden">
        Find someone
      </h2>
      <div className="people-list__controls" role="search" aria-label="Search and filter your list">
        <div className="field people-list__search">
          <label htmlFor={`${id}-search`}>Search by name or what happened</label>
          <input
            id={`${id}-search`}
            type="search"
            autoComplete="off"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-status`}>Status</label>
            <select id={`${id}-status`} value={status} onChange={(e) => setStatus(e.target.value as StatusFilter)}>
              <option value="all">Any status</option>
              {AMENDS_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-type`}>Kind of amends</label>
            <select id={`${id}-type`} value={type} onChange={(e) => setType(e.target.value as TypeFilter)}>
              <option value="all">Any kind</option>
              {AMENDS_TYPES.map((t) => (
                <option key={t} value={t}>
                  {AMENDS_TYPE_LABELS[t]}
                </option>
              ))}
            </select>
          </div>
        </div>
      </div>
      <p className="people-list__count muted small" aria-live="polite" data-testid="list-count">
        {countText}
      </p>
      {results.length === 0 ? (
        <div className="notice" data-testid="no-matches">
          <p>No one on your list matches this search.</p>
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              setQuery('');
              setStatus('all');
              setType('all');
            }}
          >
            Show everyone
          </button>
        </div>
      ) : null}
      <div ref={scrollRef} className="people-list__scroll" data-testid="people-list-scroll">
        <div
          role="list"
          aria-label="People on your list"
          className="people-list__rows"
          style={{ height: virtualizer.getTotalSize() }}
        >
          {virtualizer.getVirtualItems().map((item) => {
            const person = results[item.index];
            if (!person) return null;
            const due = isFollowUpDue(person, today);
            return (
              <div
                key={item.key}
                role="listitem"
                aria-setsize={results.length}
                aria-posinset={item.index + 1}
                data-index={item.index}
                className="person-row"
                style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
              >
                <a
                  href={hashForPerson(person.id)}
                  className="person-row__link"
                  data-testid="person-row"
                  data-person-id={person.id}
                  onClick={(event) => {
                    event.preventDefault();
                    onOpen(person);
                  }}
                  onKeyDown={(event) => onRowKeyDown(event, item.index)}
                >
                  <span className="person-row__main">
                    <span className="person-row__name">{person.name}</span>
                    <span className="person-row__meta">
                      {[person.relationship, AMENDS_TYPE_LABELS[person.amendsType]].filter(Boolean).join(' · ')}
                    </span>
                  </span>
                  <span className="person-row__side">
                    <StatusPill status={person.status} />
                    {due ? <span className="person-row__due">Check in again</span> : null}
                  </span>
                </a>
              </div>
            );
          })}
        </div>
      </div>
    </section>
  );
}
