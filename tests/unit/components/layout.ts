import { afterAll, beforeAll } from 'vitest';

/**
 * happy-dom does no layout, so every element is 0 px tall and a virtual list would render
 * almost nothing. Give the list's scroll area a real height (640 px = 10 rows) for the
 * tests in the calling file; everything else keeps happy-dom's own value.
 */
export function giveTheListAHeight(height = 640): void {
  let original: PropertyDescriptor | undefined;
  beforeAll(() => {
    original = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'clientHeight') ??
      Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight');
    Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
      configurable: true,
      get(this: HTMLElement) {
        if (this.classList.contains('people-list__scroll')) return height;
        return (original?.get?.call(this) as number | undefined) ?? 0;
      },
    });
  });
  afterAll(() => {
    if (original) Object.defineProperty(HTMLElement.prototype, 'clientHeight', original);
    else delete (HTMLElement.prototype as { clientHeight?: number }).clientHeight;
  });
}
