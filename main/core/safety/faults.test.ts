import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openCore } from '../api';
import { CoreError } from '../errors';
import { doc, fails, fileHash, ok, openJournal } from '../test-helpers';
import { journalHealth } from './recovery';

describe('surviving faults', () => {
  it('disk full: a typed storage error, nothing saved is damaged, and saving works again once there is room', () => {
    const { core, db } = openJournal();
    const saved = [1, 2, 3].map((i) => ok(core, 'entries:create', { body: doc(`saved ${i}`), ownershipLevel: 'task' }));
    db.pragma(`max_page_count = ${(db.pragma('page_count', { simple: true }) as number) + 2}`);

    const big = doc('lorem ipsum dolor '.repeat(3000));
    let error: ReturnType<typeof fails> | undefined;
    for (let i = 0; i < 20 && !error; i++) {
      const result = core.call('entries:create', { body: big, ownershipLevel: 'task' });
      if (!result.ok) error = result.error;
    }
    expect(error).toMatchObject({ code: 'storage', message: expect.stringMatching(/disk is full/) });
    // An edit that does not fit leaves the saved version as it was.
    expect(fails(core, 'entries:update', { id: saved[0]!.id, revision: 1, body: big }, 'storage').message).toMatch(/disk is full/);

    for (const entry of saved) expect(ok(core, 'entries:get', { id: entry.id })).toEqual(entry);
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');

    db.pragma('max_page_count = 1073741823');
    const after = ok(core, 'entries:create', { body: big, ownershipLevel: 'task' });
    expect(ok(core, 'entries:get', { id: after.id }).bodyText).toContain('lorem ipsum');
    ok(core, 'entries:update', { id: saved[0]!.id, revision: 1, body: doc('edited once there was room') });
  });

  it('locked by another program writing: the journal still opens and reads, saving fails clearly, nothing changes', () => {
    const { core, path } = openJournal();
    const kept = ok(core, 'entries:create', { body: doc('kept'), ownershipLevel: 'task' });
    core.close();

    const other = new Database(path);
    other.exec('BEGIN EXCLUSIVE');
    const again = openCore(path);
    try {
      again.db.pragma('busy_timeout = 100'); // only to keep the test quick
      expect(ok(again, 'entries:get', { id: kept.id }).bodyText).toBe('kept');
      const error = fails(again, 'entries:create', { body: doc('new'), ownershipLevel: 'task' }, 'storage');
      expect(error.message).toMatch(/busy in another program/);
      other.exec('COMMIT');
      ok(again, 'entries:create', { body: doc('saved once the other program let go'), ownershipLevel: 'task' });
      expect(ok(again, 'entries:count', {}).count).toBe(2);
    } finally {
      if (other.inTransaction) other.exec('ROLLBACK');
      other.close();
      again.close();
    }
  });

  it('locked exclusively by another program: opening says so (not "damaged") and leaves the file untouched', () => {
    const { core, path } = openJournal();
    ok(core, 'entries:create', { body: doc('kept'), ownershipLevel: 'task' });
    core.close();
    const hash = fileHash(path);

    const other = new Database(path);
    other.pragma('locking_mode = EXCLUSIVE');
    other.exec('BEGIN EXCLUSIVE');
    try {
      let error: unknown;
      try {
        openCore(path).close();
      } catch (err) {
        error = err;
      }
      expect(error).toBeInstanceOf(CoreError);
      expect((error as CoreError).code).toBe('storage');
      expect((error as CoreError).message).toMatch(/locked by another program/);
      expect(journalHealth(path)).toBe('locked');
    } finally {
      other.exec('ROLLBACK');
      other.close();
    }
    expect(fileHash(path)).toBe(hash);
  });
});
