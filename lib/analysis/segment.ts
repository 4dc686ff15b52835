/**
 * Sentence segmentation for drafts, robust to chat-style writing.
 *
 * - Line breaks are always boundaries (greetings, sign-offs and chat lines stand alone).
 * - Inside a line, `Intl.Segmenter` ('en', sentence) finds the boundaries.
 * - ICU does not break ". i was wrong" (a lower-case letter after a full stop): chat text
 *   rarely capitalises, so we also break there unless the word before the stop is a common
 *   abbreviation ("a.m.", "e.g.", "Mr.").
 * - ICU breaks "Mr. Patel": such pieces are joined again.
 * - A run longer than MAX_SENTENCE (a 20,000-character message with no punctuation) is cut
 *   into bounded chunks, preferring a clause boundary, so no rule ever scans an unbounded
 *   sentence and the whole analysis stays linear in the length of the text.
 * - ICU is given stretches of about ICU_STRETCH characters, several short lines at once or a
 *   long line in parts, each ended where ICU always breaks: its segments cost more than
 *   linearly in the length of the string, and a call per short line costs more than it does.
 *
 * Ranges are trimmed of surrounding whitespace; `end` is exclusive.
 */

export interface SentenceRange {
  start: number;
  end: number;
}

/** Longest piece a rule ever sees. Real sentences are far shorter. */
export const MAX_SENTENCE = 600;
/** A cut is made at a clause boundary if one lies in the last part of the window. */
const MIN_CHUNK = 200;

/** Older browsers (Firefox before 125) have no Intl.Segmenter: fall back to punctuation. */
const hasIntlSegmenter = typeof Intl !== 'undefined' && typeof Intl.Segmenter === 'function';
const segmenter: { segment(text: string): Iterable<{ index: number; segment: string }> } = hasIntlSegmenter
  ? new Intl.Segmenter('en', { granularity: 'sentence' })
  : { segment: punctuationSegments };

function* punctuationSegments(text: string): Iterable<{ index: number; segment: string }> {
  const re = /[.!?]+["')\]]*\s+/g;
  let from = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const end = m.index + m[0].length;
    yield { index: from, segment: text.slice(from, end) };
    from = end;
  }
  if (from < text.length) yield { index: from, segment: text.slice(from) };
}

const TITLE_ABBREV = /(?:^|[^a-z])(?:mr|mrs|ms|mx|dr|st|prof|rev|fr|sr|jr|capt|sgt|lt|col|gen|hon)\.$/i;
const ANY_ABBREV =
  /(?:^|[^a-z])(?:mr|mrs|ms|mx|dr|st|prof|rev|fr|sr|jr|vs|etc|approx|no|nos|vol|ch|fig|dept|inc|ltd|co|ave|rd|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|[a-z]\.[a-z]|[a-z])\.$/i;

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12 || code === 11 ||
    code === 0xa0 || code === 0x2028 || code === 0x2029 || code === 0x3000 || code === 0xfeff ||
    (code >= 0x2000 && code <= 0x200a) || code === 0x202f || code === 0x205f || code === 0x85;
}

export function isLineBreak(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029 || code === 0x85 ||
    code === 11 || code === 12;
}

/** Pushes [start, end) trimmed, if anything is left. */
function pushTrimmed(text: string, start: number, end: number, out: SentenceRange[]): void {
  while (start < end && isSpace(text.charCodeAt(start))) start++;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  if (end > start) out.push({ start, end });
}

/**
 * Where a chunk of a long run that starts at `start` ends, looking only at its last
 * MAX_SENTENCE - MIN_CHUNK characters (text[start + MIN_CHUNK + 1, start + MAX_SENTENCE]):
 * - just after the first , ; : or dash followed by a space there (a clause break);
 * - else at the first space there before a word its own letters mark (`marksCut`);
 * - else at the last space; else at MAX_SENTENCE.
 * The first two are chosen by the text, not by where the chunk began, so after an edit the cuts
 * that follow land where they did before within a chunk or two (as content-defined chunking
 * does), and a keystroke in a long run re-reads that much of it, not the rest (`chunkRun`).
 */
