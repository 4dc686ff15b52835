import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  decodeProgram,
  encodeProgram,
  mayMatch,
  parsedProgram,
  programKey,
  readStored,
  storedProgram,
  trigramFilter,
} from '../../../lib/analysis/trigram-filter';
import { filteredPatterns, makeFilterTable } from '../../filters/table';

const STALE = 'lib/analysis/trigram-programs.json is not what the patterns give now: run `npm run build-filters`';

describe('the stored trigram programs', () => {
  it('are exactly what `npm run build-filters` makes from the engine’s patterns now', () => {
    // Fails when a rule's patterns changed without regenerating, or the file was edited by hand.
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

  it('round-trips a program through its stored form, and refuses values over 16 bits', () => {
    const program = Int32Array.from([1, 5, 5, 0, 255, 256, 65535]);
    expect(Array.from(decodeProgram(encodeProgram(program)!))).toEqual(Array.from(program));
    expect(encodeProgram(Int32Array.from([1, 70000]))).toBeNull();
    expect(encodeProgram(Int32Array.from([1, -1]))).toBeNull();
  });

  it('refuse a damaged entry, so the pattern is read from its source', () => {
    // One branch ending at 5, holding one clause ending at 5 with hashes 17 and 40000.
    expect(Array.from(readStored(encodeProgram(Int32Array.from([1, 5, 5, 17, 40000]))!)!)).toEqual([1, 5, 5, 17, 40000]);
    expect(readStored(encodeProgram(Int32Array.from([1, 6, 6, 17, 40000]))!)).toBeNull(); // ends past the program
    expect(readStored(encodeProgram(Int32Array.from([2, 5, 5, 17, 40000]))!)).toBeNull(); // a branch missing
    expect(readStored(encodeProgram(Int32Array.from([1, 5, 2, 17, 40000]))!)).toBeNull(); // a clause ending before it starts
    expect(readStored('')).toBeNull();
    expect(readStored('not base64!')).toBeNull();
    expect(Array.from(readStored(encodeProgram(Int32Array.from([0]))!)!)).toEqual([0]);
    expect(programKey(/x/g)).toBe(programKey(/x/g));
  });
});
