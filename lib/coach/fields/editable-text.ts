import { maskLineConventions } from '../masks/line-masks';
import { blankOut, type FieldSnapshot, type TextSegment } from './text-snapshot';

/**
 * Builds the plain text of a contenteditable field by walking its text nodes, the way a
 * reader sees it: block elements and <br> become "\n". Nothing in the editor is touched.
 * Each text node's piece is recorded, so an engine span maps back to a DOM Range.
 */

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'caption',
]);
const SKIP_TAGS = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'svg', 'math']);
/**
 * Invisible characters editors and page scripts slip into text (caret placeholders, word
 * joiners, soft hyphens): left out of the text, so "sor\u200Bry" still reads as "sorry" and
 * a marker a site's own checker adds cannot split a phrase. ZWJ/ZWNJ stay: they shape
 * scripts and emoji.
 */
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/;

export interface MaskRules {
  /** Selectors for elements whose text is left out of the analysis. */
  mask: readonly string[];
  /** Selectors for elements from which everything to the end is left out. */
  maskFrom: readonly string[];
}

/** Keeps only selectors this engine can parse, so one bad entry cannot break the rest. */
function validSelector(list: readonly string[], doc: Document): string | null {
  const ok = list.filter((sel) => {
    try {
      doc.createDocumentFragment().querySelector(sel);
      return true;
    } catch {
      return false;
    }
  });
  return ok.length ? ok.join(',') : null;
}

function isBlock(el: Element): boolean {
  return BLOCK_TAGS.has(el.localName);
}

/** Source-formatting whitespace between blocks is not part of what the person wrote. */
function isFormattingWhitespace(node: Text): boolean {
  if (!/^[ \t\r\n]*$/.test(node.data) || !/[\r\n\t]/.test(node.data)) return false;
  const prev = node.previousSibling;
  const next = node.nextSibling;
  const blockish = (n: Node | null) => n === null || (n.nodeType === 1 && isBlock(n as Element));
  return blockish(prev) || blockish(next);
}

export function extractEditableText(root: Element, rules: MaskRules): FieldSnapshot {
  const doc = root.ownerDocument;
  const maskSel = validSelector(rules.mask, doc);
  const maskFromSel = validSelector(rules.maskFrom, doc);

  const parts: string[] = [];
  const analysisParts: string[] = [];
  const segments: TextSegment[] = [];
  let length = 0;
  let lastChar = '';
  let pendingBreak = false;
  let maskRest = false;

  const push = (chunk: string, masked: boolean) => {
    parts.push(chunk);
    analysisParts.push(masked ? blankOut(chunk) : chunk);
    length += chunk.length;
    lastChar = chunk[chunk.length - 1] ?? lastChar;
  };
  const flushBreak = (masked: boolean) => {
    if (pendingBreak && length > 0 && lastChar !== '\n') push('\n', masked);
    pendingBreak = false;
  };

  const walk = (node: Node, masked: boolean) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        const text = child as Text;
        if (text.data.length === 0 || isFormattingWhitespace(text)) continue;
        const data = text.data;
        if (!INVISIBLE.test(data)) {
          flushBreak(masked || maskRest);
          segments.push({ start: length, length: data.length, node: text, nodeOffset: 0 });
          push(data, masked || maskRest);
          continue;
        }
        // One segment per visible run, each pointing at its place in the node.
        for (let i = 0; i < data.length; ) {
          while (i < data.length && INVISIBLE.test(data[i]!)) i++;
          let j = i;
          while (j < data.length && !INVISIBLE.test(data[j]!)) j++;
          if (j > i) {
            flushBreak(masked || maskRest);
            segments.push({ start: length, length: j - i, node: text, nodeOffset: i });
            push(data.slice(i, j), masked || maskRest);
          }
          i = j;
        }
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.localName;
      if (SKIP_TAGS.has(tag) || el.hasAttribute('hidden')) continue;
      if (maskFromSel && !maskRest && el.matches(maskFromSel)) maskRest = true;
      const inMask = masked || maskRest || (maskSel !== null && el.matches(maskSel));
      if (tag === 'br') {
        flushBreak(inMask);
        push('\n', inMask);
        continue;
      }
      const block = isBlock(el);
      if (block) pendingBreak = true;
      walk(el, inMask);
      if (block) pendingBreak = true;
    }
  };
  walk(root, false);

  const text = parts.join('');
  // Plain-text conventions ("> " lines, "-- " signatures, …) hold in rich editors too.
  return { text, analysisText: maskLineConventions(text, analysisParts.join('')), segments };
}

