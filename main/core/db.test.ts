import Database from 'better-sqlite3';
import { existsSync, openSync, readFileSync, writeFileSync, closeSync, writeSync, statSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from './api';
import { openDatabase } from './db';
import { CoreError } from './errors';
import { SCHEMA_VERSION } from './migrations';
import { TOKENIZER } from './search-stems';
import { doc, fileHash, ok, openJournal, tempDir } from './test-helpers';

function openError(path: string): CoreError {
  try {
    openDatabase(path).close();
  } catch (err) {
    expect(err).toBeInstanceOf(CoreError);
    return err as CoreError;
  }
  throw new Error(`expected opening ${path} to fail`);
}

describe('opening a journal', () => {
  it('creates a new journal at the latest schema with every table', () => {
    const { db } = openJournal();
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all();
    for (const t of ['entries', 'goals', 'tags', 'entry_tags', 'stakeholders', 'stakeholder_links', 'entry_stakeholders', 'entries_fts', 'settings']) {
      expect(tables).toContain(t);
    }
  });

  it('builds the search index with the tokenizer the word-form probe uses', () => {
    const { db } = openJournal();
    const sql = db.prepare(`SELECT sql FROM sqlite_master WHERE name = 'entries_fts'`).pluck().get() as string;
    expect(sql).toContain(`tokenize='${TOKENIZER}'`);
  });

  it('sets durable pragmas: WAL, synchronous FULL, foreign keys on', () => {
    const { db } = openJournal();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2);
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  });

  it('reopens an existing journal with its data and without migrating again', () => {
    const { core, path } = openJournal();
    const entry = ok(core, 'entries:create', { body: doc('kept across restarts'), ownershipLevel: 'task' });
    core.close();
    let migrations = 0;
    const again = openCore(path, { beforeMigrate: () => migrations++ });
    try {
      expect(migrations).toBe(0);
      const read = again.call('entries:get', { id: entry.id });
      expect(read.ok && read.value).toMatchObject({ bodyText: 'kept across restarts' });
    } finally {
      again.close();
    }
  });

  it('runs pending migrations in order and calls the backup hook first', () => {
    const path = join(tempDir(), 'journal.sqlite');
    const first = [{ version: 1, name: 'one', sql: 'CREATE TABLE a (x INTEGER) STRICT;' }];
    openDatabase(path, { migrations: first }).close();
    const seen: [number, number][] = [];
    const db = openDatabase(path, {
      migrations: [...first, { version: 2, name: 'two', sql: 'CREATE TABLE b (y INTEGER) STRICT;' }],
      beforeMigrate: (_db, from, to) => seen.push([from, to]),
    });
    try {
      expect(seen).toEqual([[1, 2]]);
      expect(db.pragma('user_version', { simple: true })).toBe(2);
      expect(db.prepare(`SELECT count(*) FROM sqlite_master WHERE name IN ('a','b')`).pluck().get()).toBe(2);
    } finally {
      db.close();
    }
  });

  it('rolls back a failing migration, leaving the previous version', () => {
    const path = join(tempDir(), 'journal.sqlite');
    const first = [{ version: 1, name: 'one', sql: 'CREATE TABLE a (x INTEGER) STRICT;' }];
    openDatabase(path, { migrations: first }).close();
    expect(() =>
      openDatabase(path, {
        migrations: [...first, { version: 2, name: 'broken', sql: 'CREATE TABLE b (y INTEGER); SELECT * FROM missing;' }],
      }),
    ).toThrow(CoreError);
    const db = new Database(path, { readonly: true });
    try {
      expect(db.pragma('user_version', { simple: true })).toBe(1);
      expect(db.prepare(`SELECT count(*) FROM sqlite_master WHERE name = 'b'`).pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });

  it('refuses a journal from a newer version and leaves the file byte for byte as it was', () => {
    const path = join(tempDir(), 'future.sqlite');
    const raw = new Database(path);
    raw.exec('CREATE TABLE future_things (x TEXT); INSERT INTO future_things VALUES (\'hello\');');
    raw.pragma('user_version = 999');
    raw.close();
    const before = fileHash(path);
    const error = openError(path);
    expect(error.code).toBe('storage');
    expect(error.message).toMatch(/newer version of Scopebook/);
    expect(error.message).toMatch(/999/);
    expect(fileHash(path)).toBe(before);
  });

  it('refuses a file of random bytes with a clear storage error and does not overwrite it', () => {
    const path = join(tempDir(), 'noise.sqlite');
    writeFileSync(path, randomBytes(64 * 1024));
    const before = fileHash(path);
    const error = openError(path);
    expect(error.code).toBe('storage');
    expect(error.message).toMatch(/damaged or is not a Scopebook journal/);
    expect(fileHash(path)).toBe(before);
  });

  it('refuses a journal whose pages are corrupted and leaves it untouched', () => {
    const { core, path } = openJournal();
    for (let i = 0; i < 300; i++) {
      ok(core, 'entries:create', { body: doc(`entry number ${i} ${'with some text '.repeat(20)}`), ownershipLevel: 'task' });
    }
    core.close();
    expect(existsSync(`${path}-wal`)).toBe(false);
    // Scribble over the middle of the file: b-tree pages of entries and the FTS index.
    const size = statSync(path).size;
    const fd = openSync(path, 'r+');
    writeSync(fd, randomBytes(8192), 0, 8192, Math.floor(size / 2 / 4096) * 4096);
    closeSync(fd);
    const before = fileHash(path);
    const error = openError(path);
    expect(error.code).toBe('storage');
    expect(error.message).toMatch(/damaged/);
    expect(fileHash(path)).toBe(before);
  });

  it('refuses an SQLite database that belongs to another program and does not migrate into it', () => {
    const path = join(tempDir(), 'other.sqlite');
    const raw = new Database(path);
    raw.exec('CREATE TABLE contacts (name TEXT)');
    raw.close();
    const before = readFileSync(path);
    const error = openError(path);
    expect(error.code).toBe('storage');
    expect(error.message).toMatch(/another program/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('reports a path that cannot be created as a storage error', () => {
    const error = openError(join(tempDir(), 'no', 'such', 'dir', 'journal.sqlite'));
    expect(error.code).toBe('storage');
    expect(error.message).toMatch(/Cannot open the journal/);
  });
});
