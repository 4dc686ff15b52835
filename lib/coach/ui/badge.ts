import type { BadgeState } from '../coach-view';
import type { Box } from '../geometry';
import { onTrustedClick } from './dom';

const SIZE = 26;
const INSET = 6;

/** The small button at the field's corner: shows the coach's state and opens the panel. */
export class Badge {
  readonly el: HTMLButtonElement;
  private readonly mark: HTMLElement;
  private readonly count: HTMLElement;

  constructor(parent: HTMLElement, onActivate: () => void) {
    const doc = parent.ownerDocument;
    this.el = doc.createElement('button');
    this.el.type = 'button';
    this.el.className = 'badge';
    this.el.setAttribute('aria-haspopup', 'dialog');
    this.el.setAttribute('aria-expanded', 'false');
    this.mark = doc.createElement('span');
    this.mark.className = 'mark';
    this.mark.setAttribute('aria-hidden', 'true');
    this.count = doc.createElement('span');
    this.count.setAttribute('aria-hidden', 'true');
    this.el.append(this.mark, this.count);
    this.el.hidden = true;
    onTrustedClick(this.el, () => onActivate());
    parent.append(this.el);
  }

  update(state: BadgeState, count: number, care: boolean, expanded: boolean, panelId: string): void {
    const el = this.el;
    el.setAttribute('data-state', state);
    el.setAttribute('data-count', String(count));
    el.toggleAttribute('data-care', care);
    el.setAttribute('aria-expanded', String(expanded));
    el.setAttribute('aria-controls', panelId);
    this.mark.textContent = care ? '\u2661' : '\u270E';
    this.count.textContent = state === 'hints' ? String(count) : '';
    el.setAttribute(
      'aria-label',
      care
        ? 'Amends coach: a note of support for you'
        : state === 'quiet'
          ? 'Amends coach is resting. Turn it on for this draft'
          : state === 'listening'
            ? 'Amends coach: no hints right now'
            : `Amends coach: ${count} ${count === 1 ? 'hint' : 'hints'}`,
    );
  }

  /**
   * Sit inside the bottom-right corner of the visible part of the field; under its corner
   * when the field is too small to hold it (a one-line chat box).
   */
  place(box: Box | null): void {
    if (!box) {
      this.el.hidden = true;
      return;
    }
    this.el.hidden = false;
    const width = this.el.offsetWidth || SIZE;
    const roomy = box.right - box.left >= width + 2 * INSET && box.bottom - box.top >= SIZE + 2 * INSET;
    const left = roomy ? box.right - width - INSET : box.right - width;
    const top = roomy ? box.bottom - SIZE - INSET : box.bottom + 2;
    this.el.style.left = `${Math.round(Math.max(0, left))}px`;
    this.el.style.top = `${Math.round(top)}px`;
  }

  destroy(): void {
    this.el.remove();
  }
}
