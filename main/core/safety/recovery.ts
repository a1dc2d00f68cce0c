/**
 * When the journal will not open: tell why, find the newest backup that still verifies,
 * and put it in place after moving the damaged file (and its WAL/SHM) aside under a
 * timestamped name. The damaged file is never overwritten or deleted.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, extname } from 'node:path';
import type { BackupInfo } from '../../../common/contract/data';
import { type Clock, systemClock } from '../clock';
import { type Db, openConnection, SCHEMA_VERSION } from '../db';
import { CoreError } from '../errors';
import { syncFile, syncFolder } from './atomic-write';
import { listBackups, snapshotInto, verifyBackupFile } from './backup';
import { defaultBackupFolder } from './locations';

export type JournalState = 'missing' | 'ok' | 'damaged' | 'newer' | 'locked';

/** What state a journal file is in, checked the way opening it would (without migrating it). */
export function journalHealth(journalFile: string): JournalState {
  if (!existsSync(journalFile) || statSync(journalFile).size === 0) return 'missing';
  let db: Db | undefined;
  try {
    db = openConnection(journalFile, { fileMustExist: true, timeout: 2000 });
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version > SCHEMA_VERSION) return 'newer';
    return db.pragma('quick_check', { simple: true }) === 'ok' ? 'ok' : 'damaged';
  } catch (err) {
    const code = (err as { code?: string }).code ?? '';
    return code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED') ? 'locked' : 'damaged';
  } finally {
    db?.close();
  }
}

/**
 * Backup folders worth searching for a journal that may not open: the one recorded in it
 * (if that much can still be read) and the default one.
 */
export function recoveryFolders(journalFile: string): string[] {
  const folders = [defaultBackupFolder(journalFile)];
  let db: Db | undefined;
  try {
    db = openConnection(journalFile, { readonly: true, fileMustExist: true, timeout: 2000 });
    const row = db.prepare(`SELECT value FROM settings WHERE key = 'data.backupFolder'`).get() as { value: string } | undefined;
    const chosen = row ? (JSON.parse(row.value) as unknown) : undefined;
    if (typeof chosen === 'string' && !folders.includes(chosen)) folders.unshift(chosen);
  } catch {
    // too damaged to say: the default folder it is
  } finally {
    db?.close();
  }
  return folders;
}

/** The newest backup that passes integrity_check and this version can open, or null. */
export function newestVerifiedBackup(folders: readonly string[]): BackupInfo | null {
  const all = folders.flatMap((f) => listBackups(f)).sort((a, b) => (a.takenAt < b.takenAt ? 1 : -1));
  for (const b of all) {
    if (verifyBackupFile(b.path) !== null) continue;
    if (backupVersion(b.path) <= SCHEMA_VERSION) return b;
  }
  return null;
}

export interface Recovered {
  restoredFrom: string;
  /** Where the damaged journal (and its side files) now are. */
  movedAside: string[];
}

/**
 * Moves the damaged journal aside (`<name>.damaged-<UTC stamp><ext>`, with its -wal/-shm
 * next to it so SQLite tools can still open the pair) and writes a verified copy of
 * `backupPath` in its place. The core must not have the journal open.
 */
export function recoverFromBackup(journalFile: string, backupPath: string, clock: Clock = systemClock): Recovered {
  const problem = verifyBackupFile(backupPath);
  if (problem) throw new CoreError('storage', `The backup ${basename(backupPath)} is damaged too (${problem}).`);

  const movedAside = moveAside(journalFile, clock);
  const incoming = `${journalFile}.restoring-${randomBytes(6).toString('hex')}`;
  try {
    snapshotInto(backupPath, incoming);
    const again = verifyBackupFile(incoming);
    if (again) throw new CoreError('storage', `The restored copy failed its integrity check (${again}).`);
    syncFile(incoming);
    for (const side of ['-wal', '-shm', '-journal']) {
      if (existsSync(journalFile + side)) throw new CoreError('storage', `${journalFile}${side} appeared during recovery; stopping.`);
    }
    renameSync(incoming, journalFile);
    syncFolder(dirname(journalFile));
  } catch (err) {
    if (existsSync(incoming)) unlinkSync(incoming);
    throw err;
  }
  return { restoredFrom: backupPath, movedAside };
}

/** Renames the journal and its side files aside; undoes the renames if one fails. */
function moveAside(journalFile: string, clock: Clock): string[] {
  const ext = extname(journalFile);
  const stem = journalFile.slice(0, journalFile.length - ext.length);
  let at = clock.now();
  const nameAt = (d: Date) => `${stem}.damaged-${d.toISOString().replace(/[-:.]/g, '')}${ext}`;
  while (existsSync(nameAt(at))) at = new Date(at.getTime() + 1);
  const aside = nameAt(at);
  const moves = [journalFile, `${journalFile}-wal`, `${journalFile}-shm`, `${journalFile}-journal`]
    .filter((f) => existsSync(f))
    .map((from) => ({ from, to: aside + from.slice(journalFile.length) }));
  const done: typeof moves = [];
  try {
    for (const m of moves) {
      if (existsSync(m.to)) throw new CoreError('storage', `${m.to} already exists; nothing was moved.`);
      renameSync(m.from, m.to);
      done.push(m);
    }
  } catch (err) {
    for (const m of done.reverse()) renameSync(m.to, m.from);
    throw err instanceof CoreError ? err : new CoreError('storage', `Could not move the damaged journal aside: ${String(err)}`);
  }
  syncFolder(dirname(journalFile));
  return moves.map((m) => m.to);
}

function backupVersion(path: string): number {
  const db = openConnection(path, { readonly: true, fileMustExist: true });
  try {
    return db.pragma('user_version', { simple: true }) as number;
  } finally {
    db.close();
  }
}
