import type { Box } from '../geometry';

export interface UnderlineBox {
  /** Host-viewport box of one line of a flagged span. */
  box: Box;
  rule: string;
  severity: 'problem' | 'consider';
  active: boolean;
}

/**
 * Underline boxes drawn in the shadow root over a field (textareas, or contenteditable where
 * the Highlight API is missing). Boxes are clipped to the field's visible area and their
 * elements are reused between frames, so redrawing while typing creates almost nothing.
 */
export class UnderlineLayer {
  private readonly clip: HTMLElement;
  private readonly pool: HTMLElement[] = [];

  constructor(parent: HTMLElement) {
    this.clip = parent.ownerDocument.createElement('div');
    this.clip.className = 'clip';
    parent.append(this.clip);
  }

  draw(boxes: readonly UnderlineBox[], visible: Box | null): void {
    const style = this.clip.style;
    if (!visible || boxes.length === 0) {
      style.display = 'none';
      return;
    }
    style.display = 'block';
    style.left = `${visible.left}px`;
    style.top = `${visible.top}px`;
    style.width = `${visible.right - visible.left}px`;
    style.height = `${visible.bottom - visible.top}px`;
    const doc = this.clip.ownerDocument;
    for (let i = 0; i < boxes.length; i++) {
      let el = this.pool[i];
      if (!el) {
        el = doc.createElement('div');
        el.className = 'underline';
        this.pool.push(el);
        this.clip.append(el);
      }
      const { box, rule, severity, active } = boxes[i]!;
      el.hidden = false;
      el.setAttribute('data-underline', rule);
      el.setAttribute('data-severity', severity);
      el.toggleAttribute('data-active', active);
      // The box spans the word; its bottom border is the underline.
      el.style.left = `${box.left - visible.left}px`;
      el.style.top = `${box.top - visible.top}px`;
      el.style.width = `${Math.max(1, box.right - box.left)}px`;
      el.style.height = `${Math.max(1, box.bottom - box.top)}px`;
    }
    for (let i = boxes.length; i < this.pool.length; i++) this.pool[i]!.hidden = true;
  }

  destroy(): void {
    this.clip.remove();
  }
}
