import type { ElementId, FlagId, Hint, Prompt } from '../../analysis/types';
import type { CoachView } from '../coach-view';
import type { Box } from '../geometry';
import { h, onTrustedClick } from './dom';
import { supportCard } from './support-card';

export interface PanelModel {
  view: CoachView;
  /** The draft's text, to quote the flagged words. */
  text: string;
  elements: { id: ElementId; label: string; present: boolean }[];
  prompts: readonly Prompt[];
  english: boolean;
  /** A starter the editor would not take, shown so the person can type it. */
  insertFailed: string | null;
  /** The draft reads as amends: offer "This is for…" (issue 5). */
  canLink: boolean;
  /** What happened after "This is for…" (where to find the list); null before. */
  linkNote: string | null;
}

export interface PanelActions {
  close(): void;
  turnOn(): void;
  rest(): void;
  dismiss(hint: Hint): void;
  ruleOff(rule: FlagId): void;
  insert(starter: string): void;
  showHints(): void;
  showInDraft(hint: Hint): void;
  linkDraft(): void;
}

/** Enough to act on; a longer list only buries the first ones. */
const MAX_LISTED_HINTS = 60;
let panelCount = 0;

/**
 * The coach's panel: a dialog-like region (not modal: the draft stays usable beside it).
 * Built from plain DOM with text nodes only; re-rendered only when what it shows changes,
 * keeping keyboard focus on the same control across re-renders.
 */
export class Panel {
  readonly el: HTMLElement;
  readonly id: string;
  private readonly body: HTMLElement;
  private readonly titleId: string;
  private signature = '';
  private isOpen = false;

  constructor(parent: HTMLElement, private readonly actions: PanelActions) {
    const doc = parent.ownerDocument;
    panelCount++;
    this.id = `amends-panel-${panelCount}`;
    this.titleId = `${this.id}-title`;
    const close = h(doc, 'button', { type: 'button', class: 'close', 'aria-label': 'Close the coach', 'data-key': 'close' }, '\u00D7');
    onTrustedClick(close, () => actions.close());
    this.body = h(doc, 'div');
    this.el = h(
      doc,
      'section',
      { id: this.id, class: 'panel', role: 'dialog', 'aria-modal': 'false', 'aria-labelledby': this.titleId },
      h(doc, 'div', { class: 'head' }, h(doc, 'h2', { id: this.titleId, tabindex: '-1' }, 'Amends coach'), close),
      this.body,
    );
    this.el.hidden = true;
    this.el.addEventListener('keydown', (event) => {
      if (event.key === 'Escape' && event.isTrusted) {
        event.stopPropagation();
        actions.close();
      }
    });
    parent.append(this.el);
  }

  get open(): boolean {
    return this.isOpen;
  }

  show(moveFocus: boolean): void {
    this.isOpen = true;
    this.el.hidden = false;
    if (moveFocus) (this.el.querySelector(`#${this.titleId}`) as HTMLElement | null)?.focus();
  }

  hide(): void {
    this.isOpen = false;
    this.el.hidden = true;
  }

  /** Whether keyboard focus is inside the panel. */
  hasFocus(): boolean {
    const active = this.el.getRootNode() instanceof ShadowRoot ? (this.el.getRootNode() as ShadowRoot).activeElement : null;
    return !!active && this.el.contains(active);
  }

  /** Next to the badge: above it when there is room, otherwise below. */
  place(anchor: Box | null): void {
    if (!anchor || !this.isOpen) return;
    const win = this.el.ownerDocument.defaultView!;
    const width = this.el.offsetWidth;
    const height = this.el.offsetHeight;
    const left = Math.min(Math.max(8, anchor.right - width), win.innerWidth - width - 8);
    const above = anchor.top - height - 8;
    const top = above >= 8 ? above : Math.min(anchor.bottom + 8, win.innerHeight - height - 8);
    this.el.style.left = `${Math.round(left)}px`;
    this.el.style.top = `${Math.round(Math.max(8, top))}px`;
  }

