import type { Person } from '@/lib/amends/types';
import type { UpdateOptions } from '../data/usePeople';

/** How a section saves: a pure change through the repository's read-modify-write update. */
export type SavePerson = (change: (person: Person) => Person, options?: UpdateOptions) => Promise<unknown>;

export interface SectionProps {
  person: Person;
  save: SavePerson;
}
