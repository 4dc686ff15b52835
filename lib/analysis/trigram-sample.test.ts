import { describe, expect, it } from 'vitest';
import { addFrequencySample, mayMatch, sampleFrequencies, trigramFilter } from './trigram-filter';

// Its own file: the sample is process-wide, and the other filter tests read patterns without one.
describe('the trigram filters’ sample of sentences', () => {
  const re = /jazz quiz jukebox at the tavern/;
  const near = 'jazz quiz jukebox at the pub';

  it('keeps the clauses the sample rarely meets, where letter frequencies would keep the common ones', () => {
    // Without a sample, rare letters look telling: all ten kept clauses come from
    // "jazz quiz jukebox", and a sentence with those words but no tavern gets through.
    expect(mayMatch(trigramFilter(re), near)).toBe(true);

    // A sample in which "jazz quiz jukebox" is everywhere and "tavern" nowhere.
    addFrequencySample(Array.from({ length: 40 }, (_, i) => `Jazz quiz jukebox night, round ${i}`));
    const weighed = trigramFilter(re);
    expect(mayMatch(weighed, near)).toBe(false);
    // Still sound: what the pattern matches gets through.
    expect(mayMatch(weighed, 'it was jazz quiz jukebox at the tavern again')).toBe(true);
  });

  it('counts each trigram once per sample sentence, lower-cased', () => {
    addFrequencySample(['Zyx zyx ZYX']);
    const freq = sampleFrequencies();
    expect(Math.max(...freq.values())).toBeGreaterThan(1);
    expect(freq.size).toBeGreaterThan(10);
  });
});
