/**
 * Restoring a backup into the open journal: the current journal is backed up first, the
 * backup is brought to the current schema in a scratch copy, then every row is replaced in
 * the caller's write transaction. The connection stays open: no restart, no file swap.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, unlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { BackupInfo } from '../../../common/contract/data';
import type { Clock } from '../clock';
import { type Db, openDatabase } from '../db';
import { CoreError, notFound } from '../errors';
import { parseBackupName } from './backup-files';
import { rotateBackups, snapshotInto, takeBackup, usableFolder, verifyBackupFile } from './backup';
import { replaceAllRows } from './copy-tables';
import { DEFAULT_POLICY } from './rotation';
import { DEVICE_SETTINGS, backupFolderOf } from './locations';

export interface Restored {
  restoredFrom: string;
  safetyBackup: BackupInfo;
}

/** Restores `file` (a name in the backup folder). Run inside a write transaction on `db`. */
export function restoreBackup(db: Db, journalFile: string, file: string, clock: Clock): Restored {
  const { folder } = backupFolderOf(db, journalFile);
  if (!parseBackupName(file)) throw notFound('Backup', file);
  const path = join(folder, file);
  if (!existsSync(path)) throw notFound('Backup', file);
  const problem = verifyBackupFile(path);
  if (problem) throw new CoreError('storage', `The backup ${file} is damaged (${problem}); nothing was changed.`);

  // The write transaction is already open here, so the safety copy is read through a second
  // connection: in WAL mode it sees exactly the journal as last committed.
  const safetyFolder = usableFolder(db, journalFile).folder;
  const safetyBackup = takeBackup(journalFile, safetyFolder, 'before-restore', clock);

  const scratch = join(dirname(journalFile), `.restore-${randomBytes(6).toString('hex')}.sqlite`);
  try {
    snapshotInto(path, scratch);
    const migrated = openDatabase(scratch);
    try {
      const keep = db
        .prepare(`SELECT key, value FROM settings WHERE key IN (SELECT value FROM json_each(?))`)
        .all(JSON.stringify(DEVICE_SETTINGS)) as { key: string; value: string }[];
      replaceAllRows(migrated, db);
      db.prepare(`DELETE FROM settings WHERE key IN (SELECT value FROM json_each(?))`).run(JSON.stringify(DEVICE_SETTINGS));
      const put = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
      for (const s of keep) put.run(s.key, s.value);
    } finally {
      migrated.close();
    }
  } finally {
    for (const f of [scratch, `${scratch}-wal`, `${scratch}-shm`]) if (existsSync(f)) unlinkSync(f);
  }
  rotateBackups(safetyFolder, DEFAULT_POLICY, clock);
  return { restoredFrom: file, safetyBackup };
}
