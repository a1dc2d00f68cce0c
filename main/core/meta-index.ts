/**
 * `INDEXED BY entries_meta` for queries that join many entries only to read their state, day
 * or level. Those columns sit after the long text in the table row, so reading them from the
 * row walks its overflow pages: at 100,000 entries people:list took 2 s that way and 120 ms
 * through the covering index (bench/README.md). SQLite's planner prefers the rowid lookup, so
 * the index is named; on a journal opened with older migrations only (tests of migrations)
 * the index is missing and the hint is left out.
 */
import type { Db } from './db';

const known = new WeakMap<Db, string>();

/** The hint to put after `entries e`, or '' when the journal has no entries_meta index. */
export function byMetaIndex(db: Db): string {
  let hint = known.get(db);
  if (hint === undefined) {
    const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = 'entries_meta'").get() !== undefined;
    hint = exists ? 'INDEXED BY entries_meta' : '';
    known.set(db, hint);
  }
  return hint;
}
