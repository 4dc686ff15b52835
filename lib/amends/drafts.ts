import { randomId } from './ids';
import { LIMITS } from './limits';
import type { Person, SavedDraft, Timestamp } from './types';

/**
 * Copies of drafts the person chose to keep with someone's record (issue 5: "Save a copy
 * to their record"). Newest first. A copy is kept exactly as written, apart from blank
 * space at either end; nothing is ever saved without the person asking.
 */

/** Why this text cannot be kept as a copy, in words for the person; null when it can. */
export function draftCopyProblem(person: Person, text: string): string | null {
  if (!text.trim()) return 'The draft is empty, so there is nothing to keep yet.';
  if (text.trim().length > LIMITS.draftText) {
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
  const copy: SavedDraft = { id: newId(), at: now, text: text.trim() };
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
