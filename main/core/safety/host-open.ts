/**
 * Opening the journal the way every host (desktop app, browser host, command line) must:
 * a verified backup before any migration, at most one automatic backup a day, and — when
 * the file turns out to be damaged — an offer of the newest verified backup instead of a
 * dead end. Hosts differ only in how they ask the person; the steps live here once.
 */
import type { BackupInfo } from '../../../common/contract/data';
import type { CoreOptions } from '../api';
import { type Clock, systemClock } from '../clock';
import { CoreError } from '../errors';
import { type OpenJournal, openJournal } from '../journal';
import { acquireLock, type LockHolderKind } from '../lock';
import { journalFile } from '../paths';
import { backupBeforeMigrate, type DailyBackupResult, ensureDailyBackup } from './backup';
import { journalHealth, newestVerifiedBackup, type Recovered, recoverFromBackup, recoveryFolders } from './recovery';

export interface HostJournal {
  journal: OpenJournal;
  /** Today's automatic backup (null backup when one existed already); null when it failed. */
  daily: DailyBackupResult | null;
  /** Why today's backup could not be taken; the journal is open regardless. */
  dailyError: string | null;
}

/**
 * Opens the journal with a backup before any migration, then takes today's automatic backup.
 * A failed daily backup is reported, never fatal: the person can still write. Throws what
 * openJournal throws (see `damagedJournal` for what to do then).
 */
export function openJournalForHost(dataDir: string, kind: LockHolderKind, options: CoreOptions = {}): HostJournal {
  const clock = options.clock ?? systemClock;
  const journal = openJournal(dataDir, kind, { ...options, beforeMigrate: backupBeforeMigrate(journalFile(dataDir), clock) });
  try {
    return { journal, daily: ensureDailyBackup(journal.core, clock), dailyError: null };
  } catch (err) {
    return { journal, daily: null, dailyError: err instanceof Error ? err.message : String(err) };
  }
}

export interface DamagedJournal {
  /** The journal file that will not open. */
  file: string;
  /** The newest backup that verifies, or null when there is none to offer. */
  backup: BackupInfo | null;
}

/**
 * After opening failed with `err`: the damaged journal and the backup to offer, or null when
 * the failure is something else (another program has it, a newer version, a locked file),
 * which a backup would not fix.
 */
export function damagedJournal(dataDir: string, err: unknown): DamagedJournal | null {
  if (err instanceof CoreError && err.code === 'conflict') return null;
  const file = journalFile(dataDir);
  if (journalHealth(file) !== 'damaged') return null;
  return { file, backup: newestVerifiedBackup(recoveryFolders(file)) };
}

/**
 * Moves the damaged journal aside (never deleted) and puts `backupPath` in its place, holding
 * the journal's lock meanwhile so no other Scopebook can open it half-way. Open it again after.
 */
export function recoverJournal(dataDir: string, kind: LockHolderKind, backupPath: string, clock: Clock = systemClock): Recovered {
  const lock = acquireLock(dataDir, kind);
  try {
    return recoverFromBackup(journalFile(dataDir), backupPath, clock);
  } finally {
    lock.release();
  }
}
