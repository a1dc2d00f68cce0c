/**
 * The journal and its copies hold notes on colleagues: they are private to the person. Files
 * are created 0600 and the folders Scopebook creates 0700, set explicitly (never left to the
 * umask) and whoever created the parent folder. SQLite gives a database's -wal, -shm and
 * -journal files the mode of the database itself, so making the database 0600 before SQLite
 * first opens it covers its side files too. On Windows modes do not apply (ACLs of the
 * profile folder do); these calls are no-ops there.
 */
import { chmodSync, closeSync, existsSync, fchmodSync, mkdirSync, openSync, statSync } from 'node:fs';

export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_FOLDER_MODE = 0o700;

const applies = process.platform !== 'win32';

/**
 * Makes sure `path` exists as a private file: an absent one is created empty with 0600; an
 * existing one is tightened to 0600 (an earlier version left 0644). A file this process may
 * not chmod (someone else's) is left as it is.
 */
export function ensurePrivateFile(path: string): void {
  if (!existsSync(path)) {
    let fd: number | undefined;
    try {
      fd = openSync(path, 'wx', PRIVATE_FILE_MODE);
      if (applies) fchmodSync(fd, PRIVATE_FILE_MODE);
      return;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    } finally {
      if (fd !== undefined) closeSync(fd);
    }
  }
  tighten(path, PRIVATE_FILE_MODE);
}

/** Tightens the existing side files of a database (`-wal`, `-shm`, `-journal`) to 0600. */
export function tightenDatabaseSideFiles(dbPath: string): void {
  for (const suffix of ['-wal', '-shm', '-journal']) if (existsSync(dbPath + suffix)) tighten(dbPath + suffix, PRIVATE_FILE_MODE);
}

/**
 * Creates `folder` (and missing parents) if needed; a folder created here is made 0700
 * explicitly. An existing folder — perhaps one the person chose, like a synced one — is left
 * as it is.
 */
export function ensurePrivateFolder(folder: string): void {
  if (existsSync(folder)) return;
  mkdirSync(folder, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  tighten(folder, PRIVATE_FOLDER_MODE);
}

function tighten(path: string, mode: number): void {
  if (!applies) return;
  try {
    if ((statSync(path).mode & 0o777) !== mode) chmodSync(path, mode);
  } catch {
    // Not ours to change (another owner, a read-only file system): left as it is.
  }
}
