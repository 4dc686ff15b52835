import { describe, expect, it } from 'vitest';
import { isSpaceCode, isWordCode } from './char-codes';

describe('character classes by code', () => {
  it('agree with \\s and \\w on every UTF-16 code unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (isSpaceCode(c) !== /\s/.test(ch)) expect(c.toString(16)).toBe('the same as /\\s/');
      if (isWordCode(c) !== /\w/.test(ch)) expect(c.toString(16)).toBe('the same as /\\w/');
    }
  });
});
