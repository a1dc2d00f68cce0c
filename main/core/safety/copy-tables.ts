/**
 * Replacing every row of one open journal with the rows of another of the same schema,
 * inside the caller's transaction: how a restore swaps contents without reopening.
 */
import type { Db } from '../db';
import { DERIVED_TABLES, rebuildDerivedTables } from '../derived';

/** Ordinary tables of the main schema (not SQLite's own, not virtual tables or their shadows). */
function tablesOf(db: Db): string[] {
  const rows = db.prepare(`SELECT name, type FROM pragma_table_list WHERE schema = 'main'`).all() as {
    name: string;
    type: string;
  }[];
  return rows.filter((r) => r.type === 'table' && !r.name.startsWith('sqlite_')).map((r) => r.name);
}

function columnsOf(db: Db, table: string): string[] {
  return (db.prepare('SELECT name FROM pragma_table_info(?)').all(table) as { name: string }[]).map((r) => r.name);
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

/**
 * Deletes everything in `into` and copies every row of `from`. Triggers keep derived
 * indexes (full-text search) in step. Must run inside a transaction on `into`; foreign
 * keys are checked when it commits.
 */
export function replaceAllRows(from: Db, into: Db): void {
  into.pragma('defer_foreign_keys = ON');
  const tables = tablesOf(into);
  const sourceTables = new Set(tablesOf(from));
  for (const table of tables) into.prepare(`DELETE FROM ${q(table)}`).run();
  for (const table of tables) {
    // Tables derived by triggers are rebuilt below, not copied (the triggers fill them too).
    if (!sourceTables.has(table) || DERIVED_TABLES.includes(table)) continue;
    const cols = columnsOf(into, table);
    const sourceCols = new Set(columnsOf(from, table));
    const shared = cols.filter((c) => sourceCols.has(c));
    const list = shared.map(q).join(', ');
    const insert = into.prepare(`INSERT INTO ${q(table)} (${list}) VALUES (${shared.map(() => '?').join(', ')})`);
    for (const row of from.prepare(`SELECT ${list} FROM ${q(table)}`).raw().iterate()) insert.run(...(row as unknown[]));
  }
  rebuildDerivedTables(into, tables);
}
