/**
 * Where the journal's files live and which paths the user may point the core at.
 * Every path that arrives over the contract passes through here before it is touched.
 */
import { accessSync, constants, existsSync, lstatSync, openSync, closeSync, readSync, realpathSync, statSync, unlinkSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, isAbsolute, join, resolve, sep } from 'node:path';
import type { BackupFolder } from '../../../common/contract/data';
import type { Db } from '../db';
import { CoreError, invalid } from '../errors';
import { LOCK_FILE_NAME } from '../lock';
import { removeExportLeftovers } from './leftovers';
import { type ExportKind, refuseForeignFile } from './own-files';
import { readSetting, writeSetting } from './settings';

const BACKUP_FOLDER_KEY = 'data.backupFolder';

/** Settings that belong to this machine, not to the journal's history: a restore keeps them. */
export const DEVICE_SETTINGS = [BACKUP_FOLDER_KEY] as const;

/** The journal file, or a clear error when the core runs without one (in memory). */
export function requireJournalFile(journalFile: string | undefined): string {
  if (!journalFile || journalFile === ':memory:' || !isAbsolute(journalFile)) {
    throw new CoreError('storage', 'This journal is not kept in a file, so it has no backups, exports or imports.');
  }
  return journalFile;
}

/** Backups go next to the journal unless the user chose a folder. */
export function defaultBackupFolder(journalFile: string): string {
  return join(dirname(journalFile), 'backups');
}

/** The backup folder in use for a journal. */
export function backupFolderOf(db: Db, journalFile: string): BackupFolder {
  const chosen = readSetting(db, BACKUP_FOLDER_KEY);
  if (typeof chosen === 'string' && isAbsolute(chosen)) return { folder: chosen, isDefault: false };
  return { folder: defaultBackupFolder(journalFile), isDefault: true };
}

/** Records the user's backup folder after checking it exists and can be written; null restores the default. */
export function chooseBackupFolder(db: Db, journalFile: string, folder: string | null): BackupFolder {
  if (folder === null) {
    writeSetting(db, BACKUP_FOLDER_KEY, undefined);
    return backupFolderOf(db, journalFile);
  }
  const checked = checkWritableFolder(folder, 'folder');
  writeSetting(db, BACKUP_FOLDER_KEY, checked);
  return { folder: checked, isDefault: false };
}

/** An absolute, existing folder this process can create files in; returns it normalised. */
export function checkWritableFolder(folder: string, field: string): string {
  if (!isAbsolute(folder)) throw invalid(`The folder must be an absolute path: ${folder}`, field);
  const path = resolve(folder);
  let isDir: boolean;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    throw invalid(`The folder ${path} does not exist`, field);
  }
  if (!isDir) throw invalid(`${path} is not a folder`, field);
  const probe = join(path, `.scopebook-probe-${randomBytes(6).toString('hex')}`);
  try {
    accessSync(path, constants.W_OK);
    closeSync(openSync(probe, 'wx'));
    unlinkSync(probe);
  } catch {
    throw invalid(`Scopebook cannot write into ${path}`, field);
  }
  return path;
}

/** What an export must never overwrite: the journal, its WAL/SHM/journal and lock files, and the backup folder. */
export interface Protected {
  journalFile: string;
  backupFolder: string;
}

/**
 * Checks a file path chosen for an export: absolute, parent folder exists, not a folder,
 * not the journal or one of its side files, not inside the backup folder and not any
 * SQLite database, and not an existing file that is not a Scopebook export of the same kind
 * (own-files.ts). Returns the path to write.
 */
export function checkOutputFile(target: string, guard: Protected, field: string, kind: ExportKind): string {
  if (!isAbsolute(target)) throw invalid(`The file must be an absolute path: ${target}`, field);
  const path = resolve(target);
  const parent = checkWritableFolder(dirname(path), field);
  const real = join(realpathSync(parent), basename(path));
  if (existsSync(real) && lstatSync(real).isDirectory()) throw invalid(`${real} is a folder`, field);
  const finalPath = existsSync(real) ? realpathSync(real) : real;
  if (isProtected(finalPath, guard)) {
    throw invalid(`Refusing to write over the journal or its backups: ${finalPath}`, field);
  }
  if (existsSync(finalPath) && looksLikeSqlite(finalPath)) {
    throw invalid(`Refusing to write over a database file: ${finalPath}`, field);
  }
  refuseForeignFile(finalPath, kind, field);
  removeExportLeftovers(finalPath);
  return path;
}

/** Checks a folder chosen for a multi-file export; returns it normalised. */
export function checkOutputFolder(folder: string, guard: Protected, field: string): string {
  const path = checkWritableFolder(folder, field);
  const real = realpathSync(path);
  if (inside(real, realOrSelf(guard.backupFolder))) throw invalid('Choose a folder outside the backup folder', field);
  return path;
}

function isProtected(path: string, guard: Protected): boolean {
  const journal = realOrSelf(guard.journalFile);
  const sideFiles = [journal, `${journal}-wal`, `${journal}-shm`, `${journal}-journal`, join(dirname(journal), LOCK_FILE_NAME)];
  const p = fold(path);
  return sideFiles.some((f) => fold(f) === p) || inside(path, realOrSelf(guard.backupFolder));
}

function inside(path: string, folder: string): boolean {
  const p = fold(path);
  const f = fold(folder);
  return p === f || p.startsWith(f.endsWith(sep) ? f : f + sep);
}

function realOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return resolve(path);
  }
}

/** Case-insensitive file systems are the default on Windows and macOS. */
function fold(path: string): string {
  return process.platform === 'win32' || process.platform === 'darwin' ? path.toLowerCase() : path;
}

const SQLITE_MAGIC = 'SQLite format 3\0';

/** Whether a file starts with the SQLite header. */
export function looksLikeSqlite(path: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buf = Buffer.alloc(16);
    const n = readSync(fd, buf, 0, 16, 0);
    return n === 16 && buf.toString('latin1') === SQLITE_MAGIC;
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
