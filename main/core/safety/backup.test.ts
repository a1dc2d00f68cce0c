import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../api';
import { MIGRATIONS, SCHEMA_VERSION } from '../migrations';
import { doc, fails, ok, openJournal, tempDir } from '../test-helpers';
import { backupBeforeMigrate, ensureDailyBackup } from './backup';

const DAY = 24 * 3_600_000;

function entriesIn(file: string): string[] {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return db.prepare('SELECT body_text FROM entries ORDER BY seq').pluck().all() as string[];
  } finally {
    db.close();
  }
}

describe('backups', () => {
  it('"Back up now" writes a verified SQLite copy holding every entry, listed with date, size and kind', () => {
    const { core, dir, clock } = openJournal();
    ok(core, 'entries:create', { body: doc('first win'), ownershipLevel: 'task' });
    ok(core, 'entries:create', { body: doc('second win'), ownershipLevel: 'project' });
    const backup = ok(core, 'data:backupNow', {});
    expect(backup).toMatchObject({ kind: 'manual', verified: true, takenAt: clock.now().toISOString() });
    expect(backup.path).toBe(join(dir, 'backups', backup.file));
    expect(backup.bytes).toBeGreaterThan(0);
    expect(entriesIn(backup.path)).toEqual(['first win', 'second win']);
    const listed = ok(core, 'data:backups', {});
    expect(listed.folder).toEqual({ folder: join(dir, 'backups'), isDefault: true });
    expect(listed.backups).toEqual([backup]);
    // Only finished, verified files are left in the folder.
    expect(readdirSync(join(dir, 'backups'))).toEqual([backup.file]);
  });

  it('copies only what was committed, even while another program holds a write transaction', () => {
    const { core, path } = openJournal();
    ok(core, 'entries:create', { body: doc('committed'), ownershipLevel: 'task' });
    const other = new Database(path);
    try {
      other.exec('BEGIN IMMEDIATE');
      other.prepare(`UPDATE entries SET body_text = 'half-written'`).run();
      const backup = ok(core, 'data:backupNow', {});
      expect(entriesIn(backup.path)).toEqual(['committed']);
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
  });

  it('makes at most one automatic backup per local day, and keeps manual ones through rotation', () => {
    const { core, clock, dir } = openJournal();
    ok(core, 'entries:create', { body: doc('day one'), ownershipLevel: 'task' });
    const manual = ok(core, 'data:backupNow', {});
    const first = ensureDailyBackup(core, clock);
    expect(first.backup?.kind).toBe('daily');
    clock.advance(3_600_000);
    expect(ensureDailyBackup(core, clock).backup).toBeNull();
    for (let day = 1; day <= 60; day++) {
      clock.advance(DAY);
      expect(ensureDailyBackup(core, clock).backup).not.toBeNull();
    }
    const { backups } = ok(core, 'data:backups', {});
    const autos = backups.filter((b) => b.kind !== 'manual');
    expect(autos.length).toBeLessThanOrEqual(7 + 4 + 12);
    expect(autos.slice(0, 7).map((b) => b.kind)).toEqual(Array(7).fill('daily'));
    expect(new Set(autos.slice(0, 7).map((b) => b.takenAt.slice(0, 10))).size).toBe(7);
    expect(autos.some((b) => b.kind === 'weekly')).toBe(true);
    expect(autos.some((b) => b.kind === 'monthly')).toBe(true);
    expect(backups.map((b) => b.file)).toContain(manual.file);
    expect(readdirSync(join(dir, 'backups'))).toHaveLength(backups.length);
  });

  it('backs up before a migration, and a new journal (nothing to keep) gets none', () => {
    const dir = tempDir();
    const path = join(dir, 'journal.sqlite');
    const core = openCore(path, { beforeMigrate: backupBeforeMigrate(path) });
    expect(existsSync(join(dir, 'backups'))).toBe(false);
    ok(core, 'entries:create', { body: doc('before the upgrade'), ownershipLevel: 'task' });
    core.close();

    const next = [...MIGRATIONS, { version: SCHEMA_VERSION + 1, name: 'next', sql: 'CREATE TABLE later (x INTEGER) STRICT;' }];
    const upgraded = openCore(path, { migrations: next, beforeMigrate: backupBeforeMigrate(path) });
    upgraded.close();
    const [file] = readdirSync(join(dir, 'backups'));
    expect(file).toMatch(/-before-migration\.sqlite$/);
    const copy = new Database(join(dir, 'backups', file!), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    copy.close();
    expect(entriesIn(join(dir, 'backups', file!))).toEqual(['before the upgrade']);
  });

  it('does not migrate when the backup before it cannot be written', () => {
    const dir = tempDir();
    const path = join(dir, 'journal.sqlite');
    openCore(path).close();
    writeFileSync(join(dir, 'backups'), 'a file where the backup folder should be');
    const next = [...MIGRATIONS, { version: SCHEMA_VERSION + 1, name: 'next', sql: 'CREATE TABLE later (x INTEGER) STRICT;' }];
    expect(() => openCore(path, { migrations: next, beforeMigrate: backupBeforeMigrate(path) })).toThrow(/backup/i);
    const db = new Database(path, { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    db.close();
  });

  it('lets the user choose an existing, writable, absolute backup folder', () => {
    const { core, dir } = openJournal();
    const synced = join(dir, 'Dropbox');
    mkdirSync(synced);
    writeFileSync(join(dir, 'a-file'), '');
    expect(fails(core, 'data:setBackupFolder', { folder: 'relative/folder' }, 'invalid_input').field).toBe('folder');
    fails(core, 'data:setBackupFolder', { folder: join(dir, 'missing') }, 'invalid_input');
    fails(core, 'data:setBackupFolder', { folder: join(dir, 'a-file') }, 'invalid_input');
    expect(ok(core, 'data:getBackupFolder', {}).isDefault).toBe(true);

    expect(ok(core, 'data:setBackupFolder', { folder: synced })).toEqual({ folder: synced, isDefault: false });
    const backup = ok(core, 'data:backupNow', {});
    expect(backup.path).toBe(join(synced, backup.file));
    expect(ok(core, 'data:backups', {}).backups.map((b) => b.file)).toEqual([backup.file]);

    expect(ok(core, 'data:setBackupFolder', { folder: null })).toEqual({ folder: join(dir, 'backups'), isDefault: true });
  });

  it('still backs up each day when the chosen folder has gone (unplugged drive), into the default one', () => {
    const { core, dir, clock } = openJournal();
    const usb = join(dir, 'usb');
    mkdirSync(usb);
    ok(core, 'data:setBackupFolder', { folder: usb });
    rmSync(usb, { recursive: true });
    const result = ensureDailyBackup(core, clock);
    expect(result.folder).toBe(join(dir, 'backups'));
    expect(result.warning).toContain(usb);
    expect(existsSync(result.backup!.path)).toBe(true);
  });

  it('refuses backups, exports and imports for a journal kept only in memory', () => {
    const core = openCore(':memory:');
    try {
      expect(fails(core, 'data:backupNow', {}, 'storage').message).toMatch(/not kept in a file/);
    } finally {
      core.close();
    }
  });
});
