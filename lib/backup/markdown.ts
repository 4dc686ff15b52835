/**
 * Putting the person's own words into Markdown without letting them become Markdown.
 * A name like `# <script>` or `*[x](javascript:…)*` must print as exactly those
 * characters: no heading, no link, no HTML, whatever renderer opens the file.
 */

/**
 * Characters that can start or end Markdown/GFM syntax anywhere in a line: emphasis,
 * code, links/images, raw HTML and entities, tables, strikethrough, headings' closing
 * hashes. CommonMark lets any ASCII punctuation be backslash-escaped, so escaping these
 * is always safe. `$` is left alone: money reads "$300.00" in the raw file, and at worst
 * a math-aware viewer typesets it; it can never become HTML or a link.
 */
const INLINE_SPECIAL = /[\\`*_[\]<>&|~#!]/g;

/** Line openers that would turn a line into a block: list items, quotes, headings' setext underline. */
const LINE_START_BLOCK = /^([-+=>]|\d{1,9}[.)])/;

/** One line of user text, safe inside a paragraph, list item, table cell or heading. */
export function escapeInline(text: string): string {
  return oneLine(text).replace(INLINE_SPECIAL, '\\$&').replace(LINE_START_BLOCK, (m) => escapeLineStart(m));
}

function escapeLineStart(opener: string): string {
  // "1." → "1\." ; "-" → "\-"
  const last = opener.slice(-1);
  return /\d/.test(opener[0] ?? '') ? `${opener.slice(0, -1)}\\${last}` : `\\${opener}`;
}

/** Newlines, tabs and other control characters folded to single spaces, ends trimmed. */
export function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/ {2,}/g, ' ').trim();
}

/**
 * Multi-line user text (a reflection, a note) as Markdown that keeps its line breaks and
 * paragraphs. `indent` is the continuation indent of the list item it sits in, so the
 * text stays inside that item.
 */
export function escapeBlock(text: string, indent = ''): string {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .split('\n')
        .map((line) => escapeInline(line))
        .filter((line) => line !== ''),
    )
    .filter((lines) => lines.length > 0);
  // A trailing backslash is CommonMark's hard line break; escaped text never ends in a lone one.
  return paragraphs.map((lines) => lines.join(`\\\n${indent}`)).join(`\n\n${indent}`);
}