function cutAfter(text: string, start: number): number {
  const limit = start + MAX_SENTENCE;
  for (let i = start + MIN_CHUNK + 1; i < limit; i++) {
    const c = text.charCodeAt(i);
    if ((c === 44 || c === 59 || c === 58 || c === 45) && isSpace(text.charCodeAt(i + 1))) return i + 1;
  }
  for (let i = start + MIN_CHUNK + 1; i < limit; i++) {
    if (isSpace(text.charCodeAt(i)) && marksCut(text, i + 1, limit)) return i;
  }
  for (let i = limit - 1; i > start + MIN_CHUNK; i--) {
    if (isSpace(text.charCodeAt(i))) return i;
  }
  // Never split a surrogate pair.
  const c = text.charCodeAt(limit - 1);
  return c >= 0xd800 && c <= 0xdbff ? limit - 1 : limit;
}

/** Whether the word at `at` (up to four of its characters, read before `limit`) marks a cut: about one word in four. */
function marksCut(text: string, at: number, limit: number): boolean {
  let h = 0;
  const end = Math.min(at + 4, limit);
  for (let k = at; k < end; k++) {
    const c = text.charCodeAt(k);
    if (isSpace(c)) break;
    h = (h * 31 + c) | 0;
  }
  return h !== 0 && ((h ^ (h >>> 7)) & 3) === 0;
}

/**
 * The chunks of runs cut at MAX_SENTENCE, noted while `segmentRange` is given somewhere to note
 * them: the index of each chunk's range, the untrimmed start of its chunk (the run's start or a
 * cut) and the run's untrimmed end. A later edit inside the run can then cut it again from the
 * chunk before the edit only (`chunkRun`), instead of from the run's start.
 */
export interface RunNotes {
  index: number[];
  from: number[];
  end: number[];
}

let runNotes: RunNotes | null = null;

/** Cuts a long range into chunks of at most MAX_SENTENCE, at clause or word boundaries. */
function pushBounded(text: string, start: number, end: number, out: SentenceRange[]): void {
  if (end - start <= MAX_SENTENCE) {
    pushTrimmed(text, start, end, out);
    return;
  }
  const chunks = chunkRun(text, start, end, () => false);
  for (let k = 0; k < chunks.ranges.length; k++) {
    if (runNotes) {
      runNotes.index.push(out.length);
      runNotes.from.push(chunks.froms[k]!);
      runNotes.end.push(end);
    }
    out.push(chunks.ranges[k]!);
  }
}

/**
 * The chunks of the run ending (untrimmed) at `end`, cut again from `from`, the untrimmed start
 * of one of its chunks: what `segmentRange` gives there, as long as the run itself (its start,
 * its end, no sentence end inside) is unchanged and the text before `from` too. Before each
 * further chunk, `stop(cut)` may end the work: the caller knows the rest from before. Returns
 * the chunks (with each one's untrimmed start) and the cut it stopped at, or -1 at the run's end.
 */
export function chunkRun(
  text: string,
  from: number,
  end: number,
  stop: (cut: number) => boolean,
): { ranges: SentenceRange[]; froms: number[]; stoppedAt: number } {
  const ranges: SentenceRange[] = [];
  const froms: number[] = [];
  let start = from;
  for (;;) {
    const cut = end - start > MAX_SENTENCE ? cutAfter(text, start) : end;
    const before = ranges.length;
    pushTrimmed(text, start, cut, ranges);
    if (ranges.length > before) froms.push(start);
    if (cut === end) return { ranges, froms, stoppedAt: -1 };
    start = cut;
    if (stop(start)) return { ranges, froms, stoppedAt: start };
  }
}

/**
 * Splits one ICU segment further at ". lowercase" (chat style), unless the word before the
 * stop is an abbreviation. Bounded look-behind keeps this linear.
 */
