/**
 * Plain-text conventions that mark words as not the person's own, for every client (a
 * textarea in Roundcube or SnappyMail as much as a rich editor whose quote markup we do not
 * know): quoted lines ("> "), the attribution line that introduces a quote ("On …, … wrote:"
 * in any language), a forwarded/original-message header, and a signature after "-- ".
 *
 * Pure functions on strings. Masking replaces characters with spaces (line breaks kept), so
 * `analysis` always has the length of `text` and every offset still points into the draft.
 */

interface Line {
  start: number;
  end: number;
  text: string;
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    lines.push({ start, end, text: text.slice(start, end) });
    if (nl === -1) return lines;
    start = nl + 1;
  }
}

/** Only spaces (trim() includes the no-break space rich editors keep a typed space as). */
function isBlank(line: string): boolean {
  return line.trim() === '';
}

/** A quoted line: ">" first on the line (after indentation), as mail clients and Markdown write it. */
export function isQuotedLine(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '>') return true;
    if (c !== ' ' && c !== '\t' && c !== '\u00a0') return false;
  }
  return false;
}

/** The signature delimiter of RFC 3676 ("-- "), also without its space or with a no-break one. */
export function isSignatureDelimiter(line: string): boolean {
  return line.length <= 3 && (line === '--' || line === '-- ' || line === '--\u00a0');
}

const DASH = '[-\u2010\u2011\u2012\u2013\u2014\u2015_=]';
/**
 * A forward or original-message header drawn with rules, whatever the language:
 * "---------- Forwarded message ---------", "-----Original Message-----",
 * "‐‐‐‐‐‐‐ Original Message ‐‐‐‐‐‐‐" (Proton's hyphens), or Outlook's plain-text rule of
 * underscores. A bare line of a few dashes is left alone: people use it as a separator.
 */
const RULED_HEADER = new RegExp(`^[ \\t\\u00a0]*${DASH}{3,}[ \\t\\u00a0]*\\S.*?\\S?[ \\t\\u00a0]*${DASH}{3,}[ \\t\\u00a0]*$`);
const LONG_RULE = /^[ \t\u00a0]*_{20,}[ \t\u00a0]*$/;

export function isForwardHeader(line: string): boolean {
  const first = line.trimStart()[0];
  if (first === undefined || !'-\u2010\u2011\u2012\u2013\u2014\u2015_='.includes(first)) return false;
  // Headers are short; the length cap also bounds the regex's backtracking.
  if (line.length > 200) return false;
  if (LONG_RULE.test(line)) return true;
  if (!RULED_HEADER.test(line)) return false;
  // Text between the rules, with at least one letter (so "------ ------" is not a header).
  return /\p{L}/u.test(line);
}

/** Longest line still read as an attribution ("On Tue, 3 Mar 2026 at 10:02, Ann <a@b.c> wrote:"). */
const ATTRIBUTION_MAX = 200;

/** "<" left open at the end of a line, and ">" that close nothing opened on it. */
function angleBalance(line: string): { open: number; stray: number } {
  let open = 0;
  let stray = 0;
  for (const c of line) {
    if (c === '<') open++;
    else if (c === '>') {
      if (open > 0) open--;
      else stray++;
    }
  }
  return { open, stray };
}

/** A line that introduces what follows: it ends with a colon (ASCII or full-width). */
function endsWithColon(line: string): boolean {
  const last = line.trimEnd().at(-1);
  return last === ':' || last === '\uff1a';
}

/**
 * Masks, in `analysis` (same length as `text`, possibly already masked by the page's quote
 * and signature markup):
 * 1. every quoted line ("> …");
 * 2. an attribution line directly before a quote block: a short line ending with ":" whose
 *    next line (after at most one blank line) is quoted text. No words are matched, so
 *    "Am Montag schrieb Anna:" and "El lunes, Ana escribió:" count as much as "… wrote:";
 * 3. everything from a forward header or a signature delimiter to the end.
 * `quoted` lines are those masked before this call or by rule 1.
 */
export function maskLineConventions(text: string, analysis: string = text): string {
  if (analysis.length !== text.length) throw new Error('analysis must be as long as text');
  const lines = splitLines(text);
  // Masked per line, applied in one pass at the end (slicing per line would be quadratic).
  const masked = new Array<boolean>(lines.length).fill(false);

  // 1. "> " lines; `quoted` also holds lines the page's markup already masked.
  const quoted: boolean[] = lines.map((line, i) => {
    if (isQuotedLine(line.text)) {
      masked[i] = true;
      return true;
    }
    return !isBlank(line.text) && isBlank(analysis.slice(line.start, line.end));
  });

  // 2. Attribution lines.
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (quoted[i] || !endsWithColon(line.text)) continue;
    if (line.text.trim().length > ATTRIBUTION_MAX) continue;
    let next = i + 1;
    if (next < lines.length && isBlank(lines[next]!.text)) next++;
    if (next < lines.length && quoted[next] && !isSignatureDelimiter(lines[next]!.text)) {
      masked[i] = true;
      // An attribution wrapped inside the address ("… Ann <\nann@example.org> wrote:"):
      // the line before holds the "<" this one closes.
      const prev = lines[i - 1];
      if (prev && angleBalance(prev.text).open > 0 && angleBalance(line.text).stray > 0) masked[i - 1] = true;
    }
  }

  // 3. Forwarded text and signatures run to the end of the draft.
  const tail = lines.findIndex((line) => isSignatureDelimiter(line.text) || isForwardHeader(line.text));
  if (tail >= 0) masked.fill(true, tail);

  if (!masked.includes(true)) return analysis;
  const parts: string[] = [];
  let from = 0;
  lines.forEach((line, i) => {
    if (!masked[i]) return;
    // A line holds no line break: all of it becomes spaces.
    parts.push(analysis.slice(from, line.start), ' '.repeat(line.end - line.start));
    from = line.end;
  });
  parts.push(analysis.slice(from));
  return parts.join('');
}
