/**
 * The text of a field as the engine sees it, plus what is needed to map engine offsets back
 * to the field. `text` and `analysisText` always have the same length: masked parts
 * (quoted replies, signatures) are spaces in `analysisText`, so offsets stay true.
 */
export interface TextSegment {
  /** Offset of this piece in `text`. */
  start: number;
  length: number;
  node: Text;
  /** Offset inside `node.data` where the piece begins. */
  nodeOffset: number;
}

export interface FieldSnapshot {
  text: string;
  analysisText: string;
  /** contenteditable only: the text nodes the string was built from, in order. */
  segments: TextSegment[];
}

/** Replace every character except line breaks with a space (same length). */
export function blankOut(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}

/** Mask `text` between `from` and `to` in `analysis` (same length in, same length out). */
export function maskRange(analysis: string, from: number, to: number): string {
  if (to <= from) return analysis;
  return analysis.slice(0, from) + blankOut(analysis.slice(from, to)) + analysis.slice(to);
}
