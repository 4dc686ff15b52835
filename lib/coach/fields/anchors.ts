/**
 * Whether underlines drawn on live DOM Ranges still sit on the words they were drawn on.
 *
 * Live ranges follow typing by themselves, which is why typing costs no redraw. But pages
 * also rewrite the editor's DOM without changing its text: Gmail's own spelling and grammar
 * checker wraps flagged words in marker elements and re-renders them as it re-checks; other
 * editors re-render whole paragraphs. A range whose text node was moved or replaced is not
 * always collapsed: its ends slide to element positions and it can cover other words, or a
 * marker's worth more. So a paint holds only while every range still starts and ends in a
 * connected text node and reads exactly the words it was drawn on; otherwise the coach
 * reads the field again and draws fresh ranges (re-anchoring).
 */
export interface PaintedSpan {
  range: Range;
  /** `range.toString()` when it was drawn. */
  words: string;
}

export function paintedSpan(range: Range): PaintedSpan {
  return { range, words: range.toString() };
}

export function paintStillHolds(painted: readonly PaintedSpan[]): boolean {
  if (painted.length === 0) return false;
  return painted.every(({ range, words }) => {
    const { startContainer: a, endContainer: b } = range;
    return !range.collapsed && a.nodeType === 3 && b.nodeType === 3 && a.isConnected && b.isConnected && range.toString() === words;
  });
}
