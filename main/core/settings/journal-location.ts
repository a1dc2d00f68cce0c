/**
 * Where the desktop app's journal lives when the user moved it: a small pointer file in the
 * app's own data folder. Read at start; a pointer to a folder without a journal is ignored
 * (the journal next to the app is used), so a missing drive never leaves the app unusable.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import { DB_FILE_NAME } from '../paths';

export const JOURNAL_LOCATION_FILE = 'journal-location.json';

/** The folder holding the journal: the moved-to folder when the pointer is valid, else `appDataDir`. */
export function journalFolder(appDataDir: string): string {
  try {
    const raw = JSON.parse(readFileSync(join(appDataDir, JOURNAL_LOCATION_FILE), 'utf8')) as { folder?: unknown };
    const folder = raw.folder;
    if (typeof folder === 'string' && isAbsolute(folder) && existsSync(join(folder, DB_FILE_NAME))) return folder;
  } catch {
    // No pointer (the usual case) or an unreadable one.
  }
  return appDataDir;
}

/** Points the app at `folder` from its next start (atomic write). */
export function setJournalFolder(appDataDir: string, folder: string): void {
  mkdirSync(appDataDir, { recursive: true });
  const file = join(appDataDir, JOURNAL_LOCATION_FILE);
  writeFileSync(`${file}.tmp`, JSON.stringify({ folder }));
  renameSync(`${file}.tmp`, file);
}
