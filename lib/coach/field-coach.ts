import type { Analysis, ElementId, FlagId, Hint, Prompt } from '../analysis/types';
import { ELEMENT_IDS } from '../analysis/types';
import type { CoachAnalysis, LinkOpening } from '../messaging';
import { announcement, coachView, freshChoices, hintKey, type CoachView, type DraftChoices } from './coach-view';
import { hintAtOffset, type FieldAdapter, type PaintContext } from './fields/field-adapter';
import type { FieldSnapshot } from './fields/text-snapshot';
import { TextareaField } from './fields/textarea-field';
import { clippingAncestors, fieldBoxElement, frameOffset, visibleBox, type Box } from './geometry';
import { insertionOffset, textToInsert } from './insert';
import { linkNote, newDraftKey } from './link-note';
import {
  createDebounce,
  createFrameTask,
  createIdleTask,
  type Debounced,
  type FrameScheduler,
  type FrameTask,
  type IdleScheduler,
  type IdleTask,
  type TimerScheduler,
} from './schedule';
import { remapSpans } from './span-remap';
import { Badge } from './ui/badge';
import { HintCard } from './ui/hint-card';
import type { CoachHost } from './ui/host';
import { Panel, type PanelModel } from './ui/panel';
import { UnderlineLayer } from './ui/underline-layer';

export interface CoachDeps {
  host: CoachHost;
  /** The engine's answer for a draft's (masked) text; null when it cannot be reached. */
  analyze(text: string, draftKey: string): Promise<CoachAnalysis | null>;
  /** "This is for…": opens the list's side panel for this draft (see analysis-client.ts). */
  linkDraft?(draftKey: string, text: string): Promise<LinkOpening | null>;
  /** Firefox cannot open its sidebar from a page; the note says so. */
  firefox?: boolean;
  disabledRules(): readonly FlagId[];
  turnRuleOff(rule: FlagId): void;
  /** Another coach's panel closes when this one opens. */
  panelOpened(coach: FieldCoach): void;
  idle: IdleScheduler;
  timers: TimerScheduler;
  frames: FrameScheduler;
}

/** Once awake, the latest an edit waits for an idle moment before the draft is read again. */
export const ANALYSIS_TIMEOUT_MS = 200;
/** While quiet, the coach reads the draft when the person pauses, so it never wakes mid-word. */
export const WAKE_PAUSE_MS = 200;

const NAV_KEYS = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End', 'PageUp', 'PageDown']);

/**
 * One coach beside one field. Listeners only mark work as due: reading the text and drawing
 * happen in the next animation frame, analysis after a short pause in typing. Between an
 * edit and the next analysis, the last hints are moved across the edit so they stay put.
 */
export class FieldCoach {
  private readonly abort = new AbortController();
  private readonly frame: FrameTask;
  private readonly analysisDue: IdleTask;
  private readonly pauseDue: Debounced;
  private readonly badge: Badge;
  private readonly layer: UnderlineLayer;
  private panel: Panel | null = null;
  private card: HintCard | null = null;
  private readonly mutations: MutationObserver;
  private readonly resizes: ResizeObserver | null;
  private clippers: Element[];

  private snap: FieldSnapshot;
  private dirty = false;
  /** Bumped whenever what should be underlined changes other than by the person's typing. */
  private paintVersion = 0;
  private paintedVersion = -1;
  private analyzedText = '';
  private analysis: Analysis | null = null;
  private labels: Partial<Record<ElementId, string>> = {};
  /** Starters for every gap, for a draft the person asked to coach. */
  private gapPrompts: Prompt[] = [];
  private inFlight = false;
  private againAfterReply = false;
  private view: CoachView | null = null;
  /** Hints in the current text's offsets (remapped between analyses). */
  private hints: Hint[] = [];
  private choices: DraftChoices = freshChoices();
  private active: Hint | null = null;
  private panelAutoOpened = false;
  private supportOpenedFor = false;
  private insertFailed: string | null = null;
  /** Opaque key for this field, so the background can follow a draft linked to someone. */
  readonly draftKey = newDraftKey();
  /** What the panel says after "This is for…". */
  private linkMessage: string | null = null;
  private pointer: { x: number; y: number } | null = null;
  private pointerMoved = false;
  private cardFromCaret = false;
  private destroyed = false;

