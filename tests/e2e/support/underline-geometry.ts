/**
 * Where the coach's underlines are, and where the words they should sit on are, measured in
 * the page (viewport coordinates of the editable's own document):
 * - contenteditable: the ranges registered in the document's CSS.highlights (the main world
 *   can read them) that lie inside the editable, versus a fresh Range over the flagged words;
 * - textarea: the coach's underline boxes in its shadow root ([data-underline]), versus the
 *   words' boxes measured with our own mirror of the textarea (an independent oracle).
 */
import type { Page } from 'playwright-core';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface UnderlineSnapshot {
  mode: 'highlight-api' | 'mirror';
  text: string;
  underlines: { text: string | null; start: number | null; end: number | null; rects: Box[] }[];
  phrases: { phrase: string; found: boolean; rects: Box[] }[];
  /** Every word's box (textarea only), to check no underline floats over empty space. */
  words: Box[];
}

/** Runs in the page: self-contained (no closures over this module). */
function measureInPage(phrases: string[]): UnderlineSnapshot {
  const fx = window.__fixture!;
  const editable = fx.editable;
  const doc = editable.ownerDocument;
  const win = doc.defaultView!;
  // Rects in an editor iframe are relative to that frame; shift them into the top viewport,
  // where the person (and the coach's own UI) sees them.
  let dx = 0;
  let dy = 0;
  for (let w: Window = win; w !== w.parent && w.frameElement; w = w.parent) {
    const frame = w.frameElement as HTMLElement;
    const r = frame.getBoundingClientRect();
    const cs = w.parent.getComputedStyle(frame);
    dx += r.left + frame.clientLeft + parseFloat(cs.paddingLeft);
    dy += r.top + frame.clientTop + parseFloat(cs.paddingTop);
  }
  const toBox = (r: DOMRect): Box => ({ left: r.left + dx, top: r.top + dy, right: r.right + dx, bottom: r.bottom + dy });
  const visibleRects = (list: DOMRectList | DOMRect[]) =>
    Array.from(list)
      .filter((r) => r.width > 0 && r.height > 0)
      .map(toBox);

  if (editable instanceof win.HTMLTextAreaElement) {
    const ta = editable;
    const text = ta.value;
    const style = win.getComputedStyle(ta);
    const mirror = doc.createElement('div');
    const copied = [
      'boxSizing', 'width', 'height', 'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
      'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth', 'borderTopStyle',
      'borderRightStyle', 'borderBottomStyle', 'borderLeftStyle', 'fontFamily', 'fontSize', 'fontStyle',
      'fontWeight', 'fontVariant', 'fontStretch', 'lineHeight', 'letterSpacing', 'wordSpacing',
      'textAlign', 'textIndent', 'textTransform', 'tabSize', 'direction', 'fontKerning',
      'fontFeatureSettings', 'fontVariantLigatures',
    ] as const;
    for (const prop of copied) mirror.style[prop] = style[prop];
    const rect = ta.getBoundingClientRect();
    Object.assign(mirror.style, {
      position: 'fixed',
      left: `${rect.left}px`,
      top: `${rect.top}px`,
      margin: '0',
      visibility: 'hidden',
      whiteSpace: 'pre-wrap',
      overflowWrap: 'break-word',
      overflowX: 'hidden',
      // A scrolling textarea has a scrollbar that narrows its text; so must the mirror.
      overflowY: ta.scrollHeight > ta.clientHeight ? 'scroll' : 'hidden',
      pointerEvents: 'none',
    });
    const node = doc.createTextNode(text.endsWith('\n') ? `${text} ` : text);
    mirror.append(node);
    doc.body.append(mirror);
    mirror.scrollTop = ta.scrollTop;
    mirror.scrollLeft = ta.scrollLeft;
    const rangeRects = (start: number, end: number) => {
      const range = doc.createRange();
      range.setStart(node, start);
      range.setEnd(node, end);
      return visibleRects(range.getClientRects());
    };
    const phraseBoxes = phrases.map((phrase) => {
      const at = text.indexOf(phrase);
      return { phrase, found: at >= 0, rects: at >= 0 ? rangeRects(at, at + phrase.length) : [] };
    });
    const words = Array.from(text.matchAll(/\S+/g)).flatMap((m) => rangeRects(m.index, m.index + m[0].length));
    mirror.remove();
    const boxes = Array.from(doc.querySelectorAll('amends-coach')).flatMap((host) =>
      Array.from(host.shadowRoot?.querySelectorAll<HTMLElement>('[data-underline]') ?? []),
    );
    return {
      mode: 'mirror',
      text,
      underlines: boxes
        .filter((el) => !el.hidden && el.getClientRects().length > 0)
        .map((el) => ({ text: null, start: null, end: null, rects: visibleRects([el.getBoundingClientRect()]) })),
      phrases: phraseBoxes,
      words,
    };
  }

  const whole = doc.createRange();
  whole.selectNodeContents(editable);
  const text = whole.toString();
  const offsetOf = (node: Node, offset: number) => {
    const r = doc.createRange();
    r.setStart(editable, 0);
    r.setEnd(node, offset);
    return r.toString().length;
  };
  const ranges: AbstractRange[] = [];
  const registry = (win as Window & typeof globalThis).CSS.highlights;
  registry.forEach((highlight) => {
    highlight.forEach((range) => {
      if (editable.contains(range.startContainer) && editable.contains(range.endContainer)) ranges.push(range);
    });
  });
  const underlines = ranges.map((abstract) => {
    const range = doc.createRange();
    range.setStart(abstract.startContainer, abstract.startOffset);
    range.setEnd(abstract.endContainer, abstract.endOffset);
    return {
      text: range.toString(),
      start: offsetOf(range.startContainer, range.startOffset),
      end: offsetOf(range.endContainer, range.endOffset),
      rects: visibleRects(range.getClientRects()),
    };
  });
  const rangeAt = (start: number, end: number) => {
    const walker = doc.createTreeWalker(editable, NodeFilter.SHOW_TEXT);
    const range = doc.createRange();
    let seen = 0;
    let startSet = false;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const len = (n as Text).data.length;
      if (!startSet && start <= seen + len) {
        range.setStart(n, start - seen);
        startSet = true;
      }
      if (startSet && end <= seen + len) {
        range.setEnd(n, end - seen);
        return range;
      }
      seen += len;
    }
    return null;
  };
  const phraseBoxes = phrases.map((phrase) => {
    const at = text.indexOf(phrase);
    const range = at >= 0 ? rangeAt(at, at + phrase.length) : null;
    return { phrase, found: !!range, rects: range ? visibleRects(range.getClientRects()) : [] };
  });
  return { mode: 'highlight-api', text, underlines, phrases: phraseBoxes, words: [] };
}

