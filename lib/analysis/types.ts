/**
 * The analysis engine's contract. Ids come from shared/hint-taxonomy.md and are the only
 * ids that may appear in output. Pure data: no DOM, no browser or Node APIs.
 *
 * All offsets are UTF-16 code-unit offsets (JavaScript string indices). `start` is
 * inclusive, `end` exclusive.
 */

export const FLAG_IDS = [
  'conditional',
  'but',
  'feelings',
  'blame',
  'excuse',
  'minimizing',
  'passive',
  'pressure',
  'self-focus',
  'intent',
  'comparison',
  'vague',
  'overpromise',
] as const;
export type FlagId = (typeof FLAG_IDS)[number];

export const ELEMENT_IDS = [
  'regret',
  'responsibility',
  'specific',
  'impact',
  'repair',
  'change',
  'no-pressure',
] as const;
export type ElementId = (typeof ELEMENT_IDS)[number];

/** 'problem': the wording clearly works against the apology. 'consider': a gentle nudge. */
export type Severity = 'problem' | 'consider';

export interface Span {
  start: number;
  end: number;
}

export interface Hint extends Span {
  rule: FlagId;
  kind: 'flag';
  severity: Severity;
  title: string;
  explanation: string;
  suggestion?: string;
}

export interface ElementFinding {
  id: ElementId;
  present: boolean;
  /** Where it was found (empty when missing). */
  spans: readonly Span[];
}

export interface Prompt {
  element: ElementId;
  /** Short label for the gap, e.g. "Name the impact on them". */
  label: string;
  /** Two or three sentence starters the person can insert and finish. */
  starters: string[];
}

export interface SupportFinding {
  /** Crisis or self-harm language: the coach answers with care instead of hints. */
  needed: boolean;
  spans: readonly Span[];
}

export interface Analysis {
  /** Reads as an apology or amends to someone harmed. */
  amends: boolean;
  /** False when the text is not (mostly) English: the engine then says nothing. */
  english: boolean;
  /**
   * The lists of an analysis are shared with later analyses of the same draft (a keystroke
   * keeps what it does not change), so they are read-only: copy before sorting or editing.
   */
  hints: readonly Hint[];
  elements: Record<ElementId, ElementFinding>;
  /** One per missing element, in ELEMENT_IDS order (empty when not amends). */
  prompts: readonly Prompt[];
  support: SupportFinding;
}

/**
 * One sentence of the draft, as the rules see it.
 * `norm` has exactly the same length as `text` (indices map 1:1): lower-cased, curly
 * quotes and apostrophes straightened, other look-alikes folded to ASCII where that keeps
 * the length.
 */
export interface Sentence {
  /** Offset of text[0] in the whole draft. */
  start: number;
  text: string;
  norm: string;
}

/** A match inside one sentence; offsets relative to the sentence's `text`. */
export interface RuleMatch extends Span {
  severity?: Severity;
}

export interface RuleExamples {
  /** Each must produce at least one match of this rule. */
  positive: string[];
  /** Each must produce no match of this rule (the taxonomy's "NOT this flag" traps first). */
  negative: string[];
}

/** One flag rule: a module in lib/analysis/rules/<id>.ts exports one of these as default. */
export interface FlagRule {
  id: FlagId;
  title: string;
  /** Warm, short, concrete: why the wording lands badly and what lands better. */
  explanation: string;
  /** A gentler way to say it, where one fits. */
  suggestion?: string;
  severity: Severity;
  find(sentence: Sentence): RuleMatch[];
  /**
   * The rule's sentence-level trap ("I won't promise it will never happen again"): true means
   * no finding of this id stands on the sentence, the learned scorer's included.
   */
  vetoes?: (norm: string) => boolean;
  examples: RuleExamples;
}

/** One element detector: a module in lib/analysis/elements/<id>.ts exports one as default. */
export interface ElementRule {
  id: ElementId;
  /** What the element is, for the checklist in the panel ("Say what you did"). */
  label: string;
  /** One warm sentence on why it matters. */
  description: string;
  /** Label shown for the gap when it is missing. */
  promptLabel: string;
  /** Two or three sentence starters, ending where the person continues ("I was wrong when I "). */
  starters: string[];
  find(sentence: Sentence): Span[];
  examples: RuleExamples;
}
