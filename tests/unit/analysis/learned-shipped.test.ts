import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serialiseCheck } from '../../eval/learned/amends-check';
import { serialise, trainShipped, trainShippedCheck } from '../../eval/learned/shipped';

describe('the shipped learned model', () => {
  it('is exactly what `npm run train-model` makes from the corpora and the rules’ examples', () => {
    // Fails when a corpus or a rule's examples changed without retraining, or when the file
    // was edited by hand.
    const committed = readFileSync(resolve(process.cwd(), 'lib/analysis/learned/weights.json'), 'utf8');
    const made = serialise(trainShipped());
    expect(made.length).toBe(committed.length);
    expect(made === committed).toBe(true);
  }, 60_000);

  it('ships the amends check exactly as `npm run train-model` fits it from the labelled messages', () => {
    const committed = readFileSync(resolve(process.cwd(), 'lib/analysis/amends-check.json'), 'utf8');
    expect(serialiseCheck(trainShippedCheck())).toBe(committed);
  }, 60_000);
});
