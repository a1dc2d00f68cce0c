/**
 * Tables the triggers derive from other tables. A restore copies the ordinary tables and then
 * rebuilds these from them, instead of copying them; the JSON export leaves them out.
 */
import type { Db } from './db';
import { rebuildTagCounts, TAG_COUNTS_TABLE } from './tag-counts';
import { rebuildSeenTables, SEEN_TABLES } from './visibility/seen-tables';

interface DerivedTables {
  tables: readonly string[];
  rebuild(db: Db): void;
}

const DERIVED: readonly DerivedTables[] = [
  { tables: SEEN_TABLES, rebuild: rebuildSeenTables },
  { tables: [TAG_COUNTS_TABLE], rebuild: rebuildTagCounts },
];

export const DERIVED_TABLES: readonly string[] = DERIVED.flatMap((d) => d.tables);

/** Rebuilds every derived table present in `db` (inside the caller's transaction). */
export function rebuildDerivedTables(db: Db, present: readonly string[]): void {
  for (const d of DERIVED) if (d.tables.every((t) => present.includes(t))) d.rebuild(db);
}
