import type { Person } from '@/lib/amends/types';
import { useDraftLink } from './DraftLinkContext';
import { DraftPicker } from './DraftPicker';

/**
 * The top of the side panel while a draft is waiting in this window's tab (issue 5): the
 * picker while no one is chosen, or a line saying whose it is, with a way to their page.
 */
export function DraftLinkBar({
  people,
  loaded,
  viewingId,
  onOpen,
}: {
  people: readonly Person[];
  loaded: boolean;
  /** The person whose page is showing, if any. */
  viewingId: string | null;
  onOpen(person: Person): void;
}) {
  const { draft, problem, pickerSetAside, link, setPickerAside } = useDraftLink();
  if (!draft) return null;
  const problemNote = problem ? (
    <p role="alert" className="notice notice--caution">
      That draft is no longer open in the page, so it could not be linked. Click “This is for…” beside the draft again.
    </p>
  ) : null;

  // Linked to someone since removed from the list: the draft waits for a person again.
  const linkedPerson = draft.personId === null ? undefined : people.find((p) => p.id === draft.personId);
  if (draft.personId === null || (loaded && !linkedPerson)) {
    if (pickerSetAside) return problemNote;
    return (
      <>
        {problemNote}
        <DraftPicker
          draft={draft}
          people={people}
          loaded={loaded}
          onChoose={(person) => {
            link(draft, person.id);
            onOpen(person);
          }}
          onLater={() => setPickerAside(draft)}
        />
      </>
    );
  }
  if (draft.personId === viewingId) return problemNote;
  const person = linkedPerson;
  if (!person) return problemNote;
  return (
    <>
      {problemNote}
      <p className="notice notice--calm draft-banner" data-testid="draft-banner">
        The draft beside this panel is for {person.name}.{' '}
        <button type="button" className="button button--link" onClick={() => onOpen(person)}>
          Open {person.name}’s page
        </button>
      </p>
    </>
  );
}