function splitLowercaseStops(text: string, start: number, end: number, out: SentenceRange[]): void {
  let from = start;
  // The stops are found by a native scan (a long run may have none in 20,000 characters).
  for (let i = nextStop(text, start); i < end - 2; i = nextStop(text, i + 1)) {
    const c = text.charCodeAt(i);
    if (!isSpace(text.charCodeAt(i + 1))) continue;
    let j = i + 1;
    while (j < end && isSpace(text.charCodeAt(j))) j++;
    if (j >= end) break;
    const next = text.charCodeAt(j);
    if (!(next >= 97 && next <= 122)) continue; // only before a lower-case ASCII letter
    if (c === 46) {
      const before = text.slice(Math.max(start, i - 8), i + 1);
      if (ANY_ABBREV.test(before)) continue;
      // "..." or digits before: leave to ICU.
      const p = text.charCodeAt(i - 1);
      if (p === 46 || (p >= 48 && p <= 57)) continue;
    }
    pushBounded(text, from, i + 1, out);
    from = j;
  }
  pushBounded(text, from, end, out);
}

const STOP = /[.!?]/g;
/**
 * The last scan's start and answer, within the text being segmented (`segmentRange` resets
 * them): a scan may run past the piece that asked, and the next piece's starts within what
 * it read.
 */
let stopFrom = 0;
let stopAt = -1;

/**
 * The first ". ! ?" at or after `from`, or the text's length. Pieces ask in order, left to
 * right, so a stop found far ahead (a draft of lines with no full stop) answers every piece
 * before it without scanning again: the scans stay linear in the text's length.
 */
function nextStop(text: string, from: number): number {
  if (from >= stopFrom && from <= stopAt) return stopAt;
  STOP.lastIndex = from;
  stopFrom = from;
  stopAt = STOP.test(text) ? STOP.lastIndex - 1 : text.length;
  return stopAt;
}

function segmentLine(text: string, start: number, end: number, out: SentenceRange[]): void {
  // Fast path: nothing but spaces.
  let k = start;
  while (k < end && isSpace(text.charCodeAt(k))) k++;
  if (k === end) return;
  const line = text.slice(start, end);
  const pieces = new LinePieces(text, out);
  for (const seg of segmenter.segment(line)) pieces.add(start + seg.index, start + seg.index + seg.segment.length);
  pieces.flush();
}

/**
 * A line's ICU segments, in order, turned into sentences: a title's stop does not end one
 * ("Mr. " + "Patel ..."), and each is split further at ". lowercase" (splitLowercaseStops).
 */
class LinePieces {
  private pendingStart = -1;
  private pendingEnd = -1;
  constructor(private readonly text: string, private readonly out: SentenceRange[]) {}

  add(s: number, e: number): void {
    const { text } = this;
    if (this.pendingStart >= 0) {
      // "Mr. " + "Patel ..." : join the title to the name.
      const prev = text.slice(Math.max(this.pendingStart, this.pendingEnd - 8), this.pendingEnd).trimEnd();
      if (TITLE_ABBREV.test(prev)) {
        this.pendingEnd = e;
        return;
      }
      splitLowercaseStops(text, this.pendingStart, this.pendingEnd, this.out);
    }
    this.pendingStart = s;
    this.pendingEnd = e;
  }

  flush(): void {
    if (this.pendingStart >= 0) splitLowercaseStops(this.text, this.pendingStart, this.pendingEnd, this.out);
    this.pendingStart = -1;
  }
}

/**
 * Whether ICU's sentence boundaries inside each line of `text.slice(from, to)` are the same
 * whether the lines are segmented one by one or the whole stretch at once: true unless it
 * holds a vertical tab or form feed, which end a line here but are spaces to ICU (so a rule
 * looking ahead for a lower-case letter would read across them). Every other line break
 * here (CR, LF, NEL, LS, PS) is one to ICU too: a segment never runs across it, and ICU's
 * rules look neither behind nor ahead across it, so a line reads the same alone or within.
 */
