/** The current fragment route, updated on `hashchange`. */
import { useEffect, useState } from 'react';
import { parseRoute, type Route } from './route';

/** Returns the route of `location.hash` and re-renders when it changes. */
export function useRoute(): Route {
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash, location.search));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.hash, location.search));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
