import type { Hint } from '../../analysis/types';
import { contains, shift, type Box, type Offset } from '../geometry';
import { clearHighlights, paintHighlights, supportsHighlights, type HighlightKind } from '../highlights';
import { insertIntoEditable, type InsertOutcome } from '../insert';
import { paintedSpan, paintStillHolds, type PaintedSpan } from './anchors';
import type { MaskRules } from './editable-text';
import { boundaryAt, extractEditableText, offsetOfPosition, rangeForSpan } from './editable-text';
import { hintAtOffset, type FieldAdapter, type PaintContext } from './field-adapter';
import type { FieldSnapshot } from './text-snapshot';

type CaretDoc = Document & {
  caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** A contenteditable field (including an editor body inside a same-origin iframe). */
export class EditableField implements FieldAdapter {
  readonly doc: Document;
  private readonly useHighlights: boolean;
  /** Live range at the last caret position inside the field (the DOM keeps it current). */
  private lastCaret: Range | null = null;
  /** The live ranges of the last Highlight API paint, with the words each was drawn on. */
  private painted: PaintedSpan[] = [];

  constructor(
    readonly field: HTMLElement,
    private readonly masks: MaskRules,
  ) {
    this.doc = field.ownerDocument;
    this.useHighlights = supportsHighlights(this.doc);
  }

  snapshot(): FieldSnapshot {
    return extractEditableText(this.field, this.masks);
  }

  paint(hints: readonly Hint[], active: Hint | null, snap: FieldSnapshot, ctx: PaintContext): void {
    if (this.useHighlights) {
      const ranges: Record<HighlightKind, Range[]> = { problem: [], consider: [], active: [] };
      for (const hint of hints) {
        const range = rangeForSpan(snap, hint.start, hint.end, this.doc);
        if (!range) continue;
        ranges[hint.severity === 'problem' ? 'problem' : 'consider'].push(range);
        if (hint === active) ranges.active.push(range);
      }
      paintHighlights(this.doc, this, ranges);
      this.painted = [...ranges.problem, ...ranges.consider].map(paintedSpan);
      return;
    }
    const boxes = [];
    for (const hint of hints) {
      for (const box of this.spanBoxes(snap, hint.start, hint.end, ctx.offset)) {
        boxes.push({ box, rule: hint.rule, severity: hint.severity, active: hint === active });
      }
    }
    ctx.layer.draw(boxes, ctx.visible);
  }

  keepsPaint(): boolean {
    if (!this.useHighlights) return false;
    // Editors that re-render, and site checkers that wrap words (Gmail), move text nodes:
    // re-anchor unless every range still reads its words (see anchors.ts).
    return paintStillHolds(this.painted);
  }

  clear(ctx: PaintContext): void {
    this.painted = [];
    if (this.useHighlights) clearHighlights(this.doc, this);
    ctx.layer.draw([], null);
  }

  spanBoxes(snap: FieldSnapshot, start: number, end: number, offset: Offset): Box[] {
    const range = rangeForSpan(snap, start, end, this.doc);
    if (!range) return [];
    return Array.from(range.getClientRects())
      .filter((r) => r.width > 0 && r.height > 0)
      .map((r) => shift(r, offset));
  }

  hintAt(x: number, y: number, hints: readonly Hint[], snap: FieldSnapshot, offset: Offset): Hint | null {
    if (hints.length === 0) return null;
    const doc = this.doc as CaretDoc;
    const lx = x - offset.x;
    const ly = y - offset.y;
    let node: Node | null = null;
    let at = 0;
    if (doc.caretPositionFromPoint) {
      const pos = doc.caretPositionFromPoint(lx, ly);
      if (pos) ({ offsetNode: node, offset: at } = pos);
    } else if (doc.caretRangeFromPoint) {
      const range = doc.caretRangeFromPoint(lx, ly);
      if (range) ({ startContainer: node, startOffset: at } = range);
    }
    if (!node || !this.field.contains(node)) return null;
    const textOffset = offsetOfPosition(snap, node, at);
    // The caret position snaps to the nearest character boundary: check both sides.
    const candidate = hintAtOffset(hints, textOffset) ?? hintAtOffset(hints, textOffset - 1);
    if (!candidate) return null;
    return this.spanBoxes(snap, candidate.start, candidate.end, offset).some((b) => contains(b, x, y)) ? candidate : null;
  }

  trackSelection(): void {
    const sel = this.doc.getSelection();
    if (!sel || sel.rangeCount === 0) return;
    const range = sel.getRangeAt(0);
    if (!this.field.contains(range.endContainer)) return;
    this.lastCaret = range.cloneRange();
    this.lastCaret.collapse(false);
  }

  caretOffset(snap: FieldSnapshot): number | null {
    // Read the selection now if it is in the field: 'selectionchange' is queued behind input
    // events, so after quick arrow presses the last one noted can be a few keys behind.
    this.trackSelection();
    const caret = this.lastCaret;
    if (!caret || !this.field.contains(caret.endContainer)) return null;
    return offsetOfPosition(snap, caret.endContainer, caret.endOffset);
  }

  reveal(snap: FieldSnapshot, start: number): void {
    const range = rangeForSpan(snap, start, start + 1, this.doc);
    const el = range?.startContainer.parentElement;
    el?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  async insert(text: string, offset: number, useCaret: boolean, snap: FieldSnapshot): Promise<InsertOutcome> {
    let at: Range | null = null;
    if (useCaret && this.lastCaret && this.field.contains(this.lastCaret.endContainer)) {
      at = this.lastCaret.cloneRange();
    } else {
      // Right after the character before `offset` (so it joins the person's last words).
      const point = offset > 0 ? boundaryAt(snap, offset, 'end') : boundaryAt(snap, 0, 'start');
      if (point) {
        at = this.doc.createRange();
        at.setStart(point.node, Math.min(point.offset, point.node.data.length));
        at.collapse(true);
      }
    }
    if (!at) {
      at = this.doc.createRange();
      at.selectNodeContents(this.field);
      at.collapse(snap.text.length > 0 ? false : true);
    }
    const outcome = await insertIntoEditable(this.field, at, text, () => this.snapshot().text);
    this.trackSelection();
    return outcome;
  }

  destroy(): void {
    if (this.useHighlights) clearHighlights(this.doc, this);
    this.lastCaret = null;
  }
}