function linesSegmentAlike(text: string, from: number, to: number): boolean {
  const vt = text.indexOf('\u000b', from);
  const ff = text.indexOf('\f', from);
  return (vt < 0 || vt >= to) && (ff < 0 || ff >= to);
}

/**
 * `segmentRange` with one ICU pass per stretch of about ICU_STRETCH characters instead of
 * one per line: creating a string's segments costs about as much as walking a few sentences
 * of it, and a draft has many short lines (greeting, paragraphs, sign-off). Same ranges as
 * segmenting line by line, where `linesSegmentAlike`.
 */
function segmentStretches(text: string, from: number, to: number, out: SentenceRange[]): void {
  stopAt = -1; // a new text: nothing scanned yet
  const pieces = new LinePieces(text, out);
  const boundaries = new IcuBoundaries(text, to);
  let i = from;
  while (i < to) {
    // This line's ICU segments (none crosses a line break).
    const lineEnd = Math.min(to, nextLineBreak(text, i));
    if (lineEnd > i && !allSpace(text, i, lineEnd)) {
      for (let s = i; s < lineEnd; ) {
        const e = Math.min(lineEnd, boundaries.after(s));
        pieces.add(s, e);
        s = e;
      }
      pieces.flush();
    }
    i = lineEnd + 1;
  }
}

/**
 * About how much text ICU segments at once. V8's segments of a string cost more than linearly
 * in its length (30,000 words in one call: half a second; line by line: 9 ms), so a long
 * window is segmented in stretches, each ended where ICU has a boundary whatever follows
 * (`safeCutAt`).
 */
const ICU_STRETCH = 1000;

/**
 * Where a stretch may end: after a line break (ICU breaks after every one and reads no rule
 * across it), or before the capital after "word. " or the letter after "word? " or "word! ":
 * ICU's rules put a boundary there whatever comes before or after, and read no rule across
 * it. (A title's stop is such a boundary too, "Mr. | Patel": LinePieces joins the two
 * pieces again, whichever ICU call gave them.) The marks are found by a native scan for one
 * class of characters, and the words around them read by hand: a pattern spelling out the
 * letters too scans a 100,000-character run with no stop several times slower.
 */
const CUT_MARK = /[\n\r\u2028\u2029\u0085.!?]/g;

function isAsciiUpper(code: number): boolean {
  return code >= 65 && code <= 90;
}

/** The stretch end a mark at `at` gives (see CUT_MARK), or -1 when it gives none. */
function safeCutAt(text: string, at: number): number {
  const c = text.charCodeAt(at);
  if (c !== 46 && c !== 33 && c !== 63) return at + 1; // a line break
  if (!isAsciiLetter(text.charCodeAt(at - 1))) return -1;
  let j = at + 1;
  while (text.charCodeAt(j) === 32) j++;
  if (j === at + 1 || j >= text.length) return -1;
  const next = text.charCodeAt(j);
  return (c === 46 ? isAsciiUpper(next) : isAsciiLetter(next)) ? j : -1;
}

/** ICU's sentence boundaries of a text, stretch by stretch, asked for in ascending order. */
class IcuBoundaries {
  /** Where the current stretch ends, and its segments' ends, ascending. */
  private end = 0;
  private ends: number[] = [];
  private k = 0;

  constructor(private readonly text: string, private readonly to: number) {}

  /**
   * The first boundary after `s`, where `s` is a boundary already (a line's start or a
   * boundary given before), never before the last one asked about.
   */
  after(s: number): number {
    if (s >= this.end) this.load(s);
    while (this.ends[this.k]! <= s) this.k++;
    return this.ends[this.k]!;
  }

  private load(s: number): void {
    const end = this.stretchEnd(s);
    this.end = end;
    this.ends = [];
    this.k = 0;
    for (const seg of (segmenter as Intl.Segmenter).segment(this.text.slice(s, end))) this.ends.push(s + seg.index + seg.segment.length);
  }

