/**
 * A <textarea> has no text nodes, so no Range can point into it. The mirror is a hidden
 * element in the coach's shadow root, placed exactly over the textarea's client area with
 * the same text-layout styles and scroll offset; ranges measured on its text node give the
 * words' boxes on screen.
 */
const COPIED = [
  'direction', 'font-family', 'font-size', 'font-style', 'font-variant', 'font-weight', 'font-stretch',
  'font-feature-settings', 'font-kerning', 'font-size-adjust', 'line-height', 'letter-spacing',
  'word-spacing', 'text-transform', 'text-indent', 'text-align', 'tab-size', 'text-rendering',
  'padding-top', 'padding-right', 'padding-bottom', 'padding-left', 'writing-mode', 'word-break',
  'overflow-wrap', 'hyphens', 'white-space', 'line-break', 'unicode-bidi',
] as const;

export class TextareaMirror {
  private readonly el: HTMLElement;
  private readonly textNode: Text;
  private stylesFor: HTMLTextAreaElement | null = null;

  constructor(parent: HTMLElement) {
    const doc = parent.ownerDocument;
    this.el = doc.createElement('div');
    this.el.className = 'mirror';
    this.el.setAttribute('aria-hidden', 'true');
    this.textNode = doc.createTextNode('');
    this.el.append(this.textNode);
    parent.append(this.el);
  }

  /** Copy the field's text-layout styles (on attach and when its size or font changes). */
  copyStyles(field: HTMLTextAreaElement): void {
    const computed = field.ownerDocument.defaultView?.getComputedStyle(field);
    if (!computed) return;
    for (const prop of COPIED) this.el.style.setProperty(prop, computed.getPropertyValue(prop));
    // The field's language, not the coach's English: fonts for Han characters, hyphenation and
    // line breaking follow it, and with them where each word lands.
    this.el.setAttribute('lang', field.closest('[lang]')?.getAttribute('lang') ?? '');
    // Textareas wrap like pre-wrap whatever `white-space` says (Chromium reports "normal").
    const ws = computed.whiteSpace;
    this.el.style.whiteSpace = ws === 'pre' || ws === 'nowrap' ? 'pre' : 'pre-wrap';
    this.stylesFor = field;
  }

  /**
   * Boxes (in the coach document's viewport) of each [start, end) span of `value`.
   * `offset` is where the field's frame sits in that viewport (zero in the top frame).
   */
  measure(
    field: HTMLTextAreaElement,
    value: string,
    spans: ReadonlyArray<{ start: number; end: number }>,
    offset: { x: number; y: number },
    visibleOnly = false,
  ): DOMRect[][] {
    if (this.stylesFor !== field) this.copyStyles(field);
    const rect = field.getBoundingClientRect();
    const style = this.el.style;
    style.left = `${rect.left + offset.x + field.clientLeft}px`;
    style.top = `${rect.top + offset.y + field.clientTop}px`;
    style.width = `${field.clientWidth}px`;
    style.height = `${field.clientHeight}px`;
    if (this.textNode.data !== value) this.textNode.data = value;
    this.el.scrollTop = field.scrollTop;
    this.el.scrollLeft = field.scrollLeft;
    const range = this.el.ownerDocument.createRange();
    const len = value.length;
    const clamp = (n: number) => Math.max(0, Math.min(len, n));
    // Spans are in text order, so their lines are in screen order: find the visible run by
    // bisection instead of measuring every span of a long draft.
    let from = 0;
    let to = spans.length;
    if (visibleOnly && spans.length > 8) {
      const box = this.el.getBoundingClientRect();
      from = firstIndex(spans.length, (i) => this.caretBox(range, clamp(spans[i]!.end)).bottom >= box.top);
      to = firstIndex(spans.length, (i) => this.caretBox(range, clamp(spans[i]!.start)).top > box.bottom);
    }
    const out: DOMRect[][] = [];
    spans.forEach((span, i) => {
      if (i < from || i >= to) {
        out.push([]);
        return;
      }
      const start = clamp(span.start);
      out.push(this.lineBoxes(range, value, start, Math.max(start, clamp(span.end))));
    });
    return out;
  }

  /**
   * One box per line the span covers, measured word by word and joined per line, so the
   * space where a line wraps never gets an underline of its own.
   */
  private lineBoxes(range: Range, value: string, start: number, end: number): DOMRect[] {
    range.setStart(this.textNode, start);
    range.setEnd(this.textNode, end);
    const whole = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
    // The usual case: a span on one line is one box.
    if (whole.length <= 1) return whole;
    const lines: DOMRect[] = [];
    const words = /\S+/g;
    const piece = value.slice(start, end);
    for (let m = words.exec(piece); m; m = words.exec(piece)) {
      range.setStart(this.textNode, start + m.index);
      range.setEnd(this.textNode, start + m.index + m[0].length);
      for (const r of Array.from(range.getClientRects())) {
        if (r.width <= 0 || r.height <= 0) continue;
        const line = lines.find((l) => Math.abs(l.top - r.top) < 1 && Math.abs(l.bottom - r.bottom) < 1);
        if (line) {
          const left = Math.min(line.left, r.left);
          line.width = Math.max(line.right, r.right) - left;
          line.x = left;
        } else {
          lines.push(new DOMRect(r.x, r.y, r.width, r.height));
        }
      }
    }
    return lines;
  }

  /** The box of a caret at `at` (a collapsed range), for finding the visible spans. */
  private caretBox(range: Range, at: number): { top: number; bottom: number } {
    range.setStart(this.textNode, at);
    range.setEnd(this.textNode, at);
    const rect = range.getClientRects()[0] ?? range.getBoundingClientRect();
    return { top: rect.top, bottom: rect.bottom };
  }

  /** Drop the copy of the text when the coach no longer needs it. */
  clear(): void {
    this.textNode.data = '';
  }

  destroy(): void {
    this.el.remove();
  }
}

/** The first index in [0, n) for which `test` holds (tests must be monotonic), or n. */
function firstIndex(n: number, test: (i: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
