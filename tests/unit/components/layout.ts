import { afterAll, beforeAll } from 'vitest';

/**
 * happy-dom does no layout: every element is 0 px tall and scrolling fires no `scroll`
 * event, so a virtual list would render almost nothing and never follow a scroll. For the
 * tests in the calling file, give the list's scroll area a real height (640 px = 10 rows)
 * a scrollable height, and make programmatic scrolling announce itself as a browser does. Everything else keeps
 * happy-dom's own behaviour.
 */
export function giveTheListAHeight(height = 640): void {
  let originalHeight: PropertyDescriptor | undefined;
  let originalScroll: HTMLElement['scroll'] | undefined;
  let originalScrollHeight: PropertyDescriptor | undefined;
  beforeAll(() => {
    originalScrollHeight =
      Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'scrollHeight') ??
      Object.getOwnPropertyDescriptor(Element.prototype, 'scrollHeight');
    originalHeight =
      Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight') ??
      Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight');
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
      configurable: true,
      get(this: HTMLElement) {
        if (this.classList.contains('people-list__scroll')) return height;
        return (originalHeight?.get?.call(this) as number | undefined) ?? 0;
      },
    });
    // The scrollable height is the rows' total height, which the list sets as a style.
    Object.defineProperty(HTMLElement.prototype, 'scrollHeight', {
      configurable: true,
      get(this: HTMLElement) {
        if (this.classList.contains('people-list__scroll')) {
          return parseFloat((this.firstElementChild as HTMLElement | null)?.style.height ?? '0') || 0;
        }
        return (originalScrollHeight?.get?.call(this) as number | undefined) ?? 0;
      },
    });
    originalScroll = Element.prototype.scroll as HTMLElement['scroll'];
    const scroll = originalScroll;
    Element.prototype.scroll = function (this: Element, ...args: unknown[]) {
      (scroll as (...a: unknown[]) => void).apply(this, args);
      if (this.classList.contains('people-list__scroll')) this.dispatchEvent(new Event('scroll'));
    } as Element['scroll'];
  });
  afterAll(() => {
    if (originalHeight) Object.defineProperty(HTMLElement.prototype, 'clientHeight', originalHeight);
    else delete (HTMLElement.prototype as { clientHeight?: number }).clientHeight;
    if (originalScroll) Element.prototype.scroll = originalScroll;
    if (originalScrollHeight) Object.defineProperty(HTMLElement.prototype, 'scrollHeight', originalScrollHeight);
    else delete (HTMLElement.prototype as { scrollHeight?: number }).scrollHeight;
  });
}