  constructor(
    readonly adapter: FieldAdapter,
    private readonly deps: CoachDeps,
  ) {
    const { host } = deps;
    this.frame = createFrameTask(() => this.draw(), deps.frames);
    this.analysisDue = createIdleTask(() => this.analyzeNow(), ANALYSIS_TIMEOUT_MS, deps.idle);
    this.pauseDue = createDebounce(() => this.analysisDue.schedule(), WAKE_PAUSE_MS, deps.timers);
    this.layer = new UnderlineLayer(host.underlay);
    this.badge = new Badge(host.ui, () => this.onBadge());
    this.clippers = clippingAncestors(fieldBoxElement(adapter.field));
    this.snap = adapter.snapshot();

    const field = adapter.field;
    const doc = adapter.doc;
    const signal = this.abort.signal;
    const changed = () => this.onChange();
    const reposition = () => this.frame.schedule();
    // A page script can fire fake input events; one every few hundred ms would keep a quiet
    // coach waiting for a pause forever. An untrusted one counts only if the text changed
    // since the last untrusted one (a site that sets the value and says so still counts).
    let untrustedText: string | null = null;
    field.addEventListener('input', (event) => {
      if (!event.isTrusted) {
        const text = adapter.snapshot().text;
        if (text === untrustedText) return;
        untrustedText = text;
      }
      changed();
    }, { signal });
    field.addEventListener('keydown', (e) => this.onKeyDown(e), { signal });
    field.addEventListener('keyup', (e) => this.onKeyUp(e), { signal });
    field.addEventListener('mousemove', (e) => this.onPointer(e), { signal, passive: true });
    field.addEventListener('mouseleave', () => this.onPointerLeave(), { signal, passive: true });
    // Capture catches scrolling of every scrollable ancestor, in the field's frame and the top one.
    doc.addEventListener('scroll', reposition, { capture: true, passive: true, signal });
    if (host.doc !== doc) host.doc.addEventListener('scroll', reposition, { capture: true, passive: true, signal });
    host.doc.defaultView?.addEventListener('resize', reposition, { passive: true, signal });
    doc.addEventListener('selectionchange', () => adapter.trackSelection(), { signal });

    // Editors that change their content without an input event (undo in some, formatting).
    this.mutations = new MutationObserver(changed);
    this.mutations.observe(field, { characterData: true, childList: true, subtree: true });
    this.resizes = typeof ResizeObserver === 'function'
      ? new ResizeObserver(() => {
          if (adapter instanceof TextareaField) adapter.restyle();
          this.clippers = clippingAncestors(fieldBoxElement(adapter.field));
          this.frame.schedule();
        })
      : null;
    this.resizes?.observe(field);
    if (fieldBoxElement(field) !== field) this.resizes?.observe(fieldBoxElement(field));

    // The first read waits for an idle moment too: attaching happens inside a focus event.
    this.analysisDue.schedule();
    this.frame.schedule();
  }

  get field(): HTMLElement {
    return this.adapter.field;
  }

  /** The coach's current state, for the badge and tests of the wiring. */
  get currentView(): CoachView | null {
    return this.view;
  }

  private onChange(): void {
    this.dirty = true;
    this.frame.schedule();
    // Awake: hints follow the typing closely. Quiet: wait for a pause before deciding to wake.
    if (this.view?.awake) this.analysisDue.schedule();
    else this.pauseDue.schedule();
  }

  /** Settings changed (a rule turned off): same analysis, new view. */
  refresh(): void {
    this.recomputeView();
    this.frame.schedule();
  }

  /**
   * Ask the engine about the text as it is now. One request at a time: edits made while it is
   * out are read once it answers. Its answer is applied to the text it was asked about; the
   * hints are moved across any edit made since.
   */
  private analyzeNow(): void {
    if (this.destroyed) return;
    this.analysisDue.cancel();
    this.pauseDue.cancel();
    if (this.inFlight) {
      this.againAfterReply = true;
      return;
    }
    const snap = this.adapter.snapshot();
    this.snap = snap;
    this.dirty = false;
    this.inFlight = true;
    void this.deps.analyze(snap.analysisText, this.draftKey).then((reply) => {
      this.inFlight = false;
      if (this.destroyed) return;
      if (reply) this.applyAnalysis(snap, reply);
      // Read again if the text moved on while the request was out, even when no change event
      // reached us for it (seen once under heavy load: hints stuck on a half-typed draft).
      if (this.againAfterReply || this.adapter.snapshot().text !== snap.text) {
        this.againAfterReply = false;
        this.analysisDue.schedule();
      }
    });
  }

