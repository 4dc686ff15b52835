import type { NewPerson, Person } from '../amends/types';

/** What changed, announced to every open view (popup, side panel) on every write. */
export type ChangeEvent =
  | { kind: 'put'; ids: string[] }
  | { kind: 'delete'; ids: string[] }
  | { kind: 'reset' };

export interface ImportPlan {
  /** People in the file that are not in the list yet. */
  added: number;
  /** People in the file that replace a stored person with the same id. */
  updated: number;
  /** Stored people the file does not mention (kept as they are). */
  untouched: number;
}

/**
 * The one API every view uses for the amends list. Only `lib/store` touches IndexedDB.
 * Every method that writes does so in a single IndexedDB transaction and then announces
 * a `ChangeEvent` (same page listeners at once, other extension pages over BroadcastChannel).
 */
export interface AmendsRepository {
  /** All people, in the list's default order (see lib/amends sortPeople). */
  list(): Promise<Person[]>;
  get(id: string): Promise<Person | undefined>;
  add(input: NewPerson): Promise<Person>;
  /**
   * Read-modify-write in one transaction: `change` receives the stored person and returns
   * the new one (pure); `updatedAt` is set by the repository. Rejects if the id is unknown.
   */
  update(id: string, change: (person: Person) => Person): Promise<Person>;
  /** Removes and returns the person, so the UI can offer undo through `restore`. */
  remove(id: string): Promise<Person | undefined>;
  /** Puts a previously removed person back exactly as they were. */
  restore(person: Person): Promise<void>;
  /** Deletes every person and every other record, for good. */
  deleteEverything(): Promise<void>;
  /** What `importPeople` would do, without writing. */
  planImport(people: Person[]): Promise<ImportPlan>;
  /** Adds or replaces by id, all in one transaction: all or nothing. */
  importPeople(people: Person[]): Promise<ImportPlan>;
  /** Subscribe to changes from this page and other extension pages; returns unsubscribe. */
  subscribe(listener: (event: ChangeEvent) => void): () => void;
}
