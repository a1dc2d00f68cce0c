import { describe, expect, it } from 'vitest';
import type { Core } from './api';
import { doc, dumpDb, fails, ok, openJournal } from './test-helpers';

const NONE = '01900000-0000-7000-8000-000000000000';

function entry(core: Core, tags: string[], extra: Record<string, unknown> = {}) {
  return ok(core, 'entries:create', { body: doc('work'), ownershipLevel: 'task', tags, ...extra });
}

describe('goals', () => {
  it('creates, updates and lists goals, active first, with live entry counts', () => {
    const { core } = openJournal();
    const done = ok(core, 'goals:create', { title: 'Alpha launch', status: 'done' });
    const grow = ok(core, 'goals:create', {
      title: '  Grow the team ',
      description: 'Hire two',
      periodStart: '2026-01-01',
      periodEnd: '2026-06-30',
    });
    const dropped = ok(core, 'goals:create', { title: 'Aardvark', status: 'dropped' });
    const cut = ok(core, 'goals:create', { title: 'Cut costs' });
    expect(grow).toMatchObject({
      title: 'Grow the team',
      description: 'Hire two',
      periodStart: '2026-01-01',
      periodEnd: '2026-06-30',
      status: 'active',
      entryCount: 0,
    });
    entry(core, [], { goalId: grow.id });
    const trashed = entry(core, [], { goalId: grow.id });
    ok(core, 'entries:delete', { id: trashed.id });
    expect(ok(core, 'goals:list', {}).map((g) => [g.title, g.entryCount])).toEqual([
      ['Cut costs', 0],
      ['Grow the team', 1],
      ['Alpha launch', 0],
      ['Aardvark', 0],
    ]);
    expect(ok(core, 'goals:list', { status: 'done' }).map((g) => g.id)).toEqual([done.id]);

    const updated = ok(core, 'goals:update', { id: cut.id, status: 'done', description: 'Cloud bill -20%' });
    expect(updated).toMatchObject({ title: 'Cut costs', status: 'done', description: 'Cloud bill -20%' });
    expect(ok(core, 'goals:update', { id: cut.id, description: '' }).description).toBeNull();
    expect(ok(core, 'goals:list', { status: 'dropped' }).map((g) => g.id)).toEqual([dropped.id]);
  });

  it('refuses an empty title and a period that ends before it starts, changing nothing', () => {
    const { core, db } = openJournal();
    const goal = ok(core, 'goals:create', { title: 'Q1', periodStart: '2026-01-01' });
    const before = dumpDb(db);
    fails(core, 'goals:create', { title: '  ' }, 'invalid_input');
    const error = fails(core, 'goals:create', { title: 'x', periodStart: '2026-02-01', periodEnd: '2026-01-01' }, 'invalid_input');
    expect(error.field).toBe('periodEnd');
    fails(core, 'goals:update', { id: goal.id, periodEnd: '2025-12-31' }, 'invalid_input');
    fails(core, 'goals:update', { id: NONE, title: 'x' }, 'not_found');
    expect(dumpDb(db)).toEqual(before);
  });

  it('deletes a goal and keeps its entries, unlinked', () => {
    const { core } = openJournal();
    const goal = ok(core, 'goals:create', { title: 'Q1' });
    const e = entry(core, [], { goalId: goal.id });
    expect(ok(core, 'entries:list', { goalId: goal.id }).items).toHaveLength(1);
    expect(ok(core, 'goals:delete', { id: goal.id })).toEqual({ deleted: true });
    expect(ok(core, 'entries:get', { id: e.id }).goalId).toBeNull();
    expect(ok(core, 'goals:list', {})).toEqual([]);
    fails(core, 'goals:delete', { id: goal.id }, 'not_found');
  });
});

describe('tags', () => {
  it('lists tags of live entries, most used first, then by name', () => {
    const { core } = openJournal();
    entry(core, ['ops', 'Perf']);
    entry(core, ['perf']);
    entry(core, ['zeta', 'alpha']);
    const trashed = entry(core, ['ops', 'only-in-trash']);
    ok(core, 'entries:delete', { id: trashed.id });
    expect(ok(core, 'tags:list', {})).toEqual([
      { name: 'perf', count: 2 },
      { name: 'alpha', count: 1 },
      { name: 'ops', count: 1 },
      { name: 'zeta', count: 1 },
    ]);
  });

  it('renames a tag on every entry', () => {
    const { core } = openJournal();
    const a = entry(core, ['infra']);
    const b = entry(core, ['infra', 'ops']);
    expect(ok(core, 'tags:rename', { from: 'Infra', to: ' Platform ' })).toEqual({ name: 'platform', count: 2 });
    expect(ok(core, 'entries:get', { id: a.id }).tags).toEqual(['platform']);
    expect(ok(core, 'entries:get', { id: b.id }).tags).toEqual(['ops', 'platform']);
    expect(ok(core, 'entries:list', { tags: ['infra'] }).items).toEqual([]);
    expect(ok(core, 'tags:rename', { from: 'platform', to: 'PLATFORM' })).toEqual({ name: 'platform', count: 2 });
    fails(core, 'tags:rename', { from: 'nope', to: 'x' }, 'not_found');
  });

  it('refuses a rename onto an existing tag with "conflict", pointing to merge', () => {
    const { core, db } = openJournal();
    entry(core, ['infra']);
    entry(core, ['platform']);
    const before = dumpDb(db);
    const error = fails(core, 'tags:rename', { from: 'infra', to: 'platform' }, 'conflict');
    expect(error.message).toMatch(/[Mm]erge/);
    expect(dumpDb(db)).toEqual(before);
  });

  it('merges tags, each entry keeping a single copy', () => {
    const { core, db } = openJournal();
    const both = entry(core, ['infra', 'platform']);
    const one = entry(core, ['infra-team']);
    const other = entry(core, ['platform', 'ops']);
    const merged = ok(core, 'tags:merge', { from: ['infra', 'Infra Team', 'platform'], into: 'platform' });
    expect(merged).toEqual({ name: 'platform', count: 3 });
    expect(ok(core, 'entries:get', { id: both.id }).tags).toEqual(['platform']);
    expect(ok(core, 'entries:get', { id: one.id }).tags).toEqual(['platform']);
    expect(ok(core, 'entries:get', { id: other.id }).tags).toEqual(['ops', 'platform']);
    expect(ok(core, 'tags:list', {}).map((t) => t.name)).toEqual(['platform', 'ops']);
    expect(db.prepare(`SELECT count(*) FROM tags WHERE name IN ('infra','infra-team')`).pluck().get()).toBe(0);
  });

  it('merges into a new name, and refuses when none of the tags exist', () => {
    const { core } = openJournal();
    entry(core, ['a']);
    entry(core, ['b']);
    expect(ok(core, 'tags:merge', { from: ['a', 'b', 'missing'], into: 'ab' })).toEqual({ name: 'ab', count: 2 });
    fails(core, 'tags:merge', { from: ['missing'], into: 'ab' }, 'not_found');
    fails(core, 'tags:merge', { from: [], into: 'ab' }, 'invalid_input');
  });
});
