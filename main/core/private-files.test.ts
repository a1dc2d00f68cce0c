/**
 * The journal and every copy of it are private to the person: files 0600, folders Scopebook
 * creates 0700 — whatever the umask, and whoever created the parent folder.
 */
import { chmodSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackupInfo } from '../../common/contract';
import { openJournal as openJournalIn } from './journal';
import { snapshotInto } from './safety/backup';
import { doc, ok, tempDir } from './test-helpers';

const mode = (path: string) => statSync(path).mode & 0o777;

let umask: number;
beforeEach(() => {
  // The loosest umask there is: nothing Scopebook creates may rely on it.
  umask = process.umask(0);
});
afterEach(() => {
  process.umask(umask);
});

describe.skipIf(process.platform === 'win32')('private files', () => {
  it('creates the journal, its WAL and SHM 0600 and its folder 0700, under umask 0', () => {
    const dataDir = join(tempDir(), 'journal');
    const journal = openJournalIn(dataDir, 'web');
    try {
      ok(journal.core, 'entries:create', { body: doc('A private note on a colleague'), ownershipLevel: 'task' });
      expect(mode(dataDir)).toBe(0o700);
      const files = readdirSync(dataDir).filter((f) => f.startsWith('scopebook.db'));
      expect(files).toEqual(expect.arrayContaining(['scopebook.db', 'scopebook.db-wal', 'scopebook.db-shm']));
      for (const f of files) expect(mode(join(dataDir, f)), f).toBe(0o600);
    } finally {
      journal.close();
    }
  });

  it('tightens a journal and its side files left 0644 by an earlier version', () => {
    const dataDir = join(tempDir(), 'journal');
    openJournalIn(dataDir, 'web').close();
    for (const f of readdirSync(dataDir)) chmodSync(join(dataDir, f), 0o644);
    chmodSync(dataDir, 0o755);
    const journal = openJournalIn(dataDir, 'web');
    try {
      ok(journal.core, 'entries:create', { body: doc('x'), ownershipLevel: 'task' });
      for (const f of readdirSync(dataDir).filter((n) => n.startsWith('scopebook.db'))) expect(mode(join(dataDir, f)), f).toBe(0o600);
    } finally {
      journal.close();
    }
  });

  it('writes backups 0600 in a 0700 backup folder, and 0600 in a folder the person chose (0755)', () => {
    const root = tempDir();
    const journal = openJournalIn(join(root, 'journal'), 'web');
    try {
      ok(journal.core, 'entries:create', { body: doc('x'), ownershipLevel: 'task' });
      const first = ok(journal.core, 'data:backupNow', {}) as BackupInfo;
      expect(mode(first.path)).toBe(0o600);
      expect(mode(join(root, 'journal', 'backups'))).toBe(0o700);

      const synced = join(root, 'Dropbox');
      mkdirSync(synced, { mode: 0o755 });
      chmodSync(synced, 0o755);
      ok(journal.core, 'data:setBackupFolder', { folder: synced });
      const second = ok(journal.core, 'data:backupNow', {}) as BackupInfo;
      expect(second.path.startsWith(synced)).toBe(true);
      expect(mode(second.path)).toBe(0o600);
      expect(mode(synced)).toBe(0o755); // the person's own folder is left as they made it

      // A restore works through a scratch copy beside the journal; the journal stays 0600.
      ok(journal.core, 'data:restoreBackup', { file: second.file });
      for (const f of readdirSync(join(root, 'journal')).filter((n) => n.startsWith('scopebook.db'))) expect(mode(join(root, 'journal', f)), f).toBe(0o600);
    } finally {
      journal.close();
    }
  });

  it('every copy made with VACUUM INTO (backups, restore scratch copies) starts 0600', () => {
    const root = tempDir();
    const journal = openJournalIn(join(root, 'journal'), 'web');
    try {
      const target = join(root, '.restore-abc.sqlite');
      snapshotInto(journal.core.db, target);
      expect(mode(target)).toBe(0o600);
      // An empty file someone left there 0644 is tightened before anything is copied into it.
      const left = join(root, 'left.sqlite');
      writeFileSync(left, '', { mode: 0o644 });
      chmodSync(left, 0o644);
      snapshotInto(journal.core.db, left);
      expect(mode(left)).toBe(0o600);
    } finally {
      journal.close();
    }
  });
});
