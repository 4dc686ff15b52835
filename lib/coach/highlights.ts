import { adoptStyles } from './ui/host';

/**
 * Underlines for contenteditable fields through the CSS Custom Highlight API: the browser
 * paints the ranges, the editor's DOM is never touched. The registry (`CSS.highlights`) is
 * per document and visible to the page, so names are random and say nothing; the page
 * already holds the draft, and the ranges only say which of its words have a hint.
 *
 * The `::highlight()` rules must live in the field's own document (they style its text).
 * They are added as a constructed stylesheet through `adoptedStyleSheets`: no element is
 * added to the page, no editor sees a change, and page CSP (style-src) does not block it.
 * Where adopting fails, a <style> goes into the document's <head>, outside any editor.
 */
export type HighlightKind = 'problem' | 'consider' | 'active';

interface DocPainter {
  names: Record<HighlightKind, string>;
  highlights: Record<HighlightKind, Highlight>;
  owners: Map<object, Record<HighlightKind, Range[]>>;
  removeStyles: () => void;
}

const painters = new WeakMap<Document, DocPainter>();

function randomName(): string {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  let name = letters[Math.floor(Math.random() * 26)]!;
  for (let i = 0; i < 9; i++) name += (letters + '0123456789')[Math.floor(Math.random() * 36)];
  return name;
}

export function supportsHighlights(doc: Document): boolean {
  const win = doc.defaultView as (Window & typeof globalThis & { Highlight?: unknown }) | null;
  return !!win && typeof win.Highlight === 'function' && !!win.CSS && 'highlights' in win.CSS;
}

function painterFor(doc: Document): DocPainter {
  let painter = painters.get(doc);
  if (painter) return painter;
  const win = doc.defaultView as Window & typeof globalThis;
  const names = { problem: randomName(), consider: randomName(), active: randomName() };
  const make = (priority: number) => {
    const hl = new win.Highlight();
    hl.priority = priority;
    return hl;
  };
  const highlights = { problem: make(1), consider: make(0), active: make(2) };
  // Close under the words, like a spelling mark: mail editors set their lines tight (Gmail's
  // Arial at line-height normal, Roundcube's TinyMCE monospace), and a wave 3px further down
  // ran into the tops of the next line's letters.
  const css =
    `::highlight(${names.problem}){text-decoration:underline wavy #c2571a;text-decoration-thickness:1.25px;text-underline-offset:1px;text-decoration-skip-ink:none}` +
    `::highlight(${names.consider}){text-decoration:underline dotted #2f62b8;text-decoration-thickness:1.5px;text-underline-offset:1px;text-decoration-skip-ink:none}` +
    `::highlight(${names.active}){background-color:rgba(255,196,0,.3)}`;
  const removeStyles = adoptStyles(doc, css);
  for (const kind of Object.keys(names) as HighlightKind[]) win.CSS.highlights.set(names[kind], highlights[kind]);
  painter = { names, highlights, owners: new Map(), removeStyles };
  painters.set(doc, painter);
  return painter;
}

function rebuild(painter: DocPainter, kind: HighlightKind): void {
  const hl = painter.highlights[kind];
  hl.clear();
  for (const ranges of painter.owners.values()) for (const r of ranges[kind]) hl.add(r);
}

/** Replace what one coach (`owner`) underlines in `doc`. */
export function paintHighlights(doc: Document, owner: object, ranges: Record<HighlightKind, Range[]>): void {
  const painter = painterFor(doc);
  const before = painter.owners.get(owner);
  painter.owners.set(owner, ranges);
  for (const kind of ['problem', 'consider', 'active'] as const) {
    if (before && before[kind].length === 0 && ranges[kind].length === 0) continue;
    rebuild(painter, kind);
  }
}

/** Remove one coach's underlines; the last one out takes the names and styles away too. */
export function clearHighlights(doc: Document, owner: object): void {
  const painter = painters.get(doc);
  if (!painter || !painter.owners.delete(owner)) return;
  if (painter.owners.size > 0) {
    for (const kind of ['problem', 'consider', 'active'] as const) rebuild(painter, kind);
    return;
  }
  const win = doc.defaultView as (Window & typeof globalThis) | null;
  for (const name of Object.values(painter.names)) win?.CSS.highlights.delete(name);
  painter.removeStyles();
  painters.delete(doc);
}
