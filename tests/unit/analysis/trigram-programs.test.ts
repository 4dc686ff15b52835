import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  decodeNumbers,
  decodeProgram,
  encodeNumbers,
  encodeProgram,
  mayMatch,
  parsedProgram,
  programKey,
  storedProgram,
  trigramFilter,
} from '../../../lib/analysis/trigram-filter';
import { filteredPatterns, makeFilterTable } from '../../filters/table';

const STALE = 'lib/analysis/trigram-programs.json is not what the patterns (and the rules’ examples, which weigh their trigrams) give now: run `npm run build-filters`';

describe('the stored trigram programs', () => {
  it('are exactly what `npm run build-filters` makes from the engine’s patterns now', () => {
    // Fails when a rule's patterns or examples changed without regenerating, or the file was edited by hand.
    const committed = readFileSync(resolve(process.cwd(), 'lib/analysis/trigram-programs.json'), 'utf8');
    expect(makeFilterTable() === committed, STALE).toBe(true);
  }, 120_000);

  it('give every engine pattern the program read from its source', () => {
    const patterns = filteredPatterns();
    expect(patterns.length).toBeGreaterThan(200);
    for (const re of patterns) {
      const parsed = parsedProgram(re);
      const stored = storedProgram(re);
      expect(stored, `${STALE} (no program for /${re.source.slice(0, 60)}/)`).not.toBeNull();
      expect(Array.from(stored!), re.source.slice(0, 80)).toEqual(Array.from(parsed));
    }
    // The table covers programs that require something, not only the "always may match" ones.
    expect(patterns.filter((re) => storedProgram(re)![0]! > 0).length).toBeGreaterThan(100);
  }, 120_000);

  it('hold nothing for a pattern they were not made from, which is read from its source instead', () => {
    const [re] = filteredPatterns().filter((p) => parsedProgram(p)[0]! > 0);
    // The same source with other flags, or a changed source, has another key.
    const folded = new RegExp(re!.source, re!.flags + 'i');
    expect(programKey(folded)).not.toBe(programKey(re!));
    expect(storedProgram(folded)).toBeNull();
    const edited = new RegExp(re!.source + '(?:zq)?', re!.flags);
    expect(storedProgram(edited)).toBeNull();
    const fresh = /\bquietly xylophone\b/g;
    expect(storedProgram(fresh)).toBeNull();
    const filter = trigramFilter(fresh);
    expect(mayMatch(filter, 'i played the quietly xylophone')).toBe(true);
    expect(mayMatch(filter, 'i am sorry')).toBe(false);
  });

  it('round-trips numbers and programs through their stored form', () => {
    const numbers = [0, 1, 31, 32, 1023, 1024, 65535, 1_000_000];
    expect(decodeNumbers(encodeNumbers(numbers))).toEqual(numbers);
    const hashes = [40000, 17, 9];
    const places = new Map(hashes.map((h, i) => [h, i]));
    // Two branches: one clause of hashes 17 and 40000; two clauses, 9 and then 40000 or 17.
    const program = Int32Array.from([2, 5, 5, 17, 40000, 11, 8, 9, 11, 40000, 17]);
    const text = encodeProgram(program, places)!;
    expect(Array.from(decodeProgram(text, hashes)!)).toEqual(Array.from(program));
    expect(Array.from(decodeProgram(encodeProgram(Int32Array.from([0]), places)!, hashes)!)).toEqual([0]);
    // A hash missing from the list cannot be stored.
    expect(encodeProgram(Int32Array.from([1, 4, 4, 12345]), places)).toBeNull();
  });

  it('refuse a damaged entry, so the pattern is read from its source', () => {
    const hashes = [17, 40000];
    const stored = (numbers: number[]) => decodeProgram(encodeNumbers(numbers), hashes);
    // One branch of one clause holding hashes 17 and 40000.
    expect(Array.from(stored([1, 1, 2, 0, 1])!)).toEqual([1, 5, 5, 17, 40000]);
    expect(stored([1, 1, 2, 0, 2])).toBeNull(); // a place past the list
    expect(stored([2, 1, 2, 0, 1])).toBeNull(); // a branch missing
    expect(stored([1, 1, 2, 0, 1, 0])).toBeNull(); // something left over
    expect(stored([1, 0])).toBeNull(); // a branch that requires nothing
    expect(stored([1, 1, 0])).toBeNull(); // a clause of no hashes
    expect(decodeProgram('', hashes)).toBeNull();
    expect(decodeProgram('not digits!', hashes)).toBeNull();
    expect(decodeProgram('z', hashes)).toBeNull(); // a number left open
});
});
