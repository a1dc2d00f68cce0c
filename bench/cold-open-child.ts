/**
 * One cold start, in its own process: open the journal and read the first timeline page.
 * `core`: through openCore (pragmas, integrity check, migrations, the list handler);
 * `floor`: better-sqlite3 opens the file and runs the page's SELECT.
 * Prints one JSON line: { ms } from just before opening to after the page.
 */
import Database from 'better-sqlite3';
import { openCore } from '../main/core/api';
import { SUMMARY_COLUMNS } from '../main/core/entry-rows';

const [mode, path, limit] = process.argv.slice(2) as [string, string, string];
const t0 = performance.now();
let rows: number;
if (mode === 'core') {
  const core = openCore(path);
  const page = core.call('entries:list', { limit: Number(limit) });
  if (!page.ok) throw new Error(page.error.message);
  rows = (page.value as { items: unknown[] }).items.length;
  core.close();
} else {
  const db = new Database(path);
  rows = db
    .prepare(`SELECT ${SUMMARY_COLUMNS} FROM entries e WHERE e.deleted_at IS NULL ORDER BY e.occurred_on DESC, e.id DESC LIMIT ?`)
    .all(Number(limit) + 1).length;
  db.close();
}
const ms = performance.now() - t0;
process.stdout.write(`${JSON.stringify({ ms, rows })}\n`);
