import { useCallback, useEffect, useState } from 'react';
import { hashForPerson, personIdFromHash, takePanelTarget, watchPanelTarget } from '@/lib/ui/panel-target';

export type Route = { view: 'list' } | { view: 'person'; id: string } | { view: 'settings' };

export function routeFromHash(hash: string): Route {
  const personId = personIdFromHash(hash);
  if (personId) return { view: 'person', id: personId };
  if (hash === '#settings') return { view: 'settings' };
  return { view: 'list' };
}

export function hashForRoute(route: Route): string {
  if (route.view === 'person') return hashForPerson(route.id);
  if (route.view === 'settings') return '#settings';
  return '#list';
}

/**
 * The side panel's current view, kept in the URL hash (#person=<id>, #settings) so the
 * browser's back and forward work and a link can open a person directly. A person chosen
 * in the popup arrives through the panel-target key, at start or while the panel is open.
 */
export function useRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState<Route>(() => routeFromHash(window.location.hash));

  useEffect(() => {
    const onHashChange = () => setRoute(routeFromHash(window.location.hash));
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, []);

  const navigate = useCallback((next: Route) => {
    const hash = hashForRoute(next);
    if (window.location.hash !== hash) window.location.hash = hash;
    // hashchange is asynchronous; show the new view at once.
    setRoute(next);
  }, []);

  useEffect(() => {
    let alive = true;
    void takePanelTarget().then((id) => {
      if (alive && id) navigate({ view: 'person', id });
    });
    const stop = watchPanelTarget((id) => navigate({ view: 'person', id }));
    return () => {
      alive = false;
      stop();
    };
  }, [navigate]);

  return [route, navigate];
}