  /** Where the stretch from `s` ends: the first safe cut past ICU_STRETCH, or the window's end. */
  private stretchEnd(s: number): number {
    if (this.to - s <= ICU_STRETCH) return this.to;
    CUT_MARK.lastIndex = s + ICU_STRETCH;
    while (CUT_MARK.test(this.text)) {
      const at = CUT_MARK.lastIndex - 1;
      if (at >= this.to) break;
      const cut = safeCutAt(this.text, at);
      if (cut > 0 && cut <= this.to) return cut;
    }
    return this.to;
  }
}

/** Every character `isLineBreak` takes, for a native scan. */
const LINE_BREAK = /[\n\r\u2028\u2029\u0085\u000b\f]/g;

/** The first line break at or after `from`, or the text's length. */
function nextLineBreak(text: string, from: number): number {
  LINE_BREAK.lastIndex = from;
  return LINE_BREAK.test(text) ? LINE_BREAK.lastIndex - 1 : text.length;
}

function allSpace(text: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) if (!isSpace(text.charCodeAt(k))) return false;
  return true;
}

/**
 * Sentence ranges of `text.slice(from, to)`, as offsets into `text`. Callers re-segment a
 * window of a draft by passing bounds that are sentence starts/ends of the previous pass.
 */
export function segmentRange(text: string, from = 0, to = text.length, runs: RunNotes | null = null): SentenceRange[] {
  const out: SentenceRange[] = [];
  runNotes = runs;
  try {
    if (hasIntlSegmenter && linesSegmentAlike(text, from, to)) segmentStretches(text, from, to, out);
    else segmentLines(text, from, to, out);
  } finally {
    runNotes = null;
  }
  return out;
}

/** `segmentRange`, one line at a time (always right; used where `segmentStretches` may not be). */
export function segmentLines(text: string, from: number, to: number, out: SentenceRange[] = []): SentenceRange[] {
  stopAt = -1; // a new text: nothing scanned yet
  let lineStart = from;
  for (let i = from; i < to; i++) {
    if (isLineBreak(text.charCodeAt(i))) {
      if (i > lineStart) segmentLine(text, lineStart, i, out);
      lineStart = i + 1;
    }
  }
  if (to > lineStart) segmentLine(text, lineStart, to, out);
  return out;
}

/** All sentence ranges of a text. */
export function segment(text: string): SentenceRange[] {
  return segmentRange(text, 0, text.length);
}

/**
 * How far a boundary decision looks behind a stop: ICU's rules one character (a letter before
 * "." and a capital right after it), the abbreviation checks here eight ("approx." and the
 * character before it).
 */
const LOOK_BEHIND = 8;

function isStop(code: number): boolean {
  return code === 46 || code === 33 || code === 63;
}

/** The character before a stop as ICU's rules see it: a letter, or the character itself. */
function classBefore(code: number): number {
  return isAsciiLetter(code) || (code >= 0xc0 && code <= 0xff && code !== 0xd7 && code !== 0xf7) ? -1 : code;
}

/**
 * Everything the boundary decisions read behind the stop at `at`, or null when unsure: the
 * character just before it (ICU's rules), and the word the abbreviation checks read there
 * ("Mr.", "approx.", "e.g."), from the last character that is neither a letter nor a dot,
 * which they read only as "not a letter".
 */
function behindStop(text: string, at: number): string | null {
  let q = at - 1;
  while (q >= at - LOOK_BEHIND) {
    const c = text.charCodeAt(q);
    if (!isAsciiLetter(c) && c !== 46) break;
    q--;
  }
  if (q < at - LOOK_BEHIND) return null;
  return classBefore(text.charCodeAt(at - 1)) + '#' + text.slice(q + 1, at + 1).toLowerCase();
}

/**
 * Characters that can never end a sentence or a line, in any rule here or in ICU's: printable
 * ASCII but . ! ?, Latin-1 (¡ and ¿ open a sentence, they do not end one), and the dashes and
 * curly quotes. Anything else (…, ‼, ؟, 。, line separators) sends the caller to re-segment.
 */
