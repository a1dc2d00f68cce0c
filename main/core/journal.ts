/**
 * Opening "the journal" as a program does: create the data directory, take the lock, open
 * the database. The desktop app and the browser host both start here, so they behave alike.
 */
import { ensurePrivateFolder } from './private-files';
import { backupFolderOf } from './safety/locations';
import { removeLeftovers } from './safety/leftovers';
import { type Core, type CoreOptions, openCore } from './api';
import { CoreError } from './errors';
import { acquireLock, type LockHolderKind } from './lock';
import { journalFile } from './paths';

export interface OpenJournal {
  readonly dataDir: string;
  readonly core: Core;
  /** Closes the database, then gives up the lock. Safe to call twice. */
  close(): void;
}

/**
 * Opens the journal in `dataDir` for one program. Throws CoreError('conflict') when another
 * program has it open and CoreError('storage') when it cannot be opened; the lock is never
 * left behind by a failed open.
 */
export function openJournal(dataDir: string, kind: LockHolderKind, options: CoreOptions = {}): OpenJournal {
  try {
    ensurePrivateFolder(dataDir);
  } catch (err) {
    throw new CoreError('storage', `Cannot create the journal folder ${dataDir}: ${(err as Error).message}`);
  }
  const lock = acquireLock(dataDir, kind);
  let core: Core;
  try {
    core = openCore(journalFile(dataDir), options);
  } catch (err) {
    lock.release();
    throw err;
  }
  cleanUpAfterCrash(core);
  let closed = false;
  return {
    dataDir,
    core,
    close() {
      if (closed) return;
      closed = true;
      try {
        core.close();
      } finally {
        lock.release();
      }
    },
  };
}

/** With the lock held, removes what a killed restore, backup or upload left (safety/leftovers.ts). */
function cleanUpAfterCrash(core: Core): void {
  try {
    const folder = backupFolderOf(core.db, core.path);
    removeLeftovers({ journalFile: core.path, backupFolder: folder.folder, ownBackupFolder: folder.isDefault });
  } catch {
    // Cleaning up is a courtesy: it never stops the journal from opening.
  }
}
