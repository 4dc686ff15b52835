import type { Hint } from '../../analysis/types';
import { contains, type Box, type Offset } from '../geometry';
import { insertIntoTextarea, type InsertOutcome } from '../insert';
import type { UnderlineBox } from '../ui/underline-layer';
import type { FieldAdapter, PaintContext } from './field-adapter';
import { extractPlainText } from './plain-text';
import type { FieldSnapshot } from './text-snapshot';
import { TextareaMirror } from './textarea-mirror';

/** A <textarea>: underlines are measured on a mirror and drawn as boxes in the shadow root. */
export class TextareaField implements FieldAdapter {
  readonly doc: Document;
  private readonly mirror: TextareaMirror;
  /** Boxes from the last paint, for hovering (hint, host-viewport box). */
  private painted: { hint: Hint; box: Box }[] = [];

  constructor(
    readonly field: HTMLTextAreaElement,
    mirrorParent: HTMLElement,
  ) {
    this.doc = field.ownerDocument;
    this.mirror = new TextareaMirror(mirrorParent);
  }

  snapshot(): FieldSnapshot {
    return extractPlainText(this.field.value);
  }

  /** Re-read the field's font and padding (after a resize or a style change). */
  restyle(): void {
    this.mirror.copyStyles(this.field);
  }

  paint(hints: readonly Hint[], active: Hint | null, snap: FieldSnapshot, ctx: PaintContext): void {
    const rects = this.mirror.measure(this.field, snap.text, hints, ctx.offset, true);
    const boxes: UnderlineBox[] = [];
    this.painted = [];
    hints.forEach((hint, i) => {
      for (const box of rects[i] ?? []) {
        boxes.push({ box, rule: hint.rule, severity: hint.severity, active: hint === active });
        this.painted.push({ hint, box });
      }
    });
    ctx.layer.draw(boxes, ctx.visible);
  }

  clear(ctx: PaintContext): void {
    this.painted = [];
    this.mirror.clear();
    ctx.layer.draw([], null);
  }

  spanBoxes(snap: FieldSnapshot, start: number, end: number, offset: Offset): Box[] {
    return this.mirror.measure(this.field, snap.text, [{ start, end }], offset)[0] ?? [];
  }

  hintAt(x: number, y: number): Hint | null {
    for (const { hint, box } of this.painted) if (contains(box, x, y)) return hint;
    return null;
  }

  keepsPaint(): boolean {
    // Boxes are positioned, not anchored to text: remeasure after every change.
    return false;
  }

  trackSelection(): void {
    // A textarea keeps its own selection while blurred.
  }

  caretOffset(): number | null {
    const end = this.field.selectionEnd;
    return typeof end === 'number' ? end : null;
  }

  reveal(snap: FieldSnapshot, start: number, end: number): void {
    const boxes = this.spanBoxes(snap, start, end, { x: 0, y: 0 });
    const first = boxes[0];
    if (!first) return;
    const rect = this.field.getBoundingClientRect();
    const top = rect.top + this.field.clientTop;
    const bottom = top + this.field.clientHeight;
    if (first.top < top) this.field.scrollTop -= top - first.top + 4;
    else if (first.bottom > bottom) this.field.scrollTop += first.bottom - bottom + 4;
    this.field.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  }

  insert(text: string, offset: number): Promise<InsertOutcome> {
    return insertIntoTextarea(this.field, offset, text);
  }

  destroy(): void {
    this.mirror.destroy();
    this.painted = [];
  }
}
