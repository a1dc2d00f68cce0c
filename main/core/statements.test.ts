import { describe, expect, expectTypeOf, it } from 'vitest';
import { prepared } from './statements';
import { doc, ok, openJournal } from './test-helpers';

describe('statements kept per connection', () => {
  it('compiles a read once and gives the same answers as a fresh statement, also after a write', () => {
    const { core } = openJournal();
    const sql = 'SELECT id FROM entries ORDER BY seq';
    const first = prepared(core.db, sql);
    expect(first.all()).toEqual([]);
    const a = ok(core, 'entries:create', { body: doc('One'), ownershipLevel: 'task' });
    expect(prepared(core.db, sql)).toBe(first);
    expect(prepared(core.db, sql).all()).toEqual([{ id: a.id }]);
    expect(prepared(core.db, sql).all()).toEqual(core.db.prepare(sql).all());
  });

  it('gives a fresh statement while the kept one is being iterated, so nested reads work', () => {
    const { core } = openJournal();
    ok(core, 'entries:create', { body: doc('One'), ownershipLevel: 'task' });
    ok(core, 'entries:create', { body: doc('Two'), ownershipLevel: 'task' });
    const sql = 'SELECT id FROM entries ORDER BY seq';
    const seen: number[] = [];
    for (const _row of prepared(core.db, sql).iterate()) seen.push(prepared(core.db, sql).all().length);
    expect(seen).toEqual([2, 2]);
  });

  it('keeps statements apart per connection', () => {
    const one = openJournal().core;
    const two = openJournal().core;
    ok(two, 'entries:create', { body: doc('Only in two'), ownershipLevel: 'task' });
    const sql = 'SELECT count(*) AS n FROM entries';
    expect(prepared(one.db, sql).get()).toEqual({ n: 0 });
    expect(prepared(two.db, sql).get()).toEqual({ n: 1 });
  });

  it('keeps one statement per mode: the same SQL as rows, as first column and as arrays never mix', () => {
    const { core } = openJournal();
    const a = ok(core, 'entries:create', { body: doc('One'), ownershipLevel: 'task' });
    const sql = 'SELECT id, level FROM entries ORDER BY seq';
    expect(prepared(core.db, sql, 'pluck').all()).toEqual([a.id]);
    expect(prepared(core.db, sql).all()).toEqual([{ id: a.id, level: 'task' }]);
    expect(prepared(core.db, sql, 'raw').all()).toEqual([[a.id, 'task']]);
    expect(prepared(core.db, sql, 'pluck').get()).toBe(a.id);
    expect(prepared(core.db, sql).get()).toEqual({ id: a.id, level: 'task' });
    expect(prepared(core.db, sql, 'pluck')).not.toBe(prepared(core.db, sql));
  });

  it('hands out statements whose mode cannot be switched', () => {
    const { core } = openJournal();
    const kept = prepared(core.db, 'SELECT 1 AS one', 'pluck');
    // Checked by the typecheck (tsc): the mode is chosen only through prepared().
    expectTypeOf(kept).not.toHaveProperty('pluck');
    expectTypeOf(kept).not.toHaveProperty('raw');
    expectTypeOf(kept).not.toHaveProperty('expand');
    expect(kept.get()).toBe(1);
  });
});
