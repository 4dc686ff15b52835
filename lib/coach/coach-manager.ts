import type { FlagId } from '../analysis/types';
import type { CoachAnalysis, LinkOpening } from '../messaging';
import { FieldCoach } from './field-coach';
import { coachFieldFor, isEligibleField } from './fields/eligibility';
import { EditableField } from './fields/editable-field';
import { TextareaField } from './fields/textarea-field';
import { browserFrames, browserIdle, browserTimers, type FrameScheduler, type IdleScheduler, type TimerScheduler } from './schedule';
import type { SiteAdapter } from './sites';
import { createCoachHost, type CoachHost } from './ui/host';

export interface ManagerOptions {
  site: SiteAdapter;
  analyze(text: string, draftKey: string): Promise<CoachAnalysis | null>;
  /** Called once, when the first field is picked up: the engine can get ready meanwhile. */
  warm?(): void;
  /** "This is for…" (issue 5); without it the panel offers no link. */
  linkDraft?(draftKey: string, text: string): Promise<LinkOpening | null>;
  firefox?: boolean;
  disabledRules(): readonly FlagId[];
  turnRuleOff(rule: FlagId): void;
  idle?: IdleScheduler;
  timers?: TimerScheduler;
  frames?: FrameScheduler;
}

/** How long after the page's DOM settles the coach looks for new editor iframes and lost fields. */
const SWEEP_DELAY_MS = 300;

/**
 * Finds the fields a person types into and gives each one coach. Fields are picked up when
 * they get focus or input (including inside open shadow roots and same-origin editor
 * iframes, whose documents this frame's script watches too); a coach is removed when its
 * field leaves the page. The UI host is created on the first field, never before.
 */
export class CoachManager {
  private readonly coaches = new Map<HTMLElement, FieldCoach>();
  private readonly hooked = new Map<Document, { abort: AbortController; observer: MutationObserver }>();
  private host: CoachHost | null = null;
  private sweepTimer: ReturnType<typeof setTimeout> | undefined;
  private running = false;

  constructor(
    private readonly hostDoc: Document,
    private readonly options: ManagerOptions,
  ) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    this.hook(this.hostDoc);
    this.sweep();
    this.consider(this.deepActiveElement(this.hostDoc));
  }

  stop(): void {
    this.running = false;
    clearTimeout(this.sweepTimer);
    for (const coach of this.coaches.values()) coach.destroy();
    this.coaches.clear();
    for (const { abort, observer } of this.hooked.values()) {
      abort.abort();
      observer.disconnect();
    }
    this.hooked.clear();
    this.host?.destroy();
    this.host = null;
  }

  /** Settings that change what is shown (rules turned off) but not which fields are coached. */
  refresh(): void {
    for (const coach of this.coaches.values()) coach.refresh();
  }

  get size(): number {
    return this.coaches.size;
  }

  coachFor(field: HTMLElement): FieldCoach | undefined {
    return this.coaches.get(field);
  }

  private hook(doc: Document): void {
    if (this.hooked.has(doc)) return;
    const abort = new AbortController();
    const signal = abort.signal;
    const onEvent = (event: Event) => {
      // Events from an editor iframe carry nodes of another realm: no `instanceof Node`.
      const target = event.composedPath()[0] as Node | undefined;
      if (target && typeof target.nodeType === 'number') this.consider(target);
    };
    doc.addEventListener('focusin', onEvent, { capture: true, signal });
    doc.addEventListener('input', onEvent, { capture: true, signal });
    // An editor iframe finished loading (or was rewritten with document.open/write).
    doc.addEventListener('load', (event) => {
      const target = event.target as Element | null;
      if (target && target.localName === 'iframe') this.hookFrame(target as HTMLIFrameElement, true);
    }, { capture: true, signal });
    const observer = new MutationObserver(() => this.sweepSoon());
    observer.observe(doc.documentElement ?? doc, { childList: true, subtree: true });
    this.hooked.set(doc, { abort, observer });
  }

  private hookFrame(frame: HTMLIFrameElement, reloaded: boolean): void {
    let doc: Document | null = null;
    try {
      doc = frame.contentDocument;
    } catch {
      doc = null;
    }
    if (!doc || !doc.documentElement) return;
    if (reloaded) {
      // document.open() drops listeners; hook the document again.
      const old = this.hooked.get(doc);
      if (old) {
        old.abort.abort();
        old.observer.disconnect();
        this.hooked.delete(doc);
      }
    }
    this.hook(doc);
    this.consider(this.deepActiveElement(doc));
  }

  private sweepSoon(): void {
    if (this.sweepTimer !== undefined) return;
    this.sweepTimer = setTimeout(() => {
      this.sweepTimer = undefined;
      if (this.running) this.sweep();
    }, SWEEP_DELAY_MS);
  }

  /** Drop coaches whose field is gone; pick up editor iframes that appeared. */
  private sweep(): void {
    for (const [field, coach] of this.coaches) {
      if (!field.isConnected || !isEligibleField(field, this.options.site)) {
        coach.destroy();
        this.coaches.delete(field);
      }
    }
    for (const doc of [...this.hooked.keys()]) {
      if (doc !== this.hostDoc && !doc.defaultView?.frameElement?.isConnected) {
        const entry = this.hooked.get(doc)!;
        entry.abort.abort();
        entry.observer.disconnect();
        this.hooked.delete(doc);
        continue;
      }
      const frames = doc.getElementsByTagName('iframe');
      for (let i = 0; i < frames.length; i++) this.hookFrame(frames[i]!, false);
    }
  }

  private deepActiveElement(doc: Document): Element | null {
    let el: Element | null = doc.activeElement;
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
    return el;
  }

  private consider(target: Node | null): void {
    if (!this.running || !target) return;
    const el = target.nodeType === 1 ? (target as Element) : target.parentElement;
    if (!el) return;
    if (el.localName === 'iframe') {
      this.hookFrame(el as HTMLIFrameElement, false);
      return;
    }
    if (this.host && el.getRootNode() === this.host.root) return;
    const field = coachFieldFor(el, this.options.site);
    if (!field || this.coaches.has(field)) return;
    this.attach(field);
  }

  private attach(field: HTMLElement): void {
    const o = this.options;
    if (!this.host) o.warm?.();
    const host = (this.host ??= createCoachHost(this.hostDoc));
    const adapter =
      field.localName === 'textarea'
        ? new TextareaField(field as HTMLTextAreaElement, host.underlay)
        : new EditableField(field, { mask: o.site.mask, maskFrom: o.site.maskFrom });
    const coach = new FieldCoach(adapter, {
      host,
      analyze: o.analyze,
      linkDraft: o.linkDraft,
      firefox: o.firefox,
      disabledRules: o.disabledRules,
      turnRuleOff: o.turnRuleOff,
      panelOpened: (opened) => {
        for (const other of this.coaches.values()) if (other !== opened) other.closePanel(false);
      },
      idle: o.idle ?? browserIdle,
      timers: o.timers ?? browserTimers,
      frames: o.frames ?? browserFrames,
    });
    this.coaches.set(field, coach);
  }
}