/** Index of the segment whose piece contains `offset` (or the first one after it). */
function segmentIndexAt(segments: readonly TextSegment[], offset: number): number {
  let lo = 0;
  let hi = segments.length - 1;
  let found = segments.length;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const seg = segments[mid]!;
    if (seg.start + seg.length <= offset) lo = mid + 1;
    else {
      found = mid;
      hi = mid - 1;
    }
  }
  return found;
}

export interface Boundary {
  node: Text;
  offset: number;
}

/**
 * The DOM position for a text offset. `side` says which text node wins when the offset
 * sits between two pieces (or on a synthetic line break): 'start' picks the following
 * piece, 'end' the preceding one, so a range never begins or ends inside a line break.
 */
export function boundaryAt(snapshot: FieldSnapshot, offset: number, side: 'start' | 'end'): Boundary | null {
  const { segments } = snapshot;
  if (segments.length === 0) return null;
  if (side === 'start') {
    const i = segmentIndexAt(segments, offset);
    const seg = segments[i];
    if (!seg) return null;
    const inside = Math.max(0, offset - seg.start);
    return { node: seg.node, offset: seg.nodeOffset + inside };
  }
  // 'end': the piece containing the character just before the offset.
  const i = segmentIndexAt(segments, Math.max(0, offset - 1));
  let seg = segments[i];
  if (!seg || seg.start >= offset) seg = segments[i - 1];
  if (!seg) return null;
  const inside = Math.min(seg.length, offset - seg.start);
  return { node: seg.node, offset: seg.nodeOffset + inside };
}

/** A Range over [start, end) of the snapshot's text, or null when the nodes are gone. */
export function rangeForSpan(snapshot: FieldSnapshot, start: number, end: number, doc: Document): Range | null {
  const a = boundaryAt(snapshot, start, 'start');
  const b = boundaryAt(snapshot, end, 'end');
  if (!a || !b || !a.node.isConnected || !b.node.isConnected) return null;
  const range = doc.createRange();
  try {
    range.setStart(a.node, Math.min(a.offset, a.node.data.length));
    range.setEnd(b.node, Math.min(b.offset, b.node.data.length));
  } catch {
    return null;
  }
  return range.collapsed && end > start ? null : range;
}

/** The text offset of a DOM position inside the field (e.g. the caret). */
export function offsetOfPosition(snapshot: FieldSnapshot, node: Node, offset: number): number {
  const { segments } = snapshot;
  if (node.nodeType === 3) {
    // A node may give several pieces (invisible characters left out between them).
    let after: number | null = null;
    for (const seg of segments) {
      if (seg.node !== node) {
        if (after !== null) break;
        continue;
      }
      if (offset <= seg.nodeOffset) return seg.start;
      if (offset <= seg.nodeOffset + seg.length) return seg.start + (offset - seg.nodeOffset);
      after = seg.start + seg.length;
    }
    if (after !== null) return after;
  }
  const doc = node.ownerDocument ?? (node as Document);
  const probe = doc.createRange();
  try {
    probe.setStart(node, offset);
  } catch {
    return snapshot.text.length;
  }
  // First piece that lies after the position.
  let lo = 0;
  let hi = segments.length - 1;
  let found = segments.length;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (probe.comparePoint(segments[mid]!.node, 0) >= 0) {
      found = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  if (found === segments.length) return snapshot.text.length;
  return segments[found]!.start;
}
