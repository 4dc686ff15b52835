import type { Sentence } from './types';

/**
 * Look-alike characters folded to ASCII one-for-one, so a rule written with a plain
 * apostrophe also matches "I’m" and indices into `norm` stay indices into `text`.
 */
const FOLD: Record<string, string> = {
  '\u2018': "'", // ‘
  '\u2019': "'", // ’
  '\u201B': "'", // ‛
  '\u2032': "'", // ′
  '\u02BC': "'", // ʼ
  '\uFF07': "'", // ＇
  '`': "'",
  '\u00B4': "'", // ´
  '\u201C': '"', // “
  '\u201D': '"', // ”
  '\u201E': '"', // „
  '\u2033': '"', // ″
  '\u00AB': '"', // «
  '\u00BB': '"', // »
  '\u2010': '-', // ‐
  '\u2011': '-', // ‑
  '\u2012': '-', // ‒
  '\u2013': '-', // –
  '\u2014': '-', // —
  '\u2212': '-', // −
  '\u00A0': ' ', // no-break space
  '\u2007': ' ',
  '\u202F': ' ',
  '\u2009': ' ',
  '\u200A': ' ',
  '\u3000': ' ',
  '\u2026': '.', // … (one code unit → one code unit)
};

/**
 * Lower-cases and folds look-alikes while keeping exactly the same length as the input.
 * Characters whose lower case has another length (e.g. 'İ') are kept as they are.
 */
export function normalizeForMatching(text: string): string {
  // Most sentences are plain ASCII with no backtick: lower-casing alone is the whole fold
  // there, and the built-in does it without building the string a character at a time.
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128 || c === 96) {
      ascii = false;
      break;
    }
  }
  if (ascii) return text.toLowerCase();
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const folded = FOLD[ch];
    if (folded !== undefined) {
      out += folded;
      continue;
    }
    const code = ch.charCodeAt(0);
    if (code < 128) {
      out += code >= 65 && code <= 90 ? String.fromCharCode(code + 32) : ch;
      continue;
    }
    const lower = ch.toLowerCase();
    out += lower.length === 1 ? lower : ch;
  }
  return out;
}

/** A Sentence for a piece of text starting at `start` in the draft. */
export function makeSentence(text: string, start = 0): Sentence {
  return { start, text, norm: normalizeForMatching(text) };
}
