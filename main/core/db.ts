/**
 * Opening the journal database: pragmas, integrity check and migrations.
 * The only place that decides how a journal file is opened.
 */
import Database from 'better-sqlite3';
import { existsSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { ensurePrivateFile, tightenDatabaseSideFiles } from './private-files';
import { CoreError } from './errors';
import { MIGRATIONS, SCHEMA_VERSION, type Migration } from './migrations';

export type Db = Database.Database;

export interface OpenOptions {
  /** Called with the open database before a migration changes it (backups hook in here). */
  beforeMigrate?: (db: Db, from: number, to: number) => void;
  migrations?: readonly Migration[];
  /** Files up to this many bytes get a full quick_check on every open (default FULL_CHECK_UP_TO). */
  fullCheckUpTo?: number;
}

/**
 * quick_check reads every page: 3 s for a journal of 100,000 entries (590 MB), against a
 * 150 ms budget from launch to the first timeline page. So it runs at every open only while
 * the file is small enough to check in a few tens of ms. A larger journal is fully checked
 * when its last session did not end cleanly (a WAL file with content is left behind: crash,
 * power loss, killed process), which is when damage is most likely; otherwise the open reads
 * the header and the schema. Every backup is checked in full with integrity_check, so damage
 * from the disk itself is still caught by the next backup. See bench/README.md.
 */
export const FULL_CHECK_UP_TO = 32 * 1024 * 1024;

/**
 * Opens (creating if needed) the journal at `path`, checks it and brings its schema up to date.
 * Throws CoreError('storage') with a message a person can act on; never alters a file it refuses.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  const migrations = options.migrations ?? MIGRATIONS;
  const latest = migrations.length ? migrations[migrations.length - 1]!.version : 0;
  const existed = existsSync(path) && statSync(path).size > 0;
  const wal = `${path}-wal`;
  const marker = fullCheckMarker(path);
  const fullCheck =
    existed &&
    (statSync(path).size <= (options.fullCheckUpTo ?? FULL_CHECK_UP_TO) || (existsSync(wal) && statSync(wal).size > 0) || existsSync(marker));

  // The refusal checks run on a read-only connection first: it cannot write the file, and closing
  // it cannot checkpoint a pending WAL into the main file, so a journal refused as newer,
  // damaged or another program's is left byte for byte as it was (its -wal too).
  if (existed) checkBeforeOpening(path, latest, fullCheck);
  // Checked in full and sound: a request for a full check (after a SQLITE_CORRUPT) is answered.
  if (fullCheck && existsSync(marker)) rmSync(marker, { force: true });

  let db: Db;
  try {
    // fileMustExist stays false: a new journal is created on first run — 0600 before SQLite
    // sees it, so its -wal and -shm are created 0600 too (private-files.ts).
    if (path !== ':memory:') {
      ensurePrivateFile(path);
      tightenDatabaseSideFiles(path);
    }
    db = new Database(path, { timeout: 5000 });
  } catch (err) {
    throw new CoreError('storage', `Cannot open the journal at ${path}: ${messageOf(err)}`);
  }

  try {
    let version: number;
    try {
      version = db.pragma('user_version', { simple: true }) as number;
    } catch (err) {
      throw damaged(path, err);
    }
    if (version > latest) throw newer(path, version, latest);

    db.pragma('journal_mode = WAL');
    // FULL, not NORMAL: in WAL mode NORMAL can lose the last committed transactions on power
    // loss. A journal entry the user saw as "Saved" must survive a crash, and at our write
    // rate (a few per minute) the extra fsync per commit costs nothing anyone can feel.
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');

    migrate(db, version, migrations, options.beforeMigrate);
    return db;
  } catch (err) {
    db.close();
    if (err instanceof CoreError) throw err;
    if (isBusy(err)) {
      throw new CoreError('storage', `The journal at ${path} is locked by another program. Close it and try again.`);
    }
    throw new CoreError('storage', `Cannot open the journal at ${path}: ${messageOf(err)}`);
  }
}

/** The file whose presence makes the next open check every page of the journal. */
export function fullCheckMarker(path: string): string {
  return `${path}.check-on-open`;
}

/** Asks the next open of `path` for a full integrity check (after the core met SQLITE_CORRUPT). */
export function requestFullCheck(path: string): void {
  try {
    writeFileSync(fullCheckMarker(path), `SQLITE_CORRUPT seen at ${new Date().toISOString()}\n`, { mode: 0o600 });
  } catch {
    // Read-only folder or full disk: the message still tells the person what happened.
  }
}

/** The refusal checks (newer schema, damage, another program's database) on a read-only connection. */
function checkBeforeOpening(path: string, latest: number, fullCheck: boolean): void {
  let ro: Db;
  try {
    ro = new Database(path, { readonly: true, fileMustExist: true, timeout: 5000 });
  } catch (err) {
    if (isBusy(err)) throw damaged(path, err);
    throw new CoreError('storage', `Cannot open the journal at ${path}: ${messageOf(err)}`);
  }
  try {
    let version: number;
    try {
      version = ro.pragma('user_version', { simple: true }) as number;
    } catch (err) {
      throw damaged(path, err);
    }
    if (version > latest) throw newer(path, version, latest);
    let check: string;
    try {
      if (fullCheck) check = ro.pragma('quick_check', { simple: true }) as string;
      else check = ro.prepare('SELECT count(*) FROM sqlite_master').pluck().get() !== undefined ? 'ok' : 'no schema';
    } catch (err) {
      throw damaged(path, err);
    }
    if (check !== 'ok') throw damaged(path, new Error(check));
    // A database at schema 0 that already holds tables belongs to another program: never migrate into it.
    if (version === 0 && (ro.prepare('SELECT count(*) FROM sqlite_master').pluck().get() as number) > 0) {
      throw new CoreError('storage', `The file at ${path} is an SQLite database of another program, not a Scopebook journal. It was not changed.`);
    }
  } finally {
    ro.close();
  }
}

function newer(path: string, version: number, latest: number): CoreError {
  return new CoreError(
    'storage',
    `The journal at ${path} was written by a newer version of Scopebook (schema ${version}; this version knows up to ${latest}). ` +
      'Update Scopebook to open it. The file was not changed.',
  );
}

function migrate(db: Db, from: number, migrations: readonly Migration[], before?: OpenOptions['beforeMigrate']): void {
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return;
  before?.(db, from, pending[pending.length - 1]!.version);
  for (const m of pending) {
    db.transaction(() => {
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
}

function damaged(path: string, err: unknown): CoreError {
  // A file another program holds exclusively cannot even be read: that is a lock, not damage.
  if (isBusy(err)) return new CoreError('storage', `The journal at ${path} is locked by another program. Close it and try again.`);
  return new CoreError(
    'storage',
    `The journal at ${path} is damaged or is not a Scopebook journal (${messageOf(err)}). ` +
      'It was left exactly as it is; restore a backup or move the file aside.',
  );
}

function isBusy(err: unknown): boolean {
  const code = (err as { code?: string } | null)?.code ?? '';
  return code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED');
}

function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/**
 * A bare connection for side work on a database file (making or checking a backup), without
 * the journal's open sequence. Kept here so better-sqlite3 is loaded from one module only.
 */
export function openConnection(path: string, options?: Database.Options): Db {
  return new Database(path, options);
}

/**
 * The read handle: a read-only connection to a journal already opened (and migrated) by
 * openDatabase. Every write through it fails with SQLITE_READONLY. In WAL mode it reads the
 * last committed state beside the writer without waiting for it.
 */
export function openReadHandle(path: string): Db {
  let db: Db;
  try {
    db = new Database(path, { readonly: true, fileMustExist: true, timeout: 5000 });
  } catch (err) {
    throw new CoreError('storage', `Cannot open the journal at ${path} for reading: ${messageOf(err)}`);
  }
  try {
    db.pragma('busy_timeout = 5000');
    return db;
  } catch (err) {
    db.close();
    throw err;
  }
}

export { SCHEMA_VERSION };
