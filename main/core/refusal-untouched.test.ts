/**
 * A journal Scopebook refuses to open (written by a newer version, damaged, another program's
 * database) is never changed — in particular a pending WAL is not merged into the main file
 * when the refusing connection closes. Proved with hashes of the file and of its WAL.
 */
import Database from 'better-sqlite3';
import { closeSync, copyFileSync, existsSync, openSync, statSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from './api';
import type { CoreError } from './errors';
import { doc, fileHash, ok, openJournal, tempDir } from './test-helpers';

/** A copy of a journal whose last writes are still only in its WAL (as after a crash), changed by `last`. */
function journalWithPendingWal(last: (db: Database.Database) => void): string {
  const { core, path } = openJournal();
  for (let i = 0; i < 200; i++) ok(core, 'entries:create', { body: doc(`entry ${i} ${'text '.repeat(40)}`), ownershipLevel: 'task' });
  core.close();
  const writer = new Database(path);
  writer.pragma('wal_autocheckpoint = 0');
  writer.prepare("INSERT INTO settings (key, value) VALUES ('pending', '\"in the WAL only\"')").run();
  last(writer);
  const copy = join(tempDir(), 'scopebook.db');
  copyFileSync(path, copy);
  copyFileSync(`${path}-wal`, `${copy}-wal`);
  writer.close();
  expect(statSync(`${copy}-wal`).size).toBeGreaterThan(0);
  return copy;
}

function refusal(path: string, options: { fullCheckUpTo?: number } = {}): CoreError {
  try {
    openCore(path, options).close();
  } catch (err) {
    return err as CoreError;
  }
  throw new Error('the journal was opened');
}

function hashes(path: string): { db: string; wal: string } {
  return { db: fileHash(path), wal: fileHash(`${path}-wal`) };
}

describe('a refused journal is left byte for byte as it was', () => {
  it('newer schema: the file and its pending WAL are unchanged', () => {
    const path = journalWithPendingWal((db) => db.pragma('user_version = 999'));
    const before = hashes(path);
    const error = refusal(path);
    expect(error.message).toMatch(/newer version of Scopebook.*The file was not changed/);
    expect(existsSync(`${path}-wal`)).toBe(true);
    expect(hashes(path)).toEqual(before);
  });

  it('damaged: the file and its pending WAL are unchanged', () => {
    const path = journalWithPendingWal(() => undefined);
    const size = statSync(path).size;
    const fd = openSync(path, 'r+');
    writeSync(fd, randomBytes(8192), 0, 8192, Math.floor(size / 2 / 4096) * 4096);
    closeSync(fd);
    const before = hashes(path);
    expect(refusal(path, { fullCheckUpTo: 0 }).message).toMatch(/damaged/);
    expect(hashes(path)).toEqual(before);
  });

  it("another program's database with a pending WAL is unchanged", () => {
    const dir = tempDir();
    const path = join(dir, 'other.db');
    const other = new Database(path);
    other.pragma('journal_mode = WAL');
    other.pragma('wal_autocheckpoint = 0');
    other.exec('CREATE TABLE notes (x); INSERT INTO notes VALUES (1), (2);');
    const copy = join(dir, 'copy.db');
    copyFileSync(path, copy);
    copyFileSync(`${path}-wal`, `${copy}-wal`);
    other.close();
    const before = hashes(copy);
    expect(refusal(copy).message).toMatch(/another program/);
    expect(hashes(copy)).toEqual(before);
  });
});
