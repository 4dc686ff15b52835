import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from '../normalize';
import { featureKeysOf, stemOf } from './features';
import { tokenize } from './tokens';

const keys = (text: string): string[] => featureKeysOf(tokenize(normalizeForMatching(text)));

describe('learned scorer: features', () => {
  it('gives inflections of one word one stem, and short words none', () => {
    expect(stemOf('stressed')).toBe('stress');
    expect(stemOf('stressful')).toBe('stress');
    expect(stemOf('pushing')).toBe('push');
    expect(stemOf('stopped')).toBe('stop');
    expect(stemOf('feelings')).toBe('feel');
    expect(stemOf('sorry')).toBe('sorry');
    expect(stemOf('was')).toBe('was');
    expect(keys('I was stressed')).toContain('=stress');
    expect(keys('it was so stressful')).toContain('=stress');
  });

  it('marks the words after the turn of an apology, and only those', () => {
    const k = keys("I'm sorry I shouted, but you kept pushing me.");
    expect(k).toContain('>you');
    expect(k).toContain('>kept');
    expect(k).not.toContain('>shouted');
    expect(keys('I am sorry I shouted at you.').some((x) => x.startsWith('>'))).toBe(false);
    expect(keys("Sorry I took it. To be fair, you left it out.")).toContain('>left');
    expect(keys('Sorry I took it. That said, you left it out.')).toContain('>left');
  });

  it('marks words after a negation as negated, up to a clause break', () => {
    const k = keys('It was not a small thing, it was huge.');
    expect(k).toContain('~small');
    expect(k).not.toContain('small');
    expect(k).toContain('huge');
    expect(k).not.toContain('~huge');
    expect(keys('It was not a big deal.')).toContain('~big deal');
    expect(keys('It was not a big deal.')).not.toContain('big deal');
    expect(keys('It was a big deal.')).toContain('big deal');
  });
});