  render(model: PanelModel): void {
    const signature = signatureOf(model);
    if (signature === this.signature) return;
    this.signature = signature;
    const root = this.el.getRootNode() as ShadowRoot | Document;
    const focusedKey = (root as ShadowRoot).activeElement?.getAttribute?.('data-key') ?? null;
    this.body.replaceChildren(...this.content(model));
    if (focusedKey) (this.el.querySelector(`[data-key="${CSS.escape(focusedKey)}"]`) as HTMLElement | null)?.focus();
  }

  private content(model: PanelModel): Node[] {
    const doc = this.el.ownerDocument;
    const { view } = model;
    const out: Node[] = [];
    const button = (label: string, key: string, onClick: () => void, attrs: Record<string, string> = {}) => {
      const b = h(doc, 'button', { type: 'button', class: 'link-button', 'data-key': key, ...attrs }, label);
      onTrustedClick(b, onClick);
      return b;
    };

    if (!view.awake) {
      out.push(
        h(doc, 'p', { class: 'intro' }, 'The coach is resting. It wakes by itself when a message reads like an amends, or you can ask it to look at this one.'),
        h(doc, 'div', { class: 'actions' }, button('Coach this draft', 'turn-on', () => this.actions.turnOn())),
      );
      return out;
    }

    if (view.support) {
      out.push(supportCard(doc, `${this.id}-support`));
      if (view.hintsWaiting > 0) {
        out.push(
          h(doc, 'p', { class: 'note' }, 'The writing hints can wait for as long as you need.'),
          h(doc, 'div', { class: 'actions' }, button('Show the writing hints', 'show-hints', () => this.actions.showHints())),
        );
      }
    }

    if (!model.english) {
      out.push(h(doc, 'p', { class: 'intro' }, 'The coach only reads English for now, so it has nothing to say about this draft.'));
    } else if (!view.support || view.hints.length > 0) {
      out.push(...this.hintList(model, button));
      if (!view.support) out.push(...this.elementList(model), ...this.promptList(model));
    }

    const afterLink = model.linkNote ? [h(doc, 'p', { class: 'note', role: 'status', 'data-link-note': '' }, model.linkNote)] : [];
    out.push(
      h(
        doc,
        'div',
        { class: 'actions' },
        // Who it is for is chosen in the side panel (an extension page): the list never comes here.
        model.canLink
          ? button('This is for\u2026', 'link', () => this.actions.linkDraft(), {
              'data-link': '',
              'aria-label': 'This is for\u2026: choose who this draft is for, in your list beside the page',
            })
          : null,
        button('Rest for this draft', 'rest', () => this.actions.rest()),
      ),
      ...afterLink,
      h(doc, 'p', { class: 'note' }, 'With the caret on an underlined word, Alt+Shift+H opens its hint; Escape returns to your draft.'),
      h(doc, 'p', { class: 'note' }, 'Pause the coach, or turn it off for this site or for one kind of hint, from the extension\u2019s button in the toolbar.'),
    );
    return out;
  }

