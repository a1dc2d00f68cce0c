import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../api';
import { openConnection } from '../db';
import { doc, fileHash, fixedClock, ok, tempDir } from '../test-helpers';
import { damageFile } from './testing/damage';
import { journalHealth, newestVerifiedBackup, recoverFromBackup, recoveryFolders } from './recovery';


describe('recovering a damaged journal', () => {
  it('offers the newest verified backup, moves the damaged file aside untouched and puts the backup in place', () => {
    const dir = tempDir();
    const path = join(dir, 'scopebook.db');
    const clock = fixedClock();
    const core = openCore(path, { clock });
    for (let i = 0; i < 50; i++) ok(core, 'entries:create', { body: doc(`entry ${i} `.repeat(20)), ownershipLevel: 'task' });
    const older = ok(core, 'data:backupNow', {});
    clock.advance(60_000);
    ok(core, 'entries:create', { body: doc('the newest entry'), ownershipLevel: 'task' });
    const newest = ok(core, 'data:backupNow', {});
    clock.advance(60_000);
    // A newer backup that is itself damaged must be passed over.
    const broken = ok(core, 'data:backupNow', {});
    damageFile(broken.path);
    core.close();

    damageFile(path);
    const damagedHash = fileHash(path);
    expect(() => openCore(path)).toThrow(/damaged/);
    expect(journalHealth(path)).toBe('damaged');
    expect(fileHash(path)).toBe(damagedHash);

    const offer = newestVerifiedBackup(recoveryFolders(path));
    expect(offer?.file).toBe(newest.file);
    expect(offer?.file).not.toBe(older.file);

    clock.advance(60_000);
    const recovered = recoverFromBackup(path, offer!.path, clock);
    const [aside, ...sideFiles] = recovered.movedAside;
    for (const f of sideFiles) expect(f).toMatch(/\.damaged-\d{8}T\d{9}Z\.db-(wal|shm)$/);
    expect(aside).toMatch(/scopebook\.damaged-\d{8}T\d{9}Z\.db$/);
    expect(fileHash(aside!)).toBe(damagedHash);

    expect(journalHealth(path)).toBe('ok');
    const reopened = openCore(path, { clock });
    try {
      expect(ok(reopened, 'entries:count', {}).count).toBe(51);
      expect(ok(reopened, 'entries:search', { query: 'newest' }).items).toHaveLength(1);
    } finally {
      reopened.close();
    }
    // Recovering again never overwrites the first damaged copy.
    damageFile(path);
    const again = recoverFromBackup(path, offer!.path, clock);
    expect(again.movedAside[0]).not.toBe(aside);
    expect(fileHash(aside!)).toBe(damagedHash);
    expect(readdirSync(dir).filter((f) => /\.damaged-.*\.db$/.test(f))).toHaveLength(2);
  });

  it('moves the WAL and SHM files aside with the damaged journal, so they can never meet the restored one', () => {
    const dir = tempDir();
    const live = join(dir, 'live.db');
    const core = openCore(live);
    ok(core, 'entries:create', { body: doc('in the backup'), ownershipLevel: 'task' });
    const backup = ok(core, 'data:backupNow', {});
    ok(core, 'entries:create', { body: doc('only in the WAL'), ownershipLevel: 'task' });
    // What a crash leaves behind: the journal with its WAL and SHM, never checkpointed.
    const crashed = join(tempDir(), 'scopebook.db');
    for (const side of ['', '-wal', '-shm']) copyFileSync(live + side, crashed + side);
    core.close();
    const walHash = fileHash(`${crashed}-wal`);

    const recovered = recoverFromBackup(crashed, backup.path);
    expect(recovered.movedAside.map((p) => p.replace(/^.*\.damaged-\d{8}T\d{9}Z/, ''))).toEqual(['.db', '.db-wal', '.db-shm']);
    expect(fileHash(recovered.movedAside[1]!)).toBe(walHash);
    const reopened = openCore(crashed);
    try {
      expect(ok(reopened, 'entries:list', {}).items.map((e) => e.excerpt)).toEqual(['in the backup']);
    } finally {
      reopened.close();
    }
  });

  it('tells a missing journal, a healthy one and one from a newer version apart; finds no backup where there is none', () => {
    const dir = tempDir();
    const path = join(dir, 'scopebook.db');
    expect(journalHealth(path)).toBe('missing');
    openCore(path).close();
    expect(journalHealth(path)).toBe('ok');
    const raw = openConnection(path);
    raw.pragma('user_version = 999');
    raw.close();
    expect(journalHealth(path)).toBe('newer');
    expect(newestVerifiedBackup(recoveryFolders(join(dir, 'scopebook.db')))).toBeNull();
  });
});
