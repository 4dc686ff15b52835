import type { Analysis, FlagId, Hint } from '../analysis/types';

/**
 * What the coach shows for one draft, decided from the analysis and the person's choices.
 * Pure: the field coach feeds it, the badge and panel render it.
 */
export type BadgeState = 'quiet' | 'listening' | 'hints';

export interface DraftChoices {
  /** The person clicked the badge to coach this draft even though it doesn't read as amends. */
  forcedOn: boolean;
  /** The person asked the coach to rest for this draft. */
  resting: boolean;
  /** Hints the person set aside for this draft (keys from `hintKey`). */
  dismissed: ReadonlySet<string>;
  /** After the support card, the person chose to see the writing hints too. */
  hintsAfterSupport: boolean;
}

export interface CoachView {
  awake: boolean;
  state: BadgeState;
  /** Hints to underline and list, in text order. */
  hints: Hint[];
  support: boolean;
  /** Hints exist but wait behind the support card. */
  hintsWaiting: number;
}

export function freshChoices(): DraftChoices {
  return { forcedOn: false, resting: false, dismissed: new Set(), hintsAfterSupport: false };
}

/**
 * Identifies a hint across edits by its rule and its words (not its offsets), so a hint
 * the person dismissed stays dismissed while they keep typing around it.
 */
export function hintKey(hint: Hint, text: string): string {
  return `${hint.rule}\u0000${text.slice(hint.start, hint.end).toLowerCase().replace(/\s+/g, ' ').trim()}`;
}

export function coachView(
  analysis: Analysis | null,
  text: string,
  choices: DraftChoices,
  disabledRules: readonly FlagId[],
): CoachView {
  if (choices.resting) return { awake: false, state: 'quiet', hints: [], support: false, hintsWaiting: 0 };
  if (!analysis) {
    // Asked to coach before the first answer came back: listening.
    const awake = choices.forcedOn;
    return { awake, state: awake ? 'listening' : 'quiet', hints: [], support: false, hintsWaiting: 0 };
  }
  const support = analysis.support.needed;
  const awake = support || analysis.amends || choices.forcedOn;
  if (!awake) return { awake: false, state: 'quiet', hints: [], support: false, hintsWaiting: 0 };
  const off = new Set<string>(disabledRules);
  const candidates = analysis.hints
    .filter((h) => !off.has(h.rule) && !choices.dismissed.has(hintKey(h, text)))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const hints = support && !choices.hintsAfterSupport ? [] : candidates;
  return {
    awake: true,
    state: hints.length > 0 ? 'hints' : 'listening',
    hints,
    support,
    hintsWaiting: candidates.length - hints.length,
  };
}

/** What the polite live region says when the view changes (null: nothing new to say). */
export function announcement(prev: CoachView | null, next: CoachView): string | null {
  if (prev && prev.state === next.state && prev.hints.length === next.hints.length && prev.support === next.support) {
    return null;
  }
  if (next.support && !prev?.support) return 'The amends coach has a note of support for you.';
  if (!next.awake) return prev?.awake ? 'The amends coach is resting.' : null;
  if (next.hints.length === 0) return 'The amends coach is listening. No hints right now.';
  return next.hints.length === 1
    ? 'The amends coach has 1 hint on your draft.'
    : `The amends coach has ${next.hints.length} hints on your draft.`;
}
