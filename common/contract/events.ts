/**
 * The one change-event channel: after every successful write the hosts announce what changed,
 * so every open view (a second window, the quick-capture window, the browser tab) can refresh
 * what it shows instead of guessing. Desktop: `window.scopebook.onChange(listener)` (preload);
 * browser host: Server-Sent Events on `GET /api/events` (same token and origin checks as the
 * API). Each event lists what changed; a view reloads only what it shows.
 */

/** What one write changed. `ids` lists the rows touched when known; absent means "any of them". */
export type JournalChange =
  /** Entries created, edited, trashed, restored or purged. Lists derived from entries (people
   * counts, tags, visibility, stats) may have changed with them. */
  | { what: 'entries'; ids?: string[] }
  | { what: 'people'; ids?: string[] }
  | { what: 'goals'; ids?: string[] }
  | { what: 'tags' }
  | { what: 'reviews'; ids?: string[] }
  | { what: 'templates' }
  /** Praise, follow-ups and dismissed nudges. */
  | { what: 'visibility' }
  | { what: 'settings' }
  /** The whole journal was replaced or rewritten (a restore, an import): reload everything. */
  | { what: 'journal' };

export type ChangeKind = JournalChange['what'];

/** One announcement: the changes of one successful write (a contract call or a finished job). */
export interface ChangeEvent {
  /** Increases by one per event from one host; a gap means events were missed (reload all). */
  seq: number;
  /** The operation that made the change, e.g. `entries:update` or `data:restoreBackup`. */
  channel: string;
  changes: JournalChange[];
}

/** Whether an event touches any of the kinds a view shows (`journal` touches everything). */
export function touches(event: Pick<ChangeEvent, 'changes'>, kinds: readonly ChangeKind[]): boolean {
  return event.changes.some((c) => c.what === 'journal' || kinds.includes(c.what));
}

/** The ids of one kind named by an event; null when any row of that kind may have changed. */
export function changedIds(event: Pick<ChangeEvent, 'changes'>, kind: 'entries' | 'people' | 'goals' | 'reviews'): string[] | null {
  const ids: string[] = [];
  for (const c of event.changes) {
    if (c.what === 'journal') return null;
    if (c.what === kind) {
      if (!('ids' in c) || !c.ids) return null;
      ids.push(...c.ids);
    }
  }
  return ids;
}

/** The Electron IPC channel main sends events on (main → page; never a contract operation). */
export const CHANGE_EVENT_CHANNEL = 'scopebook:changed';
/** The browser host's Server-Sent Events endpoint. */
export const CHANGE_EVENTS_PATH = '/api/events';

/** What `window.scopebook` carries besides the operations. */
export interface ScopebookEvents {
  /** Calls `listener` after every write any window, job or host made. Returns unsubscribe. */
  onChange(listener: (event: ChangeEvent) => void): () => void;
}

const KINDS: readonly string[] = ['entries', 'people', 'goals', 'tags', 'reviews', 'templates', 'visibility', 'settings', 'journal'];

/** Whether a value received from another process is a well-formed ChangeEvent. */
export function isChangeEvent(value: unknown): value is ChangeEvent {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.seq === 'number' &&
    typeof v.channel === 'string' &&
    Array.isArray(v.changes) &&
    v.changes.every((c: unknown) => {
      if (typeof c !== 'object' || c === null) return false;
      const { what, ids } = c as Record<string, unknown>;
      return typeof what === 'string' && KINDS.includes(what) && (ids === undefined || (Array.isArray(ids) && ids.every((id) => typeof id === 'string')));
    })
  );
}
