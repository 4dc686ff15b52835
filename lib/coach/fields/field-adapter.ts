import type { Hint } from '../../analysis/types';
import type { Box, Offset } from '../geometry';
import type { InsertOutcome } from '../insert';
import type { UnderlineLayer } from '../ui/underline-layer';
import type { FieldSnapshot } from './text-snapshot';

export interface PaintContext {
  layer: UnderlineLayer;
  /** Visible part of the field, host-viewport coordinates. */
  visible: Box | null;
  /** Where the field's frame sits in the host viewport. */
  offset: Offset;
}

/**
 * What the coach needs from one kind of field. Two kinds: contenteditable (ranges over the
 * editor's own text nodes) and <textarea> (a mirror). Neither writes to the field except
 * `insert`, which the person asked for.
 */
export interface FieldAdapter {
  readonly field: HTMLElement;
  readonly doc: Document;
  /** Read the field's text now. */
  snapshot(): FieldSnapshot;
  /** Underline `hints` (offsets in `snap`), marking `active` more strongly. */
  paint(hints: readonly Hint[], active: Hint | null, snap: FieldSnapshot, ctx: PaintContext): void;
  clear(ctx: PaintContext): void;
  /**
   * True when the last paint still sits on the right words after an edit without repainting
   * (live ranges the browser moved along with the text), so typing costs no redraw.
   */
  keepsPaint(): boolean;
  /** Host-viewport boxes of one span. */
  spanBoxes(snap: FieldSnapshot, start: number, end: number, offset: Offset): Box[];
  /** The hint under a host-viewport point. */
  hintAt(x: number, y: number, hints: readonly Hint[], snap: FieldSnapshot, offset: Offset): Hint | null;
  /** Where the caret is now (or, when the selection has left the field, last was) in the person's text, or null when unknown. */
  caretOffset(snap: FieldSnapshot): number | null;
  /** Note the caret position when the selection changes inside the field. */
  trackSelection(): void;
  /** Scroll the span into the field's view (no change to text or selection). */
  reveal(snap: FieldSnapshot, start: number, end: number): void;
  insert(text: string, offset: number, useCaret: boolean, snap: FieldSnapshot): Promise<InsertOutcome>;
  destroy(): void;
}

/** The first hint (in text order) whose span holds `offset`. */
export function hintAtOffset(hints: readonly Hint[], offset: number): Hint | null {
  for (const hint of hints) {
    if (hint.start <= offset && offset < hint.end) return hint;
    if (hint.start > offset) break;
  }
  return null;
}
