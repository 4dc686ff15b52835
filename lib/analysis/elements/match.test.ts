import { describe, expect, it } from 'vitest';
import { EDGE, isEdgeCode } from './match';

describe('match: span edges', () => {
  it('isEdgeCode agrees with EDGE on every UTF-16 code unit', () => {
    const wrong: number[] = [];
    for (let c = 0; c <= 0xffff; c++) if (isEdgeCode(c) !== EDGE.test(String.fromCharCode(c))) wrong.push(c);
    expect(wrong).toEqual([]);
  });
});
