import type { Person } from '@/lib/amends/types';

/** How a section saves: a pure change through the repository's read-modify-write update. */
export type SavePerson = (change: (person: Person) => Person) => Promise<unknown>;

export interface SectionProps {
  person: Person;
  save: SavePerson;
}
