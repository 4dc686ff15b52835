import type { FlagId, Hint } from '../../analysis/types';
import type { Box } from '../geometry';
import { h, onTrustedClick } from './dom';

export interface HintCardActions {
  dismiss(hint: Hint): void;
  ruleOff(rule: FlagId): void;
  openPanel(): void;
  /** The card closed by keyboard: focus goes back to the draft. */
  returnFocus(): void;
}

/**
 * The card for one flagged word, shown on hover, when the caret moves onto the word with the
 * arrow keys, or with Alt+Shift+H at the caret (then it takes focus; Escape gives it back).
 */
export class HintCard {
  readonly el: HTMLElement;
  private current: Hint | null = null;
  private hideTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(parent: HTMLElement, private readonly actions: HintCardActions) {
    const doc = parent.ownerDocument;
    this.el = h(doc, 'section', { class: 'card', role: 'dialog', 'aria-modal': 'false', 'aria-label': 'Hint' });
    this.el.hidden = true;
    this.el.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && event.isTrusted) {
        event.stopPropagation();
        this.hide();
        actions.returnFocus();
      }
    });
    // Moving the pointer from the word onto the card keeps it open.
    this.el.addEventListener('pointerenter', () => clearTimeout(this.hideTimer));
    this.el.addEventListener('pointerleave', () => this.hideSoon());
    parent.append(this.el);
  }

  get hint(): Hint | null {
    return this.current;
  }

  show(hint: Hint, words: string, anchor: Box, moveFocus: boolean): void {
    clearTimeout(this.hideTimer);
    const doc = this.el.ownerDocument;
    if (this.current !== hint) {
      this.current = hint;
      const dismiss = h(doc, 'button', { type: 'button', class: 'link-button' }, 'Not this time');
      onTrustedClick(dismiss, () => {
        this.hide();
        this.actions.dismiss(hint);
      });
      const off = h(doc, 'button', { type: 'button', class: 'link-button', 'aria-label': `Turn off hints about ${hint.title}` }, 'Turn off this kind');
      onTrustedClick(off, () => {
        this.hide();
        this.actions.ruleOff(hint.rule);
      });
      const more = h(doc, 'button', { type: 'button', class: 'link-button' }, 'Open the coach');
      onTrustedClick(more, () => {
        this.hide();
        this.actions.openPanel();
      });
      this.el.setAttribute('data-card-rule', hint.rule);
      this.el.setAttribute('aria-label', `Hint: ${hint.title}`);
      this.el.replaceChildren(
        h(doc, 'h3', { tabindex: '-1' }, hint.title),
        h(doc, 'p', {}, h(doc, 'strong', {}, `\u201C${words}\u201D`)),
        h(doc, 'p', {}, hint.explanation),
        h(doc, 'div', { class: 'actions' }, dismiss, off, more),
      );
      if (hint.suggestion) {
        this.el.lastElementChild!.before(h(doc, 'p', { class: 'gentler' }, `Gentler: ${hint.suggestion}`));
      }
    }
    this.el.hidden = false;
    const win = doc.defaultView!;
    const width = this.el.offsetWidth;
    const height = this.el.offsetHeight;
    const left = Math.min(Math.max(8, anchor.left), win.innerWidth - width - 8);
    const below = anchor.bottom + 6;
    const top = below + height <= win.innerHeight - 8 ? below : Math.max(8, anchor.top - height - 6);
    this.el.style.left = `${Math.round(left)}px`;
    this.el.style.top = `${Math.round(top)}px`;
    if (moveFocus) (this.el.querySelector('h3') as HTMLElement | null)?.focus();
  }

  hideSoon(): void {
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => this.hide(), 250);
  }

  hide(): void {
    clearTimeout(this.hideTimer);
    this.current = null;
    this.el.hidden = true;
  }

  destroy(): void {
    clearTimeout(this.hideTimer);
    this.el.remove();
  }
}
