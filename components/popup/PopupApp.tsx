import { useEffect, useRef, useState } from 'react';
import type { Person } from '@/lib/amends/types';
import { todayIso } from '@/lib/amends';
import { canOpenSidePanel, currentWindowId, openSidePanel } from '@/lib/ui/open-side-panel';
import { setPanelTarget } from '@/lib/ui/panel-target';
import { usePeople } from '../data/usePeople';
import { AddPersonForm } from '../people/AddPersonForm';
import { ProgressSummary } from '../people/ProgressSummary';
import { PopupSearch } from './PopupSearch';
import { WhoIsNext } from './WhoIsNext';
import { CoachSettings } from '../CoachSettings';
import { LockNowButton } from '../lock/LockNowButton';
import { BackupReminder } from '../lock/BackupReminder';
import '../styles/theme.css';
import '../people/people.css';
import './popup.css';

/**
 * The toolbar popup: the list at a glance, who is next, search and quick-add, and the way
 * into the side panel. Keyboard-first: focus starts in search (or in quick-add while the
 * list is empty).
 */
export function PopupApp({ closeWindow = () => window.close() }: { closeWindow?: () => void }) {
  const { people, loaded, error } = usePeople();
  const windowId = useRef<number | undefined>(undefined);
  const searchRef = useRef<HTMLInputElement>(null);
  const quickAddRef = useRef<HTMLInputElement | null>(null);
  const [openProblem, setOpenProblem] = useState<string | null>(null);
  const today = todayIso(Date.now());

  // Chrome needs the window id inside the click, synchronously: look it up now.
  useEffect(() => {
    void currentWindowId().then((id) => {
      windowId.current = id;
    });
  }, []);

  // The cursor starts in search at once, so typing never waits for the list. If the list
  // turns out to be empty, it moves to quick-add (unless the person already moved it).
  useEffect(() => {
    searchRef.current?.focus();
  }, []);
  useEffect(() => {
    if (!loaded || people.length > 0) return;
    const active = document.activeElement;
    if (active === null || active === document.body || active === searchRef.current) quickAddRef.current?.focus();
  }, [loaded, people.length]);

  /** Must be called straight from a click: the browser only opens panels in a user gesture. */
  function openPanel(person?: Person) {
    const opened = openSidePanel(windowId.current);
    const handedOver = person ? setPanelTarget(person.id) : Promise.resolve();
    Promise.all([opened, handedOver]).then(
      () => closeWindow(),
      (problem: unknown) =>
        setOpenProblem(
          `The side panel didn't open${problem instanceof Error && problem.message ? ` (${problem.message})` : ''}. ` +
            'You can also open it from the browser’s side panel menu.',
        ),
    );
  }

  const empty = loaded && people.length === 0;

  return (
    <div className="popup">
      <header className="popup__header">
        <h1>Your amends list</h1>
        <LockNowButton />
        {canOpenSidePanel() ? (
          <button type="button" className="button button--primary" onClick={() => openPanel()}>
            Open full list
          </button>
        ) : null}
      </header>
      <main className="popup__main">
        {openProblem ? (
          <p role="alert" className="notice notice--caution">
            {openProblem}
          </p>
        ) : null}
        {error ? (
          <p role="alert" className="notice notice--caution">
            Your list couldn’t be read just now ({error}). Nothing has been changed; try opening this again.
          </p>
        ) : null}
        {!empty ? (
          <PopupSearch
            people={people}
            loading={!loaded}
            inputRef={searchRef}
            onOpen={(person) => openPanel(person)}
            onOpenAll={() => openPanel()}
          />
        ) : null}
        {empty ? (
          <p className="popup__welcome">
            This is where your Step 8 list lives, just on this computer. Start with one name; you
            can add the rest whenever you are ready.
          </p>
        ) : null}
        <AddPersonForm heading="Add someone" nameInputRef={quickAddRef} />
        {loaded && !empty ? (
          <>
            <ProgressSummary people={people} />
            <WhoIsNext people={people} today={today} onOpen={(person) => openPanel(person)} />
            <BackupReminder people={people} />
          </>
        ) : null}
        <div className="popup__coach" data-testid="coach-settings">
          <CoachSettings />
        </div>
      </main>
    </div>
  );
}
