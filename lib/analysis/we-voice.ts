/**
 * The writer who says "we": a company, a band, a school, a couple writing to their neighbours.
 *
 * The rules and the learned scorer read the writer as "I" ("I'm sorry that I", "mistakes were
 * made" against "I made mistakes", "I will pay you back"). A sentence in which the writer speaks
 * as "we" and never as "I" is read as the same sentence said by one person: "we are deeply sorry
 * that we failed to protect your data" is read as "i am deeply sorry that i failed to protect your
 * data", so a group's apology gets the same flags and elements as a person's.
 *
 * Not every "we" is the writer's group. In a personal letter "we" is often the writer and the
 * reader together ("we both said things", "we used to be close", "let's talk"), and "we all make
 * mistakes" is everyone: a sentence with such an inclusive "we" is left as it is, and so is any
 * sentence where the writer also says "I" (there "we" is rarely the writer alone).
 *
 * The reading is a rewritten copy of the sentence with a map back to the original's offsets, so
 * every span found in it is reported on the writer's own words.
 */
import type { Span } from './types';

/** The writer as one person: these make the sentence an "I" sentence already. */
const FIRST_SINGULAR = /\b(?:i|i'm|im|i've|ive|i'll|i'd|me|my|mine|myself)\b/;

/**
 * "We" that takes in the reader, or everyone: the writer and the reader together, a shared
 * past, "we all". Such a sentence keeps its "we".
 */
const INCLUSIVE =
  /\b(?:we (?:both|all|two)|we(?:'re| are| were) (?:both|all)|(?:both|all|each|none|any|either|neither|most|many|some|one|two) of us|us (?:both|all|two)|each other|one another|together|between us|let'?s|lets|we used to|we(?:'d| had) (?:been|had|a)|our (?:relationship|marriage|friendship|wedding|anniversary))\b/;

/** Any form of "we"; a sentence without one is never rewritten. */
const ANY_WE = /\b(?:we|we're|we've|we'll|we'd|us|our|ours|ourselves)\b/;

/** What each "we" form is read as; longer forms first, so "we are" wins over "we". */
const READ_AS: [RegExp, string][] = [
  [/^we(?: are|'re) not\b/, "i'm not"],
  [/^we aren't\b/, "i'm not"],
  [/^we weren't\b/, "i wasn't"],
  [/^we were\b/, 'i was'],
  [/^we are\b/, 'i am'],
  [/^we're\b/, "i'm"],
  [/^we've\b/, "i've"],
  [/^we'll\b/, "i'll"],
  [/^we'd\b/, "i'd"],
  [/^we ourselves\b/, 'i myself'],
  [/^we\b/, 'i'],
  [/^ourselves\b/, 'myself'],
  [/^ours\b/, 'mine'],
  [/^our\b/, 'my'],
  [/^us\b/, 'me'],
];

/** Where a "we" form may start: a word start, not after an apostrophe ("o'our"). */
const WE_START = /\b(?:we|us|our)/g;

export interface WeReading {
  /** The sentence as one person would say it. */
  norm: string;
  /**
   * Offsets of the reading (0 to its length) as offsets of the sentence: where a span starting
   * there starts (a rewritten word's characters start at the word it replaced), and where a
   * span ending there ends (one ending in a rewritten word ends where the replaced word ends).
   */
  startAt: Int32Array;
  endAt: Int32Array;
}

/**
 * The sentence read with the writer as "I", or null when it is not a sentence in which the
 * writer speaks as "we" only. `norm` is the normalised sentence; `text` its original (so "US",
 * the country, is not read as "us").
 */
export function readAsI(norm: string, text: string): WeReading | null {
  if (!ANY_WE.test(norm) || FIRST_SINGULAR.test(norm) || INCLUSIVE.test(norm)) return null;
  let out = '';
  const startAt: number[] = [];
  const endAt: number[] = [0];
  let from = 0;
  const keep = (to: number): void => {
    for (let k = from; k < to; k++) {
      startAt.push(k);
      endAt.push(k + 1);
    }
    out += norm.slice(from, to);
  };
  WE_START.lastIndex = 0;
  for (let m = WE_START.exec(norm); m !== null; m = WE_START.exec(norm)) {
    const at = m.index;
    if (at < from || (at > 0 && norm[at - 1] === "'") || text.slice(at, at + 2) === 'US') continue;
    const rest = norm.slice(at);
    for (const [form, as] of READ_AS) {
      const found = form.exec(rest);
      if (!found) continue;
      keep(at);
      const end = at + found[0].length;
      for (let k = 0; k < as.length; k++) {
        startAt.push(at);
        endAt.push(end);
      }
      out += as;
      from = end;
      break;
    }
    WE_START.lastIndex = Math.max(from, at + 1);
  }
  if (from === 0 && out === '') return null;
  keep(norm.length);
  startAt.push(norm.length);
  return { norm: out, startAt: Int32Array.from(startAt), endAt: Int32Array.from(endAt) };
}

/** A span of the reading as a span of the original sentence. */
export function spanToOriginal(reading: WeReading, span: Span): Span {
  const start = reading.startAt[span.start]!;
  return { start, end: Math.max(start, reading.endAt[span.end]!) };
}
