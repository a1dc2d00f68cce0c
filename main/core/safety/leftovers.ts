/**
 * Cleaning up after a crash. A process killed mid-way leaves what it was writing: a restore its
 * full-size scratch copy (`.restore-<hex>.sqlite`), a backup its `.partial` and
 * `.partial-journal`, an export its `.<name>.<hex>.tmp`, an upload or a download its private
 * folder in the temp directory. These are removed when the journal is opened (its lock is held,
 * so nothing of this journal is still being written) — only files matching Scopebook's own
 * names, never anything else. Where another journal's Scopebook could be writing at the same
 * moment (a backup folder chosen by the person, the temp folder, an export's folder) only
 * leftovers older than a grace period are removed.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';

/** A restore's scratch copy beside the journal, and its SQLite side files. */
const RESTORE_SCRATCH = /^\.restore-[0-9a-f]{12}\.sqlite(-wal|-shm|-journal)?$/;
/** A backup being written, and its SQLite side files. */
const PARTIAL_BACKUP = /^scopebook-\d{8}T\d{9}Z-[a-z-]+\.sqlite\.partial(-journal|-wal|-shm)?$/;
/** Private folders in the temp directory: an upload being read, an export being downloaded. */
const TEMP_FOLDER = /^scopebook-(import|export)-[A-Za-z0-9]{6}$/;

/** How old a leftover another Scopebook might still be writing must be before it is removed. */
export const SHARED_GRACE_MS = 60 * 60 * 1000;

export interface LeftoverPlaces {
  journalFile: string;
  /** The backup folder in use; `ownBackupFolder` when it is the journal's own (default) one. */
  backupFolder: string;
  ownBackupFolder: boolean;
  /** The temp directory (os.tmpdir() unless a test says otherwise). */
  tempDir?: string;
  now?: number;
}

/** Removes every leftover Scopebook made in the known places; returns what was removed. */
export function removeLeftovers(places: LeftoverPlaces): string[] {
  const now = places.now ?? Date.now();
  const removed: string[] = [];
  sweep(dirname(places.journalFile), RESTORE_SCRATCH, 0, now, removed);
  sweep(places.backupFolder, PARTIAL_BACKUP, places.ownBackupFolder ? 0 : SHARED_GRACE_MS, now, removed);
  sweep(places.tempDir ?? tmpdir(), TEMP_FOLDER, SHARED_GRACE_MS, now, removed);
  return removed;
}

/** Before writing `target`, removes earlier exports' temp files for that same target (older than the grace period). */
export function removeExportLeftovers(target: string, now = Date.now()): string[] {
  const name = basename(target).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const removed: string[] = [];
  sweep(dirname(target), new RegExp(`^\\.${name}\\.[0-9a-f]{12}\\.tmp$`), SHARED_GRACE_MS, now, removed);
  return removed;
}

function sweep(folder: string, pattern: RegExp, graceMs: number, now: number, removed: string[]): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  const uid = typeof process.getuid === 'function' ? process.getuid() : undefined;
  for (const name of names) {
    if (!pattern.test(name)) continue;
    const path = join(folder, name);
    try {
      const info = statSync(path);
      if (uid !== undefined && info.uid !== uid) continue; // not made by this user's Scopebook
      if (graceMs > 0 && now - info.mtimeMs < graceMs) continue;
      rmSync(path, { recursive: true, force: true });
      removed.push(path);
    } catch {
      // Gone already, or not ours to remove: left alone.
    }
  }
}
