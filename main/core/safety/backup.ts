/**
 * Backups: online copies made by SQLite itself (VACUUM INTO, a consistent snapshot even
 * while the journal is in use — never a file copy of a live database), each checked with
 * integrity_check before it gets its final name, then rotated.
 */
import { existsSync, readdirSync, renameSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'date-fns';
import type { BackupInfo } from '../../../common/contract/data';
import { type Clock, localDay, systemClock } from '../clock';
import { type Db, openConnection } from '../db';
import { CoreError } from '../errors';
import { type BackupOrigin, backupName, listBackupFiles, type BackupFile } from './backup-files';
import { syncFile, syncFolder } from './atomic-write';
import { ensurePrivateFile, ensurePrivateFolder } from '../private-files';
import { backupFolderOf, checkWritableFolder, defaultBackupFolder, looksLikeSqlite } from './locations';
import { planRotation, type RotationPolicy, DEFAULT_POLICY } from './rotation';

/** How many safety backups (before a restore, before a migration) of each kind to keep. */
const SAFETY_KEEP = 5;
/** How many manual ("Back up now") backups to keep: the newest ones. */
export const MANUAL_KEEP = 30;

/**
 * Writes a consistent copy of a database to `target` with SQLite's own VACUUM INTO (never a
 * file copy of a live database). `source` is an open connection, or a path read through a
 * separate read-only connection (e.g. while a write transaction is open on the journal).
 */
export function snapshotInto(source: Db | string, target: string): void {
  // VACUUM INTO accepts an empty file: made 0600 first, the copy (and its -journal) stays private.
  ensurePrivateFile(target);
  if (typeof source !== 'string') {
    source.prepare('VACUUM INTO ?').run(target);
    return;
  }
  const conn = openConnection(source, { readonly: true, fileMustExist: true, timeout: 5000 });
  try {
    conn.prepare('VACUUM INTO ?').run(target);
  } finally {
    conn.close();
  }
}

/**
 * Copies the journal into `folder` as a verified backup. `source` is the open journal, or
 * its path (a separate read-only connection is used, e.g. while a write transaction is open).
 */
export function takeBackup(source: Db | string, folder: string, origin: BackupOrigin, clock: Clock = systemClock): BackupInfo {
  ensurePrivateFolder(folder);
  let at = clock.now();
  while (existsSync(join(folder, backupName(at, origin)))) at = new Date(at.getTime() + 1);
  const file = backupName(at, origin);
  const finalPath = join(folder, file);
  const partial = `${finalPath}.partial`;
  try {
    if (existsSync(partial)) unlinkSync(partial);
    snapshotInto(source, partial);
    const problem = verifyBackupFile(partial);
    if (problem) throw new CoreError('storage', `The new backup failed its integrity check (${problem}); it was discarded.`);
    syncFile(partial);
    renameSync(partial, finalPath);
    syncFolder(folder);
  } catch (err) {
    try {
      unlinkSync(partial);
    } catch {
      // nothing was written
    }
    if (err instanceof CoreError) throw err;
    const code = (err as { code?: string }).code;
    const why = code === 'SQLITE_FULL' || code === 'ENOSPC' ? 'the disk is full' : err instanceof Error ? err.message : String(err);
    throw new CoreError('storage', `Could not write a backup into ${folder}: ${why}.`);
  }
  return toInfo({ file, path: finalPath, takenAt: at, origin, bytes: statSync(finalPath).size }, 'daily');
}

/** Runs integrity_check on a backup; null when it is sound, otherwise what is wrong. */
export function verifyBackupFile(path: string): string | null {
  let conn: Db | undefined;
  try {
    conn = openConnection(path, { readonly: true, fileMustExist: true });
    const rows = conn.pragma('integrity_check') as { integrity_check: string }[];
    const result = rows.map((r) => r.integrity_check).join('; ');
    if (result !== 'ok') return result.slice(0, 300);
    const tables = conn.prepare(`SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN ('entries', 'settings')`).pluck().get();
    return tables === 2 ? null : 'not a Scopebook journal';
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  } finally {
    conn?.close();
  }
}

/** Backups in a folder, newest first, with the label rotation gives automatic ones. */
export function listBackups(folder: string): BackupInfo[] {
  const files = listBackupFiles(folder);
  const plan = planRotation(files.filter((f) => f.origin === 'auto').map((f) => ({ name: f.file, takenAt: f.takenAt })));
  return files.map((f) => toInfo(f, plan.keep.get(f.file) ?? 'daily'));
}

/** Deletes automatic backups rotation does not keep, old safety backups and abandoned partial files. */
export function rotateBackups(folder: string, policy: RotationPolicy = DEFAULT_POLICY, clock: Clock = systemClock): string[] {
  const files = listBackupFiles(folder);
  const plan = planRotation(
    files.filter((f) => f.origin === 'auto').map((f) => ({ name: f.file, takenAt: f.takenAt })),
    policy,
  );
  const removed = [...plan.remove];
  for (const origin of ['before-restore', 'before-migration'] as const) {
    removed.push(...files.filter((f) => f.origin === origin).slice(SAFETY_KEEP).map((f) => f.file));
  }
  removed.push(...files.filter((f) => f.origin === 'manual').slice(MANUAL_KEEP).map((f) => f.file));
  for (const file of removed) unlinkSync(join(folder, file));
  // A backup interrupted by a crash leaves a .partial file; one older than an hour is abandoned.
  const hourAgo = clock.now().getTime() - 3_600_000;
  for (const file of existsSync(folder) ? readdirSync(folder) : []) {
    if (!/^scopebook-.*\.sqlite\.partial(-journal)?$/.test(file)) continue;
    const path = join(folder, file);
    if (statSync(path).mtimeMs < hourAgo) unlinkSync(path);
  }
  return removed;
}

export interface DailyBackupResult {
  /** The backup taken, or null when today's already existed. */
  backup: BackupInfo | null;
  folder: string;
  /** Set when the chosen folder could not be used and the default one was. */
  warning?: string;
}

/**
 * Hosts call this at start-up: at most one automatic backup per local day, then rotation
 * (7 daily, 4 weekly, 12 monthly). Falls back to the default folder when the chosen one
 * is unavailable (an unplugged drive), so a day is never left without a backup.
 */
export function ensureDailyBackup(core: { db: Db; path: string }, clock: Clock = systemClock): DailyBackupResult {
  const { folder, warning } = usableFolder(core.db, core.path);
  const today = localDay(clock);
  const existing = listBackupFiles(folder).some((f) => f.origin === 'auto' && format(f.takenAt, 'yyyy-MM-dd') === today);
  if (existing) return withWarning({ backup: null, folder }, warning);
  const backup = takeBackup(core.db, folder, 'auto', clock);
  rotateBackups(folder, DEFAULT_POLICY, clock);
  return withWarning({ backup, folder }, warning);
}

/**
 * The `beforeMigrate` hook for openDatabase/openCore: backs the journal up before its
 * schema changes. A new, empty journal (version 0) has nothing to keep.
 */
export function backupBeforeMigrate(journalFile: string, clock: Clock = systemClock): (db: Db, from: number, to: number) => void {
  return (db, from) => {
    if (from === 0) return;
    const { folder } = usableFolder(db, journalFile);
    takeBackup(db, folder, 'before-migration', clock);
    rotateBackups(folder, DEFAULT_POLICY, clock);
  };
}

/** The chosen backup folder if it can be written, else the default one. */
export function usableFolder(db: Db, journalFile: string): { folder: string; warning?: string } {
  const chosen = backupFolderOf(db, journalFile);
  if (chosen.isDefault) return { folder: chosen.folder };
  try {
    return { folder: checkWritableFolder(chosen.folder, 'folder') };
  } catch {
    return {
      folder: defaultBackupFolder(journalFile),
      warning: `The backup folder ${chosen.folder} is not available; the backup was written to ${defaultBackupFolder(journalFile)} instead.`,
    };
  }
}

function withWarning(result: DailyBackupResult, warning: string | undefined): DailyBackupResult {
  return warning ? { ...result, warning } : result;
}

function toInfo(f: BackupFile, autoKind: 'daily' | 'weekly' | 'monthly'): BackupInfo {
  return {
    file: f.file,
    path: f.path,
    takenAt: f.takenAt.toISOString(),
    kind: f.origin === 'auto' ? autoKind : f.origin,
    bytes: f.bytes,
    verified: looksLikeSqlite(f.path),
  };
}
