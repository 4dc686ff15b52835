import { useCallback, useEffect, useRef, useState } from 'react';
import type { Person } from '@/lib/amends/types';
import { sortPeople, todayIso } from '@/lib/amends';
import type { ChangeEvent } from '@/lib/store/repository-api';
import { useRepository } from './RepositoryContext';
import { errorMessage, useSaveStatus } from './SaveStatus';

/** Above this many changed ids, one list() is cheaper than many get()s. */
const REFETCH_ALL_ABOVE = 50;

export interface PeopleState {
  people: Person[];
  loaded: boolean;
  error: string | null;
}

/**
 * Every person on the list, kept current: loads once, then applies each change event the
 * repository announces (from this page or another extension page). Events are handled in
 * order, one at a time, so a slow read can never overwrite a newer one.
 */
export function usePeople(): PeopleState {
  const repository = useRepository();
  const [state, setState] = useState<PeopleState>({ people: [], loaded: false, error: null });

  useEffect(() => {
    let alive = true;
    let byId = new Map<string, Person>();
    let queue: Promise<void> = Promise.resolve();

    const publish = (people: Person[]) => {
      if (alive) setState({ people, loaded: true, error: null });
    };
    const reloadAll = async () => {
      const list = await repository.list();
      byId = new Map(list.map((p) => [p.id, p]));
      publish(list);
    };
    const apply = async (event: ChangeEvent) => {
      if (event.kind === 'reset' || event.ids.length > REFETCH_ALL_ABOVE) return reloadAll();
      if (event.kind === 'delete') {
        for (const id of event.ids) byId.delete(id);
      } else {
        const fetched = await Promise.all(event.ids.map((id) => repository.get(id)));
        event.ids.forEach((id, i) => {
          const person = fetched[i];
          if (person) byId.set(id, person);
          else byId.delete(id);
        });
      }
      publish(sortPeople([...byId.values()], todayIso(Date.now())));
    };
    const run = (task: () => Promise<void>) => {
      queue = queue.then(task).catch((error: unknown) => {
        if (alive) setState((s) => ({ ...s, loaded: true, error: errorMessage(error) }));
      });
    };

    // Subscribe before the first read so no change can slip between the two.
    const unsubscribe = repository.subscribe((event) => run(() => apply(event)));
    run(reloadAll);
    return () => {
      alive = false;
      unsubscribe();
    };
  }, [repository]);

  return state;
}

export interface UpdateOptions {
  /**
   * Show the change before the write finishes. For toggles and choices (checkboxes, radios,
   * selects), so the control never flicks back while IndexedDB commits. Not for changes
   * that create ids (the stored id would differ from the shown one).
   */
  optimistic?: boolean;
}

export interface PersonState {
  person: Person | undefined;
  loaded: boolean;
  error: string | null;
  /**
   * Saves a change through the repository (one transaction, read-modify-write) and shows
   * the result at once; the change event then keeps every other view in step. Rejects,
   * with the stored person shown again, when the change cannot be saved.
   */
  update(change: (person: Person) => Person, options?: UpdateOptions): Promise<Person | undefined>;
}

/** One person, kept current like usePeople. `person` is undefined once they are removed. */
export function usePerson(id: string): PersonState {
  const repository = useRepository();
  const { track } = useSaveStatus();
  const [state, setState] = useState<Omit<PersonState, 'update'>>({
    person: undefined,
    loaded: false,
    error: null,
  });
  const reloadRef = useRef<() => void>(() => undefined);
  const lastUpdate = useRef(0);

  useEffect(() => {
    let alive = true;
    let queue: Promise<void> = Promise.resolve();
    setState({ person: undefined, loaded: false, error: null });
    const reload = async () => {
      const person = await repository.get(id);
      if (alive) setState({ person, loaded: true, error: null });
    };
    const run = () => {
      queue = queue.then(reload).catch((error: unknown) => {
        if (alive) setState((s) => ({ ...s, loaded: true, error: errorMessage(error) }));
      });
    };
    reloadRef.current = run;
    const unsubscribe = repository.subscribe((event) => {
      if (event.kind === 'reset' || event.ids.includes(id)) run();
    });
    run();
    return () => {
      alive = false;
      reloadRef.current = () => undefined;
      unsubscribe();
    };
  }, [repository, id]);

  const update = useCallback(
    async (change: (person: Person) => Person, options: UpdateOptions = {}) => {
      const ticket = ++lastUpdate.current;
      if (options.optimistic) {
        setState((s) => {
          if (!s.person) return s;
          try {
            return { ...s, person: change(s.person) };
          } catch {
            return s; // the write below will fail with the same reason and say so
          }
        });
      }
      try {
        const saved = await track(repository.update(id, change));
        // A later edit's result (or its change event) will follow; don't step back to this one.
        if (ticket === lastUpdate.current) {
          setState((s) => (s.person?.id === saved.id ? { ...s, person: saved } : s));
        }
        return saved;
      } catch (error) {
        reloadRef.current(); // show what is really stored
        throw error;
      }
    },
    [repository, id, track],
  );

  return { ...state, update };
}
