/**
 * Moving the journal to another folder safely: copy it with SQLite's online copy (the same
 * VACUUM INTO the backups use), verify the copy (integrity check, same number of rows in
 * every table), and only then point the app at it. The journal in use is only read, so a
 * failure at any step leaves it in use and intact, and removes the half-written copy.
 * The desktop host switches to the copy on its next start (journal-location.ts).
 */
import { existsSync, renameSync, unlinkSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { type Db, openConnection } from '../db';
import { CoreError } from '../errors';
import { DB_FILE_NAME } from '../paths';
import { syncFile } from '../safety/atomic-write';
import { snapshotInto, verifyBackupFile } from '../safety/backup';
import { checkWritableFolder } from '../safety/locations';

export interface MovedJournal {
  /** The verified copy, ready to be opened. */
  journalFile: string;
  folder: string;
  /** Rows copied, by table. */
  rows: Record<string, number>;
}

/** Test seam: runs between the copy and its verification (to simulate a failure halfway). */
export interface MoveHooks {
  afterCopy?: (partialFile: string) => void;
}

function rowCounts(db: Db): Record<string, number> {
  const tables = db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%' ORDER BY name`)
    .pluck()
    .all() as string[];
  return Object.fromEntries(tables.map((t) => [t, db.prepare(`SELECT count(*) FROM "${t.replace(/"/g, '""')}"`).pluck().get() as number]));
}

/** Copies the open journal into `folder` and verifies it; throws (leaving nothing behind) on any problem. */
export function copyJournalTo(db: Db, currentFile: string, folder: string, hooks: MoveHooks = {}): MovedJournal {
  const target = checkWritableFolder(folder, 'folder');
  if (resolve(target) === resolve(dirname(currentFile))) {
    throw new CoreError('invalid_input', 'The journal is already in that folder.', 'folder');
  }
  const journalFile = join(target, DB_FILE_NAME);
  if (existsSync(journalFile)) {
    throw new CoreError('invalid_input', `${target} already holds a Scopebook journal: choose an empty folder.`, 'folder');
  }
  const partial = `${journalFile}.partial`;
  try {
    if (existsSync(partial)) unlinkSync(partial);
    snapshotInto(db, partial);
    hooks.afterCopy?.(partial);
    const problem = verifyBackupFile(partial);
    if (problem) throw new CoreError('storage', `The copy failed its integrity check (${problem}).`);
    const expected = rowCounts(db);
    const copy = openConnection(partial, { readonly: true, fileMustExist: true });
    let actual: Record<string, number>;
    try {
      actual = rowCounts(copy);
    } finally {
      copy.close();
    }
    if (JSON.stringify(actual) !== JSON.stringify(expected)) throw new CoreError('storage', 'The copy does not hold every row of the journal.');
    syncFile(partial);
    renameSync(partial, journalFile);
    return { journalFile, folder: target, rows: expected };
  } catch (err) {
    try {
      unlinkSync(partial);
    } catch {
      // Nothing was written.
    }
    const why = err instanceof Error ? err.message : String(err);
    throw new CoreError('storage', `The journal was not moved: ${why} Your journal is still in ${dirname(currentFile)}, unchanged.`);
  }
}
