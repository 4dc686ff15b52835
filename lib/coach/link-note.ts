import type { LinkOpening } from '../messaging';

/**
 * What the coach's panel says after "This is for…" (issue 5). The list itself only ever
 * shows in the side panel; these words only say where to find it.
 */
export function linkNote(opening: LinkOpening | null, firefox: boolean): string {
  if (!opening) {
    return 'Your list couldn\u2019t be reached just now. Reloading this page usually helps; nothing was changed.';
  }
  if (opening.opened) return 'Your list is open beside this page. Choose there who this draft is for.';
  const where = opening.shortcut
    ? `Press ${opening.shortcut} to open your list beside this page`
    : 'Open your list from the Amends Companion button in the toolbar';
  const why = firefox ? 'Firefox doesn\u2019t let a page open the list for you. ' : 'Your list couldn\u2019t open from here. ';
  return `${why}${where}; your draft will be waiting there.`;
}

/** A fresh opaque key for one field: random, nothing from the page or the list. */
export function newDraftKey(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