function neverEnds(code: number): boolean {
  if (code >= 0x20 && code <= 0x7e) return code !== 46 && code !== 33 && code !== 63;
  return (code >= 0xa0 && code <= 0xff && code !== 0x85) || (code >= 0x2010 && code <= 0x201f);
}

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

/** Where the gap [from, to) (whitespace between two sentences) has a line break, -1 if none; the last one. */
function lastLineBreak(text: string, from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (isLineBreak(text.charCodeAt(i))) return i;
  return -1;
}

/**
 * Whether the boundary between sentences k and k + 1 (of `text`, as `segment` gives them) may
 * be a cut inside a run longer than MAX_SENTENCE rather than a sentence end: the two share a
 * line, and sentence k's run, from the end of the sentence before it (or its line's start) to
 * the next sentence, spans more than MIN_CHUNK, as every chunk but a run's last does. Where a
 * cut falls depends on the run from its start, so an edit anywhere in a run can move every
 * cut of it: a caller segmenting a window again widens it to boundaries that are not cuts.
 * Conservative: a boundary it calls a possible cut only makes the window larger.
 */
export function mayBeCutAfter(text: string, starts: ArrayLike<number>, ends: ArrayLike<number>, k: number): boolean {
  const nextStart = starts[k + 1]!;
  if (lastLineBreak(text, ends[k]!, nextStart) >= 0) return false;
  const prevEnd = k > 0 ? ends[k - 1]! : 0;
  const br = lastLineBreak(text, prevEnd, starts[k]!);
  const low = br >= 0 ? br + 1 : prevEnd;
  return nextStart - low > MIN_CHUNK;
}

/**
 * Whether an edit inside one sentence leaves every sentence boundary where it was, so the
 * caller can skip segmenting again (`Intl.Segmenter` costs more than everything else a
 * keystroke does outside the edited sentence). The edit replaces `before[at, beforeEnd)` by
 * `after[at, afterEnd)`; the rest of the two texts is the same. `starts`/`ends` are the
 * sentences of `before` (as `segment` gives them), `i` the one holding the edit.
 *
 * Conservative on purpose (any doubt answers false, and segmenting again is always right):
 * - the sentence's first character is kept, and a letter before the edit too (a full stop
 *   before the sentence decides by the first letter after it, "e.g. it" or "done. It");
 * - no character that can end a sentence before the edit in that sentence, or in the edit;
 *   a stop within LOOK_BEHIND characters after it must read the same word behind it; if the
 *   sentence ends there with no stop, only the line's end may follow, and the new text's last
 *   character there must not be a space;
 * - the sentence is a whole run, not a chunk of a run cut at MAX_SENTENCE (where a cut falls
 *   depends on every character of the run), and stays short enough not to be cut: a chunk
 *   other than the last spans more than MIN_CHUNK and is followed by another on its line.
 */