  private applyAnalysis(snap: FieldSnapshot, reply: CoachAnalysis): void {
    if (snap.text.trim() === '' && this.analyzedText.trim() !== '') {
      // The field was emptied (sent, or a new message): a new draft starts fresh.
      this.choices = freshChoices();
      this.supportOpenedFor = false;
      this.insertFailed = null;
    }
    this.analysis = reply.analysis;
    this.labels = reply.elementLabels;
    this.gapPrompts = reply.gapPrompts;
    this.analyzedText = snap.text;
    this.recomputeView();
    // Draw now rather than a frame later: the answer arrives in its own task, off the keystroke.
    this.frame.cancel();
    this.draw();
  }

  private recomputeView(): void {
    const prev = this.view;
    const next = coachView(this.analysis, this.analyzedText, this.choices, this.deps.disabledRules());
    this.view = next;
    this.paintVersion++;
    this.hints = remapSpans(next.hints, this.analyzedText, this.snap.text);
    if (this.active && !next.hints.some((h) => h.rule === this.active!.rule && h.start === this.active!.start)) {
      this.active = null;
    }
    const message = announcement(prev, next);
    if (message) this.deps.host.announce(message);
    if (next.support && !this.supportOpenedFor) {
      // Crisis language: the support card comes forward once per draft, without taking focus.
      this.supportOpenedFor = true;
      if (!this.panel?.open) {
        this.openPanel(false);
        this.panelAutoOpened = true;
      }
    }
  }

  /** Read the field again and move the hints across the person's edits since the analysis. */
  private refreshText(): void {
    if (!this.dirty) return;
    this.snap = this.adapter.snapshot();
    this.dirty = false;
    this.hints = remapSpans(this.view?.hints ?? [], this.analyzedText, this.snap.text);
  }

  private draw(): void {
    if (this.destroyed) return;
    const { host } = this.deps;
    host.ensureAttached();
    // While typing, live highlight ranges follow the text by themselves: no read, no repaint.
    const keep = this.paintedVersion === this.paintVersion && !this.panel?.open && this.adapter.keepsPaint();
    if (!keep) this.refreshText();
    const view = this.view;
    const offset = frameOffset(this.adapter.doc, host.doc);
    const visible = visibleBox(fieldBoxElement(this.field), host.doc, this.clippers);
    const paint: PaintContext = { layer: this.layer, visible, offset };
    const count = view?.awake ? this.hints.length : 0;
    this.badge.update(view?.state === 'hints' && count === 0 ? 'listening' : (view?.state ?? 'quiet'), count, !!view?.support, !!this.panel?.open, this.panel?.id ?? '');
    this.badge.place(visible);
    if (view?.awake && this.hints.length > 0 && visible) {
      if (!keep) {
        this.adapter.paint(this.hints, this.active, this.snap, paint);
        this.paintedVersion = this.paintVersion;
      }
    } else {
      this.adapter.clear(paint);
      this.paintedVersion = -1;
    }
    if (this.panel?.open) {
      this.panel.render(this.panelModel());
      this.panel.place(this.badge.el.hidden ? visible : this.badge.el.getBoundingClientRect());
    }
    if (this.card?.hint && !this.hints.includes(this.card.hint)) this.card.hide();
    if (this.pointer && this.pointerMoved) {
      this.pointerMoved = false;
      this.refreshText();
      this.hoverCheck();
    }
  }

