import { describe, expect, it } from 'vitest';
import type { Handlers } from '../../common/contract';
import { type Ctx, dispatch } from './api';
import { handlers } from './handlers';
import { doc, dumpDb, ok, openJournal } from './test-helpers';

describe('the read handle', () => {
  it('a read operation given the read handle cannot write, and the journal stays as it was', () => {
    const j = openJournal();
    ok(j.core, 'entries:create', { body: doc('Kept as it is'), ownershipLevel: 'task', tags: ['ops'] });
    const before = dumpDb(j.db);
    // A read handler that (by mistake) writes: what the core does with it is what it would do with any read.
    const careless: Handlers<Ctx> = {
      ...handlers,
      entries: {
        ...handlers.entries,
        count: (ctx) => {
          ctx.db.prepare("UPDATE entries SET title = 'changed by a read'").run();
          ctx.db.prepare('DELETE FROM tags').run();
          return { count: 0 };
        },
      },
    };
    const ctx: Ctx = { db: j.db, reader: j.core.reader!, clock: j.clock, journalFile: j.path };
    const result = dispatch(ctx, careless, 'entries:count', {});
    expect(result.ok).toBe(false);
    expect(result.ok ? null : result.error).toMatchObject({ code: 'storage', message: expect.stringMatching(/SQLITE_READONLY/) });
    expect(dumpDb(j.db)).toEqual(before);
    // The same handler as a write would have run on the writer: the handle is what protects it.
    expect(j.core.reader!.readonly).toBe(true);
    expect(j.db.readonly).toBe(false);
  });

  it('reads see every write acknowledged before them', () => {
    const j = openJournal();
    for (let i = 1; i <= 3; i++) {
      const entry = ok(j.core, 'entries:create', { body: doc(`Entry ${i}`), ownershipLevel: 'task' });
      expect(ok(j.core, 'entries:get', { id: entry.id }).bodyText).toBe(`Entry ${i}`);
      expect(ok(j.core, 'entries:count', {}).count).toBe(i);
    }
  });
});