  private hintList(model: PanelModel, button: (l: string, k: string, f: () => void, a?: Record<string, string>) => HTMLElement): Node[] {
    const doc = this.el.ownerDocument;
    const { hints } = model.view;
    if (hints.length === 0) {
      return [h(doc, 'p', { class: 'intro' }, 'Nothing in your wording to look at again right now.')];
    }
    const list = h(doc, 'ul', { 'aria-label': 'Words to look at again' });
    const explained = new Set<string>();
    hints.slice(0, MAX_LISTED_HINTS).forEach((hint, i) => {
      const words = model.text.slice(hint.start, hint.end).replace(/\s+/g, ' ').trim();
      const first = !explained.has(hint.rule);
      explained.add(hint.rule);
      const key = `${hint.rule}-${i}`;
      list.append(
        h(
          doc,
          'li',
          { class: 'hint', 'data-rule': hint.rule, 'data-severity': hint.severity },
          h(doc, 'p', {}, h(doc, 'span', { class: 'words' }, `\u201C${words}\u201D`), ` \u2014 ${hint.title}`),
          first ? h(doc, 'p', {}, hint.explanation) : null,
          first && hint.suggestion ? h(doc, 'p', { class: 'gentler' }, `Gentler: ${hint.suggestion}`) : null,
          h(
            doc,
            'div',
            { class: 'actions' },
            button('Show in draft', `show-${key}`, () => this.actions.showInDraft(hint), {
              'aria-label': `Show \u201C${words}\u201D in the draft`,
            }),
            button('Not this time', `dismiss-${key}`, () => this.actions.dismiss(hint), {
              'aria-label': `Set aside this hint on \u201C${words}\u201D for this draft`,
            }),
            button('Turn off this kind', `off-${key}`, () => this.actions.ruleOff(hint.rule), {
              'aria-label': `Turn off hints about ${hint.title}`,
            }),
          ),
        ),
      );
    });
    const out: Node[] = [h(doc, 'h3', {}, 'Words to look at again'), list];
    if (hints.length > MAX_LISTED_HINTS) {
      out.push(h(doc, 'p', { class: 'note' }, `And ${hints.length - MAX_LISTED_HINTS} more, underlined in the draft.`));
    }
    return out;
  }

  private elementList(model: PanelModel): Node[] {
    const doc = this.el.ownerDocument;
    if (model.elements.length === 0) return [];
    const list = h(doc, 'ul');
    for (const el of model.elements) {
      list.append(
        h(
          doc,
          'li',
          { class: 'element', 'data-element': el.id, 'data-present': String(el.present) },
          h(doc, 'span', { class: 'tick', 'aria-hidden': 'true' }, el.present ? '\u2713' : '\u25CB'),
          h(doc, 'span', {}, el.label, h(doc, 'span', { class: 'sr' }, el.present ? ' (in your draft)' : ' (not yet)')),
        ),
      );
    }
    return [h(doc, 'h3', {}, 'What your amends says'), list];
  }

  private promptList(model: PanelModel): Node[] {
    const doc = this.el.ownerDocument;
    if (model.prompts.length === 0) return [];
    const out: Node[] = [h(doc, 'h3', {}, 'Ways to begin what\u2019s missing')];
    if (model.insertFailed) {
      out.push(
        h(doc, 'p', { class: 'failed', role: 'alert' }, 'This editor didn\u2019t accept the words, so nothing was changed. You can type them yourself: ', h(doc, 'q', {}, model.insertFailed)),
      );
    }
    model.prompts.forEach((prompt) => {
      const item = h(doc, 'div', { class: 'prompt', 'data-prompt': prompt.element }, h(doc, 'p', { class: 'label' }, prompt.label));
      prompt.starters.forEach((starter, j) => {
        const text = starter.trim();
        const insert = h(
          doc,
          'button',
          { type: 'button', class: 'link-button', 'data-insert': '', 'data-key': `insert-${prompt.element}-${j}`, 'aria-label': `Insert \u201C${text}\u201D` },
          'Insert',
        );
        onTrustedClick(insert, () => this.actions.insert(starter));
        item.append(h(doc, 'div', { class: 'starter' }, h(doc, 'q', {}, text), insert));
      });
      out.push(item);
    });
    return out;
  }

  destroy(): void {
    this.el.remove();
  }
}

function signatureOf(model: PanelModel): string {
  const { view } = model;
  return [
    view.awake,
    view.state,
    view.support,
    view.hintsWaiting,
    model.english,
    model.insertFailed ?? '',
    model.canLink,
    model.linkNote ?? '',
    view.hints.map((x) => `${x.rule}:${model.text.slice(x.start, x.end)}`).join('|'),
    model.elements.map((e) => `${e.id}${e.present ? 1 : 0}`).join(''),
    model.prompts.map((p) => p.element + p.starters.join('/')).join('|'),
  ].join('\u0001');
}
