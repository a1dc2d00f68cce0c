/**
 * Hash routes (`#/timeline?level=project&tag=ops`): the app is loaded from a file or a
 * custom protocol in Electron, so the path part of the URL is not ours to use.
 * Pure parsing and formatting; the live router lives in router.ts.
 */

/** A parsed route: path segments and query parameters. */
export interface Route {
  /** Decoded path segments, e.g. ['people', '0190…']. Empty for the home route. */
  path: string[];
  query: URLSearchParams;
}

/** Parses `#/a/b?x=1` (with or without the leading '#'). */
export function parseHash(hash: string): Route {
  const raw = hash.replace(/^#/, '');
  const q = raw.indexOf('?');
  const pathPart = q >= 0 ? raw.slice(0, q) : raw;
  const queryPart = q >= 0 ? raw.slice(q + 1) : '';
  const path = pathPart
    .split('/')
    .filter((s) => s !== '')
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
  return { path, query: new URLSearchParams(queryPart) };
}

/** Builds `#/a/b?x=1` from segments and an optional query (empty queries are left out). */
export function formatHash(path: readonly string[], query?: URLSearchParams | string): string {
  const p = `#/${path.map((s) => encodeURIComponent(s)).join('/')}`;
  const q = typeof query === 'string' ? query : (query?.toString() ?? '');
  return q ? `${p}?${q}` : p;
}