  private panelModel(): PanelModel {
    const view = this.view ?? coachView(null, '', this.choices, []);
    const analysis = this.analysis;
    const elements = analysis
      ? ELEMENT_IDS.map((id) => ({ id, label: this.labels[id] ?? id, present: !!analysis.elements[id]?.present }))
      : [];
    let prompts = analysis?.prompts ?? [];
    if (analysis && view.awake && prompts.length === 0) prompts = this.gapPrompts;
    return {
      view: { ...view, hints: this.hints },
      text: this.snap.text,
      elements,
      prompts,
      english: analysis?.english ?? true,
      insertFailed: this.insertFailed,
      canLink: !!this.deps.linkDraft && view.awake && !!analysis?.amends,
      linkNote: this.linkMessage,
    };
  }

  // ── Badge and panel ────────────────────────────────────────────────────────

  private onBadge(): void {
    if (this.pauseDue.pending || this.analysisDue.pending) this.analyzeNow();
    if (!this.view?.awake) {
      this.choices.forcedOn = true;
      this.choices.resting = false;
      this.analyzeNow();
      this.openPanel(true);
      return;
    }
    if (this.panel?.open && !this.panelAutoOpened) {
      this.closePanel(true);
      return;
    }
    // First click after the panel came forward by itself: the person wants to read it.
    this.openPanel(true);
  }

  openPanel(moveFocus: boolean): void {
    if (!this.panel) {
      this.panel = new Panel(this.deps.host.ui, {
        close: () => this.closePanel(true),
        turnOn: () => {
          this.choices.forcedOn = true;
          this.choices.resting = false;
          this.refresh();
        },
        rest: () => {
          this.choices.resting = true;
          this.choices.forcedOn = false;
          this.refresh();
        },
        dismiss: (hint) => this.dismiss(hint),
        ruleOff: (rule) => this.ruleOff(rule),
        insert: (starter) => void this.insert(starter),
        showHints: () => {
          this.choices.hintsAfterSupport = true;
          this.refresh();
        },
        showInDraft: (hint) => this.showInDraft(hint),
        linkDraft: () => this.linkDraft(),
      });
    }
    this.deps.panelOpened(this);
    this.panelAutoOpened = false;
    this.panel.render(this.panelModel());
    this.panel.show(false);
    this.draw();
    if (moveFocus) this.panel.show(true);
  }

  closePanel(returnFocus: boolean): void {
    if (!this.panel?.open) return;
    const hadFocus = this.panel.hasFocus();
    this.panel.hide();
    this.panelAutoOpened = false;
    this.frame.schedule();
    if (returnFocus && hadFocus) {
      if (this.badge.el.hidden) this.field.focus({ preventScroll: true });
      else this.badge.el.focus();
    }
  }

  private dismiss(hint: Hint): void {
    (this.choices.dismissed as Set<string>).add(hintKey(hint, this.snap.text));
    this.refresh();
  }

  private ruleOff(rule: FlagId): void {
    this.deps.turnRuleOff(rule);
    this.refresh();
  }

  private async insert(starter: string): Promise<void> {
    const snap = this.adapter.snapshot();
    const caret = this.adapter.caretOffset(snap);
    const offset = insertionOffset(snap, caret);
    const text = textToInsert(starter, snap.text, offset);
    const outcome = await this.adapter.insert(text, offset, caret !== null && offset === caret, snap);
    this.insertFailed = outcome.ok ? null : starter.trim();
    this.onChange();
  }

  /**
   * "This is for…". Synchronous up to the message, so the click's user gesture reaches the
   * background (Chrome opens the side panel only inside it). Only the draft's text goes.
   */
  private linkDraft(): void {
    const link = this.deps.linkDraft;
    if (!link) return;
    const snap = this.adapter.snapshot();
    void link(this.draftKey, snap.analysisText).then((opening) => {
      if (this.destroyed) return;
      this.linkMessage = linkNote(opening, !!this.deps.firefox);
      this.frame.schedule();
    });
  }

  private showInDraft(hint: Hint): void {
    this.refreshText();
    this.adapter.reveal(this.snap, hint.start, hint.end);
    this.setActive(hint);
    const offset = frameOffset(this.adapter.doc, this.deps.host.doc);
    const box = this.adapter.spanBoxes(this.snap, hint.start, hint.end, offset)[0];
    if (box) this.cardFor().show(hint, this.words(hint), box, false);
  }

  // ── Hover, caret and shortcut ───────────────────────────────────────────────

