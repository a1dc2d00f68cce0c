/**
 * After a crash: what a killed restore, backup, export or upload left is removed when the
 * journal is next opened — Scopebook's own leftovers only, never a file that merely looks alike.
 */
import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { BackupInfo } from '../../../common/contract';
import { openJournal as openJournalIn } from '../journal';
import { doc, ok, tempDir } from '../test-helpers';
import { MANUAL_KEEP } from './backup';
import { removeLeftovers, SHARED_GRACE_MS } from './leftovers';

const old = (path: string) => {
  const t = (Date.now() - SHARED_GRACE_MS - 60_000) / 1000;
  utimesSync(path, t, t);
};

describe('clean-up after a crash', () => {
  it('opening the journal removes a killed restore’s scratch copy and a killed backup’s partial files, and nothing else', () => {
    const dataDir = join(tempDir(), 'journal');
    const first = openJournalIn(dataDir, 'web');
    ok(first.core, 'entries:create', { body: doc('kept'), ownershipLevel: 'task' });
    const backup = ok(first.core, 'data:backupNow', {}) as BackupInfo;
    first.close();

    const backups = join(dataDir, 'backups');
    const leftovers = [
      join(dataDir, '.restore-0123456789ab.sqlite'),
      join(dataDir, '.restore-0123456789ab.sqlite-journal'),
      join(backups, 'scopebook-20260310T120000000Z-manual.sqlite.partial'),
      join(backups, 'scopebook-20260310T120000000Z-manual.sqlite.partial-journal'),
    ];
    const lookalikes = [
      join(dataDir, '.restore-notes.sqlite'),
      join(dataDir, 'my.partial'),
      join(backups, 'notes.sqlite.partial'),
      join(dataDir, 'restore-0123456789ab.sqlite'),
    ];
    for (const f of [...leftovers, ...lookalikes]) writeFileSync(f, 'x'.repeat(1000));

    const again = openJournalIn(dataDir, 'web');
    try {
      for (const f of leftovers) expect(existsSync(f), f).toBe(false);
      for (const f of lookalikes) expect(existsSync(f), f).toBe(true);
      expect(existsSync(backup.path)).toBe(true);
      expect(ok(again.core, 'entries:count', {}).count).toBeGreaterThanOrEqual(1);
    } finally {
      again.close();
    }
  });

  it('in shared places (a chosen backup folder, the temp folder) only leftovers older than an hour go', () => {
    const root = tempDir();
    const temp = join(root, 'tmp');
    const chosen = join(root, 'Dropbox');
    mkdirSync(temp);
    mkdirSync(chosen);
    const staleUpload = join(temp, 'scopebook-import-AbC123');
    const freshUpload = join(temp, 'scopebook-import-XyZ789');
    const staleDownload = join(temp, 'scopebook-export-Qq1234');
    const other = join(temp, 'scopebook-importer-AbC123');
    for (const d of [staleUpload, freshUpload, staleDownload, other]) {
      mkdirSync(d);
      writeFileSync(join(d, 'file'), 'bytes');
    }
    const stalePartial = join(chosen, 'scopebook-20260310T120000000Z-auto.sqlite.partial');
    const freshPartial = join(chosen, 'scopebook-20260311T120000000Z-auto.sqlite.partial');
    writeFileSync(stalePartial, 'x');
    writeFileSync(freshPartial, 'x');
    for (const p of [staleUpload, staleDownload, other, stalePartial]) old(p);

    const removed = removeLeftovers({ journalFile: join(root, 'journal', 'scopebook.db'), backupFolder: chosen, ownBackupFolder: false, tempDir: temp });
    expect(removed.sort()).toEqual([stalePartial, staleDownload, staleUpload].sort());
    expect(readdirSync(temp).sort()).toEqual(['scopebook-import-XyZ789', 'scopebook-importer-AbC123']);
    expect(existsSync(freshPartial)).toBe(true);
  });

  it('an export removes an abandoned temp file of its own target before writing', () => {
    const dataDir = join(tempDir(), 'journal');
    const journal = openJournalIn(dataDir, 'web');
    try {
      const outDir = join(dataDir, '..', 'out');
      mkdirSync(outDir);
      const abandoned = join(outDir, '.journal.json.0123456789ab.tmp');
      const someoneElses = join(outDir, '.notes.json.0123456789ab.tmp');
      writeFileSync(abandoned, 'half an export');
      writeFileSync(someoneElses, 'x');
      old(abandoned);
      old(someoneElses);
      ok(journal.core, 'data:exportJson', { path: join(outDir, 'journal.json') });
      expect(readdirSync(outDir).sort()).toEqual(['.notes.json.0123456789ab.tmp', 'journal.json']);
    } finally {
      journal.close();
    }
  });

  it(`keeps the newest ${MANUAL_KEEP} manual backups`, () => {
    const dataDir = join(tempDir(), 'journal');
    const journal = openJournalIn(dataDir, 'web');
    try {
      const taken: BackupInfo[] = [];
      for (let i = 0; i < MANUAL_KEEP + 3; i++) taken.push(ok(journal.core, 'data:backupNow', {}) as BackupInfo);
      const left = readdirSync(join(dataDir, 'backups')).filter((f) => f.endsWith('-manual.sqlite'));
      expect(left).toHaveLength(MANUAL_KEEP);
      expect(left.sort()).toEqual(taken.slice(3).map((b) => b.file).sort());
    } finally {
      journal.close();
    }
  });
});
