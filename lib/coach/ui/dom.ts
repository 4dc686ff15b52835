/** A tiny element builder: text goes in as text nodes, never as HTML. */
type Child = Node | string | null | undefined | false;

export function h<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  attrs: Record<string, string | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value !== undefined) el.setAttribute(name, value);
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(typeof child === 'string' ? doc.createTextNode(child) : child);
  }
  return el;
}

/**
 * Runs `fn` only for clicks the person made. The shadow root is open, so a page script can
 * call `.click()` on our buttons; such synthetic events are not trusted and are ignored.
 */
export function onTrustedClick(el: HTMLElement, fn: (event: MouseEvent) => void): void {
  el.addEventListener('click', (event) => {
    if (!event.isTrusted) return;
    fn(event);
  });
}