export function editKeepsBoundaries(
  before: string,
  after: string,
  starts: ArrayLike<number>,
  ends: ArrayLike<number>,
  i: number,
  at: number,
  beforeEnd: number,
  afterEnd: number,
): boolean {
  const start = starts[i]!;
  const end = ends[i]!;
  const count = starts.length;
  if (at <= start || beforeEnd > end) return false;
  const delta = afterEnd - beforeEnd;
  // Where the run holding sentence k may reach, untrimmed: from the end of the sentence
  // before (or its line's start) to the start of the one after (or its line's end).
  const lowOf = (k: number): number => {
    const prevEnd = k > 0 ? ends[k - 1]! : 0;
    const br = lastLineBreak(before, prevEnd, starts[k]!);
    return br >= 0 ? br + 1 : prevEnd;
  };
  const nextStart = i + 1 < count ? starts[i + 1]! : before.length;
  const lineEndsAfter = i + 1 >= count || lastLineBreak(before, end, nextStart) >= 0;
  const low = lowOf(i);
  const firstOnLine = i === 0 || low > ends[i - 1]!;
  // Not a chunk after another: first on its line, or the sentence before is too short to be
  // a chunk that another follows.
  if (!firstOnLine && start - lowOf(i - 1) > MIN_CHUNK) return false;
  // Not a chunk before another, and not long enough to be cut after the edit.
  const high = lineEndsAfter ? lineBreakAfter(before, end, nextStart) : nextStart;
  if (!lineEndsAfter && high - low > MIN_CHUNK) return false;
  if (high - low + delta > MAX_SENTENCE || high - low > MAX_SENTENCE) return false;

  let letter = false;
  for (let k = start; k < at; k++) {
    const c = before.charCodeAt(k);
    if (!neverEnds(c)) return false;
    if (!letter && isAsciiLetter(c)) letter = true;
  }
  if (!letter) return false;
  for (let k = at; k < afterEnd; k++) if (!neverEnds(after.charCodeAt(k))) return false;
  for (let k = at; k < beforeEnd; k++) if (!neverEnds(before.charCodeAt(k))) return false;
  // A stop close after the edit reads the edited text behind it: it must read the same.
  let stopped = false;
  const marginEnd = Math.min(before.length, beforeEnd + LOOK_BEHIND + 1);
  for (let k = beforeEnd; k < marginEnd; k++) {
    const c = before.charCodeAt(k);
    if (neverEnds(c)) continue;
    if (isLineBreak(c)) break;
    if (!isStop(c) || k - LOOK_BEHIND <= start || k + delta - LOOK_BEHIND <= start) return false;
    const behind = behindStop(before, k);
    if (behind === null || behind !== behindStop(after, k + delta)) return false;
    if (k < end) stopped = true;
  }
  if (!stopped && beforeEnd + LOOK_BEHIND >= end) {
    // The sentence ends within the margin with no stop: only the line's end may follow it.
    if (!lineEndsAfter) return false;
    if (isSpace(after.charCodeAt(end + delta - 1))) return false;
  }
  return true;
}

/** The first line break in [from, to), or `to`. */
function lineBreakAfter(text: string, from: number, to: number): number {
  for (let k = from; k < to; k++) if (isLineBreak(text.charCodeAt(k))) return k;
  return to;
}

/**
 * Whether an edit inside a run cut at MAX_SENTENCE (untrimmed [runStart, runEnd) of `before`)
 * leaves the run a run: the same start, the same end (moved by the edit's length change) and
 * still no sentence end inside, so only its cuts may move (`chunkRun`). The edit replaces
 * `before[at, beforeEnd)` by `after[at, afterEnd)`. Conservative, like editKeepsBoundaries:
 * - no character that can end a sentence or a line is removed or inserted;
 * - the last letter or digit before the edit is in the run, and only characters that never end
 *   a sentence lie between it and the edit (a stop before it decided by what follows it, "e.g. x",
 *   is decided by unchanged text);
 * - a stop within LOOK_BEHIND characters after the edit reads the same word behind it, and the
 *   run does not end within that margin.
 */
export function editStaysInRun(
  before: string,
  after: string,
  runStart: number,
  runEnd: number,
  at: number,
  beforeEnd: number,
  afterEnd: number,
): boolean {
  if (at <= runStart || beforeEnd + LOOK_BEHIND + 1 >= runEnd) return false;
  for (let k = at; k < afterEnd; k++) if (!neverEnds(after.charCodeAt(k))) return false;
  for (let k = at; k < beforeEnd; k++) if (!neverEnds(before.charCodeAt(k))) return false;
  let k = at - 1;
  for (; k >= runStart; k--) {
    const c = before.charCodeAt(k);
    if (isAsciiLetter(c) || (c >= 48 && c <= 57)) break;
    if (!neverEnds(c)) return false;
  }
  if (k < runStart) return false;
  const delta = afterEnd - beforeEnd;
  for (let q = beforeEnd; q < beforeEnd + LOOK_BEHIND + 1; q++) {
    const c = before.charCodeAt(q);
    if (neverEnds(c)) continue;
    if (!isStop(c) || q - LOOK_BEHIND <= runStart) return false;
    const behind = behindStop(before, q);
    if (behind === null || behind !== behindStop(after, q + delta)) return false;
  }
  return true;
}