  private cardFor(): HintCard {
    if (!this.card) {
      this.card = new HintCard(this.deps.host.ui, {
        dismiss: (hint) => this.dismiss(hint),
        ruleOff: (rule) => this.ruleOff(rule),
        openPanel: () => this.openPanel(true),
        returnFocus: () => this.field.focus({ preventScroll: true }),
      });
    }
    return this.card;
  }

  private words(hint: Hint): string {
    return this.snap.text.slice(hint.start, hint.end).replace(/\s+/g, ' ').trim();
  }

  private onPointer(event: MouseEvent): void {
    if (!this.view?.awake || this.hints.length === 0) return;
    const offset = frameOffset(this.adapter.doc, this.deps.host.doc);
    this.pointer = { x: event.clientX + offset.x, y: event.clientY + offset.y };
    this.pointerMoved = true;
    this.frame.schedule();
  }

  private onPointerLeave(): void {
    this.pointer = null;
    if (this.card?.hint && !this.cardFromCaret) this.card.hideSoon();
  }

  private hoverCheck(): void {
    const pointer = this.pointer!;
    const offset = frameOffset(this.adapter.doc, this.deps.host.doc);
    const hint = this.adapter.hintAt(pointer.x, pointer.y, this.hints, this.snap, offset);
    if (hint) {
      this.cardFromCaret = false;
      if (this.card?.hint !== hint) {
        const box = this.adapter.spanBoxes(this.snap, hint.start, hint.end, offset)[0];
        if (box) this.cardFor().show(hint, this.words(hint), box, false);
      }
      this.setActive(hint);
    } else if (this.card?.hint && !this.cardFromCaret) {
      this.card.hideSoon();
      this.setActive(null);
    }
  }

  private setActive(hint: Hint | null): void {
    if (this.active === hint) return;
    this.active = hint;
    this.paintVersion++;
    this.frame.schedule();
  }

  private onKeyDown(event: KeyboardEvent): void {
    if (!event.isTrusted) return;
    if (event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyH') {
      event.preventDefault();
      this.showHintAtCaret(true);
      return;
    }
    if (event.key === 'Escape' && this.card?.hint) {
      this.card.hide();
      this.setActive(null);
    }
  }

  private onKeyUp(event: KeyboardEvent): void {
    if (!event.isTrusted) return;
    if (NAV_KEYS.has(event.key)) {
      this.showHintAtCaret(false);
    } else if (this.cardFromCaret && this.card?.hint && event.key.length === 1) {
      // Typing again: the card steps aside.
      this.card.hide();
      this.setActive(null);
    }
  }

  /** The hint at the caret (keyboard "focus" on a flagged word); with the shortcut, also nearest. */
  private showHintAtCaret(fromShortcut: boolean): void {
    if (!this.view?.awake) {
      if (fromShortcut) this.onBadge();
      return;
    }
    this.refreshText();
    const caret = this.adapter.caretOffset(this.snap);
    let hint = caret === null ? null : (hintAtOffset(this.hints, caret) ?? hintAtOffset(this.hints, caret - 1));
    if (!hint && fromShortcut) {
      hint = (caret === null ? null : this.hints.find((h) => h.start >= caret)) ?? this.hints[0] ?? null;
    }
    if (!hint) {
      if (fromShortcut) this.openPanel(true);
      else if (this.cardFromCaret && this.card?.hint) {
        this.card.hide();
        this.setActive(null);
      }
      return;
    }
    const offset = frameOffset(this.adapter.doc, this.deps.host.doc);
    const box: Box | undefined = this.adapter.spanBoxes(this.snap, hint.start, hint.end, offset)[0];
    if (!box) return;
    this.cardFromCaret = true;
    this.cardFor().show(hint, this.words(hint), box, fromShortcut);
    this.setActive(hint);
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    this.abort.abort();
    this.frame.cancel();
    this.analysisDue.cancel();
    this.pauseDue.cancel();
    this.mutations.disconnect();
    this.resizes?.disconnect();
    this.adapter.clear({ layer: this.layer, visible: null, offset: { x: 0, y: 0 } });
    this.adapter.destroy();
    this.layer.destroy();
    this.badge.destroy();
    this.panel?.destroy();
    this.card?.destroy();
  }
}
