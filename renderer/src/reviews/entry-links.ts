/**
 * Where a link in a review leads inside the app: an entry's page for `scopebook://entry/<id>`.
 * Mirrors the contract's entryIdFromHref without importing the contract's runtime (and zod)
 * into the renderer bundle; entry-links.test.ts checks the two agree.
 */

const PREFIX = 'scopebook://entry/';
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const TIMELINE = 'scopebook://timeline?';

/**
 * The app route for an entry link (`/entry/<id>`) or a link to the filtered timeline
 * (`scopebook://timeline?level=project&from=…` → `/timeline?level=project&from=…`; the
 * timeline drops any parameter it does not know), or null for any other href.
 */
export function routeForHref(href: string | null | undefined): string | null {
  if (href?.startsWith(TIMELINE)) {
    const query = new URLSearchParams(href.slice(TIMELINE.length)).toString();
    return query ? `/timeline?${query}` : '/timeline';
  }
  if (!href?.startsWith(PREFIX)) return null;
  const id = href.slice(PREFIX.length);
  return ID.test(id) ? `/entry/${id}` : null;
}
