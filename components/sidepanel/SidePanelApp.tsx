import { useCallback, useEffect, useRef, useState } from 'react';
import type { Person } from '@/lib/amends/types';
import { useRepository } from '../data/RepositoryContext';
import { errorMessage, SaveIndicator } from '../data/SaveStatus';
import { usePeople } from '../data/usePeople';
import { useAnnounce } from '../common/Announcer';
import { UndoToast } from '../common/UndoToast';
import { PersonPage } from '../person/PersonPage';
import { DraftLinkBar } from '../draft/DraftLinkBar';
import { ListView } from './ListView';
import { SettingsView } from './SettingsView';
import { hashForRoute, useRoute, type Route } from './useRoute';
import '../styles/theme.css';
import '../people/people.css';
import './sidepanel.css';

/**
 * The side panel: the list, one person's page, and "Your data". After a deletion an Undo
 * toast stays for a while, whichever view is showing.
 */
export function SidePanelApp() {
  const repository = useRepository();
  const announce = useAnnounce();
  const { people, loaded, error } = usePeople();
  const [route, navigate] = useRoute();
  const [removed, setRemoved] = useState<Person | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRoute = useRef(true);

  // Moving to another view puts focus on its heading, so keyboard and screen reader users
  // start at the top of what they asked for (not on the first load).
  const routeKey = hashForRoute(route);
  useEffect(() => {
    if (firstRoute.current) {
      firstRoute.current = false;
      return;
    }
    window.scrollTo(0, 0);
    headingRef.current?.focus({ preventScroll: true });
  }, [routeKey]);

  const open = useCallback((person: Person) => navigate({ view: 'person', id: person.id }), [navigate]);

  const onRemoved = useCallback(
    (person: Person) => {
      setRemoved(person);
      navigate({ view: 'list' });
      announce(`${person.name} was removed from your list. You can undo this for a few seconds.`);
    },
    [navigate, announce],
  );

  async function undo() {
    const person = removed;
    if (!person) return;
    setRemoved(null);
    try {
      await repository.restore(person);
      announce(`${person.name} is back on your list.`);
    } catch (failure) {
      announce(`${person.name} could not be put back: ${errorMessage(failure)}`);
    }
  }

  return (
    <div className="panel">
      <header className="panel__header">
        <nav aria-label="Sections" className="panel__nav">
          <NavLink route={{ view: 'list' }} current={route.view !== 'settings'} navigate={navigate}>
            Your list
          </NavLink>
          <NavLink route={{ view: 'settings' }} current={route.view === 'settings'} navigate={navigate}>
            Your data
          </NavLink>
        </nav>
        <SaveIndicator />
      </header>
      <main className="panel__main">
        {removed ? (
          <UndoToast
            key={removed.id}
            message={`${removed.name} was removed from your list.`}
            onUndo={() => void undo()}
            onExpire={() => setRemoved(null)}
          />
        ) : null}
        {error ? (
          <p role="alert" className="notice notice--caution">
            Your list couldn’t be read just now ({error}). Nothing has been changed.
          </p>
        ) : null}
        {/* A draft from the page beside this panel: who it is for (issue 5). */}
        <DraftLinkBar people={people} loaded={loaded} viewingId={route.view === 'person' ? route.id : null} onOpen={open} />
        {route.view === 'list' ? (
          <ListView people={people} loaded={loaded} headingRef={headingRef} onOpen={open} />
        ) : route.view === 'person' ? (
          <PersonPage
            key={route.id}
            id={route.id}
            headingRef={headingRef}
            onBack={() => navigate({ view: 'list' })}
            onRemoved={onRemoved}
          />
        ) : (
          <SettingsView headingRef={headingRef} />
        )}
      </main>
    </div>
  );
}

function NavLink({
  route,
  current,
  navigate,
  children,
}: {
  route: Route;
  current: boolean;
  navigate(route: Route): void;
  children: string;
}) {
  return (
    <a
      href={hashForRoute(route)}
      className="panel__nav-link"
      aria-current={current ? 'page' : undefined}
      onClick={(event) => {
        event.preventDefault();
        navigate(route);
      }}
    >
      {children}
    </a>
  );
}
