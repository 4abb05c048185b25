import { useEffect, useState } from 'react';
import { formatRoute, parseRoute } from './router.js';
import type { Route } from './router.js';

/** The current route, following the location hash. */
export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

/** Goes to a route; `replace` swaps the history entry instead of adding one (for filter changes). */
export function navigate(route: Route, replace = false): void {
  const hash = formatRoute(route);
  if (replace) {
    window.history.replaceState(null, '', hash);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = hash;
  }
}
