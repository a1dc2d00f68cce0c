import Database from 'better-sqlite3';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { doc, dumpDb, fails, ok, openJournal } from '../test-helpers';

function texts(core: ReturnType<typeof openJournal>['core']): string[] {
  return ok(core, 'entries:list', {}).items.map((e) => e.excerpt);
}

describe('restoring a backup', () => {
  it('brings the journal back to the backup, in place, after backing up the journal as it was', () => {
    const { core, clock } = openJournal();
    const alice = ok(core, 'people:create', { name: 'Alice', direction: 'up' });
    ok(core, 'entries:create', { body: doc('kept #launch'), ownershipLevel: 'project', seenBy: [{ stakeholderId: alice.id }] });
    const backup = ok(core, 'data:backupNow', {});
    clock.advance(60_000);
    ok(core, 'entries:create', { body: doc('written after the backup'), ownershipLevel: 'task' });
    ok(core, 'people:create', { name: 'Bob', direction: 'sideways' });

    const restored = ok(core, 'data:restoreBackup', { file: backup.file });
    expect(restored).toMatchObject({ restoredFrom: backup.file, restartRequired: false });
    expect(restored.safetyBackup.kind).toBe('before-restore');

    // The same open core now shows the backup's journal: entries, people, tags and search.
    expect(texts(core)).toEqual(['kept #launch']);
    expect(ok(core, 'people:list', {}).map((p) => p.name)).toEqual(['Alice']);
    expect(ok(core, 'tags:list', {})).toEqual([{ name: 'launch', count: 1 }]);
    expect(ok(core, 'entries:search', { query: 'kept' }).items).toHaveLength(1);
    expect(ok(core, 'entries:search', { query: 'written' }).items).toHaveLength(0);
    expect(core.db.pragma('foreign_key_check')).toEqual([]);
    expect(core.db.pragma('integrity_check', { simple: true })).toBe('ok');

    // And the journal as it was before the restore can itself be restored.
    ok(core, 'data:restoreBackup', { file: restored.safetyBackup.file });
    expect(texts(core).sort()).toEqual(['kept #launch', 'written after the backup']);
    expect(ok(core, 'people:list', {}).map((p) => p.name)).toEqual(['Alice', 'Bob']);
  });

  it('keeps this machine’s backup folder choice rather than the one recorded in the backup', () => {
    const { core, dir } = openJournal();
    const first = join(dir, 'first');
    const second = join(dir, 'second');
    mkdirSync(first);
    mkdirSync(second);
    ok(core, 'data:setBackupFolder', { folder: first });
    const backup = ok(core, 'data:backupNow', {}); // records "first" as its folder
    ok(core, 'data:setBackupFolder', { folder: second });
    copyFileSync(backup.path, join(second, backup.file)); // a closed backup file, not a live journal
    ok(core, 'data:restoreBackup', { file: backup.file });
    expect(ok(core, 'data:getBackupFolder', {})).toEqual({ folder: second, isDefault: false });
  });

  it('refuses names that are not backups in the folder, and damaged backups, changing nothing', () => {
    const { core, dir } = openJournal();
    ok(core, 'entries:create', { body: doc('precious'), ownershipLevel: 'task' });
    const before = dumpDb(core.db);
    fails(core, 'data:restoreBackup', { file: '../journal.sqlite' }, 'not_found');
    fails(core, 'data:restoreBackup', { file: 'scopebook-20260310T120000000Z-manual.sqlite' }, 'not_found');
    mkdirSync(join(dir, 'backups'), { recursive: true });
    const fake = 'scopebook-20260310T120000000Z-manual.sqlite';
    writeFileSync(join(dir, 'backups', fake), 'SQLite format 3\0 but then garbage'.padEnd(4096, 'x'));
    expect(fails(core, 'data:restoreBackup', { file: fake }, 'storage').message).toMatch(/damaged/);
    expect(dumpDb(core.db)).toEqual(before);
  });

  it('refuses a backup from a newer version of Scopebook, changing nothing', () => {
    const { core } = openJournal();
    ok(core, 'entries:create', { body: doc('precious'), ownershipLevel: 'task' });
    const backup = ok(core, 'data:backupNow', {});
    const raw = new Database(backup.path);
    raw.pragma('user_version = 999');
    raw.close();
    const before = dumpDb(core.db);
    expect(fails(core, 'data:restoreBackup', { file: backup.file }, 'storage').message).toMatch(/newer version/);
    expect(dumpDb(core.db)).toEqual(before);
  });
});
