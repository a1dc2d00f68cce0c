/**
 * One program per journal: the desktop app and the browser host each take an exclusive lock
 * file (`scopebook.lock`) in the data directory before opening the database, so they can never
 * write the same journal at once. The file names the holder's process; a lock left behind by a
 * process that has died is taken over. Electron-free.
 */
import { randomUUID } from 'node:crypto';
import { closeSync, lstatSync, openSync, readFileSync, rmdirSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { CoreError } from './errors';

/** The lock file's name inside the data directory. */
export const LOCK_FILE_NAME = 'scopebook.lock';

/** Which kind of program holds a lock; used to tell the user what to close. */
export type LockHolderKind = 'desktop' | 'web' | 'other';

interface LockInfo {
  pid: number;
  host: string;
  kind: LockHolderKind;
  startedAt: string;
  /** Distinguishes two locks taken by the same process. */
  token: string;
  /**
   * When the holder process started (Linux: boot id and start time from /proc), so a live
   * process that merely reuses the pid after a reboot — or PID 1 in a container — is told apart.
   */
  procStart?: string;
}

export interface JournalLock {
  readonly path: string;
  /** Gives the lock up (only if this lock still owns the file). Safe to call twice. */
  release(): void;
}

/**
 * Tokens of the locks this process holds now (a lock file with our pid but another token was
 * left by an earlier process whose pid we reuse). Kept on globalThis so every copy of this
 * module in the process (bundles, test module registries) sees the same set.
 */
const heldHere: Set<string> = ((globalThis as Record<symbol, unknown>)[Symbol.for('scopebook.journal-locks')] ??= new Set<string>()) as Set<string>;

/** How long an unreadable lock file is presumed to be mid-write by its creator. */
const UNREADABLE_GRACE_MS = 10_000;

/**
 * Takes the journal lock in `dataDir` (which must exist). Throws CoreError('conflict') with a
 * message a person can act on when another live program holds it.
 */
export function acquireLock(dataDir: string, kind: LockHolderKind): JournalLock {
  const path = join(dataDir, LOCK_FILE_NAME);
  const started = processStart(process.pid);
  const mine: LockInfo = {
    pid: process.pid,
    host: hostname(),
    kind,
    startedAt: new Date().toISOString(),
    token: randomUUID(),
    ...(started ? { procStart: started } : {}),
  };
  for (let attempt = 0; attempt < 5; attempt++) {
    if (tryCreate(path, mine)) return lockHandle(path, mine.token);
    if (isFolder(path)) {
      // Not a lock Scopebook wrote. An empty folder is removed; one with contents is the person's.
      try {
        rmdirSync(path);
        continue;
      } catch {
        throw new CoreError('storage', `${path} is a folder, not Scopebook's lock file. Move or delete that folder, then start Scopebook again.`);
      }
    }
    const raw = readIfExists(path);
    if (raw === null) continue; // Released between our attempts: try again.
    const holder = parse(raw);
    if (holder && isAlive(holder)) throw heldBy(holder, dataDir);
    if (!holder && ageMs(path) < UNREADABLE_GRACE_MS) {
      throw new CoreError('conflict', `The journal in ${dataDir} is being opened by another program. Try again in a moment.`);
    }
    // Stale: its process is gone. Remove it only if it is still the same stale file.
    if (readIfExists(path) === raw) removeQuietly(path);
  }
  throw new CoreError('conflict', `Could not lock the journal in ${dataDir}: another program keeps taking the lock (${path}).`);
}

function tryCreate(path: string, info: LockInfo): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o600);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw new CoreError('storage', `Cannot create the lock file ${path}: ${(err as Error).message}`);
  }
  try {
    writeSync(fd, JSON.stringify(info));
  } catch (err) {
    // Never leave an empty lock behind (a full disk): it would block the next start.
    closeSync(fd);
    removeQuietly(path);
    const code = (err as NodeJS.ErrnoException).code;
    throw new CoreError('storage', code === 'ENOSPC' ? `The disk is full: Scopebook cannot even write its lock file ${path}. Free some space and start it again.` : `Cannot write the lock file ${path}: ${(err as Error).message}`);
  }
  closeSync(fd);
  return true;
}

function lockHandle(path: string, token: string): JournalLock {
  let released = false;
  heldHere.add(token);
  return {
    path,
    release() {
      if (released) return;
      released = true;
      heldHere.delete(token);
      const raw = readIfExists(path);
      if (raw !== null && parse(raw)?.token === token) removeQuietly(path);
    },
  };
}

function parse(raw: string): LockInfo | null {
  try {
    const v = JSON.parse(raw) as Partial<LockInfo>;
    if (typeof v.pid !== 'number' || !Number.isInteger(v.pid) || v.pid <= 0 || typeof v.host !== 'string') return null;
    const kind: LockHolderKind = v.kind === 'desktop' || v.kind === 'web' ? v.kind : 'other';
    return {
      pid: v.pid,
      host: v.host,
      kind,
      startedAt: String(v.startedAt ?? ''),
      token: String(v.token ?? ''),
      ...(typeof v.procStart === 'string' ? { procStart: v.procStart } : {}),
    };
  } catch {
    return null;
  }
}

/** A holder on another machine (shared folder) cannot be checked, so it counts as alive. */
function isAlive(holder: LockInfo): boolean {
  if (holder.host !== hostname()) return true;
  if (holder.pid === process.pid) return heldHere.has(holder.token);
  try {
    process.kill(holder.pid, 0);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  // Alive — but is it the process that wrote the lock? Where start times can be read, a
  // different one means the pid was reused (after a reboot, or PID 1 in a container).
  if (holder.procStart) {
    const now = processStart(holder.pid);
    if (now !== null && now !== holder.procStart) return false;
  }
  return true;
}

/** "<boot id>:<start time in clock ticks>" of a process (Linux), or null where it cannot be read. */
export function processStart(pid: number): string | null {
  try {
    const boot = readFileSync('/proc/sys/kernel/random/boot_id', 'utf8').trim();
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (which may hold spaces and parentheses): state is field 3,
    // start time field 22.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const start = fields[19];
    return boot && start ? `${boot}:${start}` : null;
  } catch {
    return null;
  }
}

function isFolder(path: string): boolean {
  try {
    return lstatSync(path).isDirectory();
  } catch {
    return false;
  }
}

function heldBy(holder: LockInfo, dataDir: string): CoreError {
  const where = holder.host === hostname() ? `process ${holder.pid}` : `process ${holder.pid} on ${holder.host}`;
  const what =
    holder.kind === 'desktop'
      ? `the Scopebook desktop app (${where})`
      : holder.kind === 'web'
        ? `Scopebook's browser mode, \`npm run web\` (${where})`
        : `another Scopebook (${where})`;
  return new CoreError(
    'conflict',
    `This journal is already open in ${what}. Close it first, then try again. Journal folder: ${dataDir}`,
  );
}

function readIfExists(path: string): string | null {
  try {
    return readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new CoreError('storage', `Cannot read the lock file ${path}: ${(err as Error).message}`);
  }
}

/** How long ago the file was written; a time in the future (a clock set back) counts as long ago. */
function ageMs(path: string): number {
  try {
    const age = Date.now() - statSync(path).mtimeMs;
    return age < 0 ? Infinity : age;
  } catch {
    return Infinity;
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new CoreError('storage', `Cannot remove the stale lock file ${path}: ${(err as Error).message}`);
    }
  }
}
