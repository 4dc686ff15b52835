/**
 * Character classes of JavaScript's regular expressions, tested on a character code: the
 * engine's hot loops walk sentences by code instead of running a one-character pattern per
 * character. Each is checked against its pattern on every UTF-16 code unit (char-codes.test.ts).
 */

/** What `\s` matches: ECMAScript WhiteSpace and LineTerminator. */
export function isSpaceCode(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** What `\w` matches: [A-Za-z0-9_]. */
export function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}