export function measureUnderlines(page: Page, phrases: string[]): Promise<UnderlineSnapshot> {
  return page.evaluate(measureInPage, phrases);
}

/** Boxes overlap when they share at least half of the smaller one's width and height. */
export function overlaps(a: Box, b: Box): boolean {
  const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  const minW = Math.min(a.right - a.left, b.right - b.left);
  const minH = Math.min(a.bottom - a.top, b.bottom - b.top);
  return w > 0 && h > 0 && w >= 0.5 * minW && h >= 0.5 * minH;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * What is wrong with the underlines, in words (empty when they sit on the flagged words):
 * every expected phrase has an underline over it; no underline is empty, cuts a word in half,
 * or floats where there is no text.
 */
export function underlineProblems(snapshot: UnderlineSnapshot): string[] {
  const problems: string[] = [];
  if (snapshot.underlines.length === 0) {
    problems.push(
      snapshot.mode === 'mirror'
        ? 'no underline boxes ([data-underline]) in the coach shadow root'
        : 'no highlight ranges inside the editor in CSS.highlights',
    );
  }
  const allUnderlineRects = snapshot.underlines.flatMap((u) => u.rects);
  for (const u of snapshot.underlines) {
    const label = u.text === null ? 'underline box' : `highlight "${u.text}"`;
    if (u.rects.length === 0) {
      problems.push(`${label} has no visible box${u.text === '' ? ' (a collapsed range: stale after the editor re-rendered)' : ''}`);
      continue;
    }
    if (u.text !== null && u.start !== null && u.end !== null && u.text.length > 0) {
      const before = snapshot.text[u.start - 1] ?? ' ';
      const after = snapshot.text[u.end] ?? ' ';
      if ((WORD_CHAR.test(before) && WORD_CHAR.test(u.text[0]!)) || (WORD_CHAR.test(after) && WORD_CHAR.test(u.text.at(-1)!))) {
        problems.push(`${label} at ${u.start}-${u.end} cuts a word ("${snapshot.text.slice(Math.max(0, u.start - 5), u.end + 5)}"): offsets are off`);
      }
    }
    if (snapshot.mode === 'mirror' && !u.rects.some((r) => snapshot.words.some((w) => overlaps(r, w)))) {
      const r = u.rects[0]!;
      problems.push(`${label} at (${r.left.toFixed(0)},${r.top.toFixed(0)}) sits on no word of the textarea`);
    }
  }
  for (const p of snapshot.phrases) {
    if (!p.found) {
      problems.push(`"${p.phrase}" is not in the editor's text: ${JSON.stringify(snapshot.text)}`);
    } else if (p.rects.length === 0) {
      problems.push(`"${p.phrase}" has no box of its own (scrolled out of its field?)`);
    } else if (!p.rects.some((pr) => allUnderlineRects.some((ur) => overlaps(pr, ur)))) {
      const r = p.rects[0]!;
      problems.push(
        `no underline over "${p.phrase}" at (${r.left.toFixed(0)},${r.top.toFixed(0)}); underlines at ` +
          allUnderlineRects.map((u) => `(${u.left.toFixed(0)},${u.top.toFixed(0)})`).join(' '),
      );
    }
  }
  return problems;
}
