/**
 * Geometry across same-origin frames: a field inside an editor iframe (TinyMCE, CKEditor 4)
 * reports rects in the iframe's viewport; the coach's UI lives in the top document, so
 * rects are shifted by each frame's content-box position on the way up.
 */
export interface Offset {
  x: number;
  y: number;
}

export function frameOffset(doc: Document, hostDoc: Document): Offset {
  let x = 0;
  let y = 0;
  let current: Document = doc;
  while (current !== hostDoc) {
    const frame = current.defaultView?.frameElement as HTMLElement | null | undefined;
    if (!frame) break;
    const rect = frame.getBoundingClientRect();
    const style = frame.ownerDocument.defaultView?.getComputedStyle(frame);
    x += rect.left + frame.clientLeft + (style ? parseFloat(style.paddingLeft) || 0 : 0);
    y += rect.top + frame.clientTop + (style ? parseFloat(style.paddingTop) || 0 : 0);
    current = frame.ownerDocument;
  }
  return { x, y };
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export function shift(rect: Box, by: Offset): Box {
  return { left: rect.left + by.x, top: rect.top + by.y, right: rect.right + by.x, bottom: rect.bottom + by.y };
}

export function intersect(a: Box, b: Box): Box | null {
  const left = Math.max(a.left, b.left);
  const top = Math.max(a.top, b.top);
  const right = Math.min(a.right, b.right);
  const bottom = Math.min(a.bottom, b.bottom);
  return right > left && bottom > top ? { left, top, right, bottom } : null;
}

export function contains(box: Box, x: number, y: number): boolean {
  return x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
}

/**
 * The element whose box stands for the field on screen. An editor whose body is the whole
 * document of an iframe (TinyMCE, CKEditor 4) is as big as its frame, not its few lines.
 */
export function fieldBoxElement(field: Element): Element {
  const doc = field.ownerDocument;
  const frame = doc.defaultView?.frameElement;
  return frame && field === doc.body ? frame : field;
}

/** Elements whose overflow clips the field (scroll containers), nearest first, across frames. */
export function clippingAncestors(el: Element): Element[] {
  const out: Element[] = [];
  for (let at: Element | null = el.parentElement; at; ) {
    const style = at.ownerDocument.defaultView?.getComputedStyle(at);
    const clips = style && /(auto|scroll|hidden|clip)/.test(style.overflowX + style.overflowY) && at !== at.ownerDocument.body;
    if (clips || at.localName === 'iframe' || at.localName === 'frame') {
      out.push(at);
    }
    const next: Element | null = at.parentElement ?? ((at.ownerDocument.defaultView?.frameElement as Element | null) ?? null);
    at = next;
  }
  return out;
}

/**
 * The part of the field a person can see, in host-document viewport coordinates: the field's
 * box cut by each clipping ancestor and the viewports of its frames. Null when hidden.
 */
export function visibleBox(el: Element, hostDoc: Document, clippers: readonly Element[]): Box | null {
  const own = el.getBoundingClientRect();
  if (own.width === 0 && own.height === 0) return null;
  let box: Box | null = shift(own, frameOffset(el.ownerDocument, hostDoc));
  for (const clip of clippers) {
    if (!box) return null;
    const r = clip.getBoundingClientRect();
    box = intersect(box, shift(r, frameOffset(clip.ownerDocument, hostDoc)));
  }
  const view = hostDoc.defaultView;
  if (!box || !view) return box;
  return intersect(box, { left: 0, top: 0, right: view.innerWidth, bottom: view.innerHeight });
}
