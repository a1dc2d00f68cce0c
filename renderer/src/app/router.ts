/** The live hash router: the current route as React state, and `navigate` for links, menus and shortcuts. */
import { useSyncExternalStore } from 'react';
import { parseHash, type Route } from './route';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

function currentHash(): string {
  return window.location.hash;
}

/**
 * Goes to a route such as `/timeline?tag=ops` or `#/people/<id>`; a new history entry,
 * so back and forward work. Exported for the application menu and keyboard shortcuts.
 */
export function navigate(route: string, options: { replace?: boolean } = {}): void {
  const hash = route.startsWith('#') ? route : `#${route.startsWith('/') ? route : `/${route}`}`;
  if (hash === window.location.hash) return;
  if (options.replace) {
    window.history.replaceState(window.history.state, '', hash);
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  } else {
    window.location.hash = hash;
  }
}

/** The current route; re-renders when the hash changes. */
export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, currentHash);
  return parseHashCached(hash);
}

let lastHash: string | null = null;
let lastRoute: Route = parseHash('');
function parseHashCached(hash: string): Route {
  if (hash !== lastHash) {
    lastHash = hash;
    lastRoute = parseHash(hash);
  }
  return lastRoute;
}
