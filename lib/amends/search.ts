import { isFollowUpDue } from './followup';
import type { AmendsStatus, AmendsType, IsoDate, Person } from './types';

/**
 * Search and default order for the list. Built for 10,000 people: each person's searchable
 * text is folded once into a key (cached per person object, and per id + updatedAt through
 * SearchKeyCache), so a keystroke is only substring checks.
 */

// Letters that NFD does not split into base + accent.
const FOLD_EXTRA: Record<string, string> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h',
};

const ASCII = /^[\x00-\x7f]*$/;

/** Lower case and accents removed; whitespace left as it is (keys never need collapsing). */
function foldLetters(text: string): string {
  // Most text is plain ASCII: skip the Unicode work, which dominates building 10,000 keys.
  if (ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþıħ]/g, (c) => FOLD_EXTRA[c] ?? c);
}

/** Lower case, accents removed, spacing collapsed: "Zoë  Ørsted" → "zoe orsted". */
export function foldText(text: string): string {
  return foldLetters(text).replace(/\s+/g, ' ').trim();
}

/** The folded text a query is matched against: name, relationship, and every harm. */
export function buildSearchKey(person: Person): string {
  const parts = [person.name, person.relationship];
  for (const h of person.harms) parts.push(h.what, h.when);
  // Words are matched one by one, so the newlines between parts keep a word from matching
  // across two fields.
  return foldLetters(parts.join('\n'));
}

const keyByObject = new WeakMap<Person, string>();

/** `buildSearchKey`, cached per person object (stored people are never mutated in place). */
export function searchKey(person: Person): string {
  let key = keyByObject.get(person);
  if (key === undefined) {
    key = buildSearchKey(person);
    keyByObject.set(person, key);
  }
  return key;
}

/**
 * Keys memoised by id + updatedAt, for views that re-read the list after each change and so
 * get new objects for unchanged people.
 */
export class SearchKeyCache {
  private readonly byId = new Map<string, { updatedAt: number; key: string }>();

  get(person: Person): string {
    const hit = this.byId.get(person.id);
    if (hit && hit.updatedAt === person.updatedAt) return hit.key;
    const key = searchKey(person);
    this.byId.set(person.id, { updatedAt: person.updatedAt, key });
    return key;
  }

  /** Drops entries for people no longer listed. */
  retain(ids: Iterable<string>): void {
    const keep = new Set(ids);
    for (const id of this.byId.keys()) if (!keep.has(id)) this.byId.delete(id);
  }
}

/** The query split into folded words; every word must appear (AND). */
export function queryWords(query: string): string[] {
  const folded = foldText(query);
  return folded ? folded.split(' ') : [];
}

export function matchesQuery(person: Person, query: string | string[], keyOf: (p: Person) => string = searchKey): boolean {
  const words = typeof query === 'string' ? queryWords(query) : query;
  if (words.length === 0) return true;
  const key = keyOf(person);
  return words.every((w) => key.includes(w));
}

export interface SearchFilters {
  status?: readonly AmendsStatus[];
  type?: readonly AmendsType[];
}

/** People matching the query and filters, in the order given. Empty filter lists mean "any". */
export function searchPeople(
  people: readonly Person[],
  query: string,
  filters: SearchFilters = {},
  keyOf: (p: Person) => string = searchKey,
): Person[] {
  const words = queryWords(query);
  const statuses = filters.status?.length ? new Set(filters.status) : null;
  const types = filters.type?.length ? new Set(filters.type) : null;
  return people.filter(
    (p) =>
      (!statuses || statuses.has(p.status)) &&
      (!types || types.has(p.amendsType)) &&
      matchesQuery(p, words, keyOf),
  );
}

const STATUS_RANK: Record<AmendsStatus, number> = {
  planned: 1,
  willing: 2,
  'not-willing': 3,
  deferred: 4,
  living: 5,
  made: 5,
  'not-possible': 6,
};

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * The list's default order, what needs attention first: follow-ups due (when `today` is
 * given), planned, willing, not yet willing, deferred, then resolved (made, living), then
 * not possible; within each, by name (locale-aware), then oldest first.
 */
export function sortPeople(people: readonly Person[], today?: IsoDate): Person[] {
  const rank = (p: Person) => (today !== undefined && isFollowUpDue(p, today) ? 0 : STATUS_RANK[p.status]);
  return people
    .map((p) => ({ p, r: rank(p) }))
    .sort((a, b) => a.r - b.r || collator.compare(a.p.name, b.p.name) || a.p.createdAt - b.p.createdAt || (a.p.id < b.p.id ? -1 : a.p.id > b.p.id ? 1 : 0))
    .map((x) => x.p);
}
