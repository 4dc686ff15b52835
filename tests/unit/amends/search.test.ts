import { describe, expect, it } from 'vitest';
import {
  addHarm,
  buildSearchKey,
  editDetails,
  foldText,
  matchesQuery,
  SearchKeyCache,
  searchKey,
  searchPeople,
  setStatus,
  sortPeople,
} from '../../../lib/amends';
import type { Person } from '../../../lib/amends/types';
import { person, T0 } from './fixtures';

const zoe = person({ name: 'Zoë Ørsted', relationship: 'former partner', what: 'I read her diary without asking' });
const jose = person({ name: 'José', relationship: 'employer', what: 'Took cash from the register' });
const mum = addHarm(person({ name: 'Mum', relationship: 'parent', what: 'Missed Christmas' }), { what: 'Borrowed her car and crashed it', when: 'Summer 2019' }, T0);

describe('search', () => {
  it('folds case, accents and special letters', () => {
    expect(foldText('  ZOË  Ørsted\tStraße ')).toBe('zoe orsted strasse');
    expect(foldText('Ångström Łódź Æsir')).toBe('angstrom lodz aesir');
  });

  it('matches names regardless of accents and case, both ways', () => {
    expect(matchesQuery(zoe, 'zoe')).toBe(true);
    expect(matchesQuery(zoe, 'ORSTED')).toBe(true);
    expect(matchesQuery(jose, 'josé')).toBe(true);
    expect(matchesQuery(jose, 'JOSE')).toBe(true);
  });

  it('matches harm text and its "when", and relationship', () => {
    expect(matchesQuery(jose, 'register')).toBe(true);
    expect(matchesQuery(mum, 'crashed')).toBe(true);
    expect(matchesQuery(mum, '2019')).toBe(true);
    expect(matchesQuery(zoe, 'partner')).toBe(true);
  });

  it('needs every word of a multi-word query (AND), in any order', () => {
    expect(matchesQuery(mum, 'car mum')).toBe(true);
    expect(matchesQuery(mum, 'mum diary')).toBe(false);
    expect(searchPeople([zoe, jose, mum], 'diary zoe').map((p) => p.name)).toEqual(['Zoë Ørsted']);
  });

  it('an empty or blank query matches everyone', () => {
    expect(searchPeople([zoe, jose, mum], '   ')).toHaveLength(3);
  });

  it('filters by status and type; empty filter lists mean any', () => {
    const willing = setStatus(zoe, 'willing', T0 + 1);
    const living = editDetails(jose, { amendsType: 'living' }, T0 + 1);
    const people = [willing, living, mum];
    expect(searchPeople(people, '', { status: ['willing'] })).toEqual([willing]);
    expect(searchPeople(people, '', { type: ['living'] })).toEqual([living]);
    expect(searchPeople(people, '', { status: ['willing', 'not-willing'], type: ['undecided'] })).toEqual([willing, mum]);
    expect(searchPeople(people, '', { status: [], type: [] })).toHaveLength(3);
    expect(searchPeople(people, 'mum', { status: ['willing'] })).toEqual([]);
  });

  it('caches the key per person object and per id + updatedAt', () => {
    expect(searchKey(mum)).toBe(buildSearchKey(mum));
    expect(searchKey(mum)).toBe(searchKey(mum));
    const cache = new SearchKeyCache();
    const first = cache.get(mum);
    // A fresh copy (as after a re-read) with the same id + updatedAt reuses the key.
    expect(cache.get(structuredClone(mum))).toBe(first);
    const renamed = { ...editDetails(mum, { name: 'Mother' }, T0 + 10) };
    expect(cache.get(renamed)).toContain('mother');
  });

  it('searches 10,000 people correctly', () => {
    const many: Person[] = Array.from({ length: 10_000 }, (_, i) =>
      person({ name: `Person ${i}`, what: i % 1000 === 7 ? 'Forgot the café bill' : 'Something else' }),
    );
    const found = searchPeople(many, 'cafe bill');
    expect(found).toHaveLength(10);
    expect(found.every((p) => p.harms[0]!.what.includes('café'))).toBe(true);
  });
});

describe('sortPeople', () => {
  const withStatus = (name: string, ...path: Person['status'][]) =>
    path.reduce((p, s, i) => setStatus(p, s, T0 + i + 1), person(name));

  it('puts what needs attention first: planned, willing, not willing, deferred, resolved, not possible', () => {
    const people = [
      withStatus('Made', 'made'),
      withStatus('Gone', 'not-possible'),
      withStatus('Later', 'deferred'),
      person('Not yet'),
      withStatus('Ready', 'willing'),
      withStatus('Soon', 'willing', 'planned'),
      withStatus('Ongoing', 'living'),
    ];
    expect(sortPeople(people).map((p) => p.name)).toEqual(['Soon', 'Ready', 'Not yet', 'Later', 'Made', 'Ongoing', 'Gone']);
  });

  it('follow-ups due today or earlier come first, when today is given', () => {
    const due = { ...withStatus('Due', 'made'), followUp: '2026-05-01' };
    const later = { ...withStatus('Later', 'made'), followUp: '2026-09-01' };
    const planned = withStatus('Planned', 'willing', 'planned');
    expect(sortPeople([later, planned, due], '2026-05-01').map((p) => p.name)).toEqual(['Due', 'Planned', 'Later']);
    expect(sortPeople([later, planned, due]).map((p) => p.name)).toEqual(['Planned', 'Due', 'Later']);
  });

  it('orders names with the locale collator: accents and case do not scatter them, numbers sort naturally', () => {
    const names = ['émile', 'Zed', 'anna', 'Émile', 'Bob', 'person 10', 'person 9'];
    const sorted = sortPeople(names.map((n) => person(n))).map((p) => p.name);
    expect(sorted.slice(0, 2)).toEqual(['anna', 'Bob']);
    expect(sorted.indexOf('person 9')).toBeLessThan(sorted.indexOf('person 10'));
    expect(Math.abs(sorted.indexOf('émile') - sorted.indexOf('Émile'))).toBe(1);
    expect(sorted.at(-1)).toBe('Zed');
  });

  it('does not reorder the input array', () => {
    const input = [person('B'), person('A')];
    sortPeople(input);
    expect(input.map((p) => p.name)).toEqual(['B', 'A']);
  });
});
