import { randomId } from './ids';
import { LIMITS } from './limits';
import type { Person, SavedDraft, Timestamp } from './types';

/**
 * Copies of drafts the person chose to keep with someone's record (issue 5: "Save a copy
 * to their record"). Newest first. A copy keeps the person's words as written (blank runs
 * folded, see tidyDraftText); nothing is ever saved without the person asking.
 */

/**
 * The person's words as a copy keeps them: the coach blanks quoted replies and signatures
 * with spaces (to keep offsets true), so blank runs are folded: spaces at line ends dropped,
 * three or more line breaks made two, blank space at either end removed.
 */
export function tidyDraftText(text: string): string {
  return text
    .replace(/[ \t\u00a0]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Why this text cannot be kept as a copy, in words for the person; null when it can. */
export function draftCopyProblem(person: Person, text: string): string | null {
  const tidy = tidyDraftText(text);
  if (!tidy) return 'The draft is empty, so there is nothing to keep yet.';
  if (tidy.length > LIMITS.draftText) {
    return `This draft is longer than ${LIMITS.draftText.toLocaleString('en')} characters, which is more than a saved copy can hold. Nothing was saved.`;
  }
  if ((person.drafts?.length ?? 0) >= LIMITS.drafts) {
    return `You have kept ${LIMITS.drafts} copies for ${person.name}. Remove an older one to keep this one.`;
  }
  return null;
}

/** Keeps a copy of `text`, dated `now`. Throws RangeError (with `draftCopyProblem`'s words) when it cannot. */
export function saveDraftCopy(person: Person, text: string, now: Timestamp, newId: () => string = randomId): Person {
  const problem = draftCopyProblem(person, text);
  if (problem) throw new RangeError(problem);
  const copy: SavedDraft = { id: newId(), at: now, text: tidyDraftText(text) };
  const drafts = [copy, ...(person.drafts ?? [])].sort((a, b) => b.at - a.at);
  return { ...person, drafts, updatedAt: now };
}

export function removeDraftCopy(person: Person, draftId: string, now: Timestamp): Person {
  const before = person.drafts ?? [];
  const drafts = before.filter((d) => d.id !== draftId);
  return drafts.length === before.length ? person : { ...person, drafts, updatedAt: now };
}

/** The saved copies, newest first (an empty list for records from before drafts). */
export function savedDrafts(person: Person): readonly SavedDraft[] {
  return person.drafts ?? [];
}
