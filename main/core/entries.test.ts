import { describe, expect, it, vi } from 'vitest';
import type { Core } from './api';
import type { EntrySummary } from '../../common/contract';
import { newId } from '../../common/ids';
import { doc, docOf, fails, mention, ok, openJournal, paragraph } from './test-helpers';

function person(core: Core, name: string, direction: 'up' | 'sideways' | 'down' | 'skip-level' = 'sideways') {
  return ok(core, 'people:create', { name, direction });
}

function ids(items: { id: string }[]): string[] {
  return items.map((e) => e.id);
}

describe('writing entries', () => {
  it('creates an entry with derived text, defaults and a first revision', () => {
    const { core } = openJournal();
    const entry = ok(core, 'entries:create', {
      title: '  Shipped search  ',
      body: doc('Rolled out the new index.\nLatency halved.'),
      ownershipLevel: 'milestone',
      impact: 'p95 from 800ms to 400ms',
    });
    expect(entry).toMatchObject({
      title: 'Shipped search',
      bodyText: 'Rolled out the new index.\nLatency halved.',
      ownershipLevel: 'milestone',
      impact: 'p95 from 800ms to 400ms',
      occurredOn: '2026-03-10',
      revision: 1,
      starred: false,
      tags: [],
      seenBy: [],
      goalId: null,
      deletedAt: null,
    });
    expect(ok(core, 'entries:get', { id: entry.id })).toEqual(entry);
  });

  it('takes an id chosen by the caller, and a second create with that id returns the first entry', () => {
    const { core, db } = openJournal();
    const id = newId();
    const first = ok(core, 'entries:create', { id, body: doc('Sent once, answer lost'), ownershipLevel: 'task', tags: ['ops'] });
    expect(first.id).toBe(id);
    // The retry carries what was typed since: it changes nothing, the caller updates afterwards.
    const again = ok(core, 'entries:create', { id, body: doc('Sent once, answer lost, and more'), ownershipLevel: 'project' });
    expect(again).toEqual(first);
    expect(ok(core, 'entries:count', {}).count).toBe(1);
    expect(db.prepare('SELECT count(*) FROM entries WHERE id = ?').pluck().get(id)).toBe(1);

    // A trashed entry is returned as it is: a late retry does not bring it back.
    ok(core, 'entries:delete', { id });
    const trashed = ok(core, 'entries:create', { id, body: doc('late retry'), ownershipLevel: 'task' });
    expect(trashed.deletedAt).not.toBeNull();
    expect(ok(core, 'entries:count', {}).count).toBe(0);
  });

  it('refuses a chosen id that is not a lower-case UUIDv7, writing nothing', () => {
    const { core } = openJournal();
    for (const id of ['6f1c0c1e-8d2a-4b7e-9c3d-2a1b0c9d8e7f', newId().toUpperCase(), 'not-an-id', '']) {
      const error = fails(core, 'entries:create', { id, body: doc('x'), ownershipLevel: 'task' }, 'invalid_input');
      expect(error.field).toBe('id');
      expect(error.message).toMatch(/UUIDv7/);
    }
    expect(ok(core, 'entries:count', {}).count).toBe(0);
  });

  it('rejects a caller-supplied bodyText: the core derives it', () => {
    const { core } = openJournal();
    const error = fails(
      core,
      'entries:create',
      { body: doc('real text'), bodyText: 'forged', ownershipLevel: 'task' },
      'invalid_input',
    );
    expect(error.message).toMatch(/bodyText/);
    expect(ok(core, 'entries:count', {}).count).toBe(0);
  });

  it('rejects malformed documents, unknown goals and unknown people without writing anything', () => {
    const { core } = openJournal();
    fails(core, 'entries:create', { body: { type: 'paragraph' }, ownershipLevel: 'task' }, 'invalid_input');
    fails(core, 'entries:create', { body: doc('x'), ownershipLevel: 'huge' }, 'invalid_input');
    fails(core, 'entries:create', { body: doc('x'), ownershipLevel: 'task', occurredOn: '2026-02-30' }, 'invalid_input');
    const noGoal = fails(
      core,
      'entries:create',
      { body: doc('x'), ownershipLevel: 'task', goalId: '01900000-0000-7000-8000-000000000000' },
      'invalid_input',
    );
    expect(noGoal.field).toBe('goalId');
    const noPerson = fails(
      core,
      'entries:create',
      { body: doc('x'), ownershipLevel: 'task', seenBy: [{ stakeholderId: '01900000-0000-7000-8000-000000000000' }] },
      'invalid_input',
    );
    expect(noPerson.field).toBe('seenBy');
    expect(ok(core, 'entries:count', {}).count).toBe(0);
  });

  it('adds people mentioned in the body to seenBy and #hashtags to tags', () => {
    const { core } = openJournal();
    const ana = person(core, 'Ana', 'up');
    const bo = person(core, 'Bo');
    const entry = ok(core, 'entries:create', {
      title: 'Release #Q3-launch',
      body: docOf(paragraph('Demoed to ', mention(ana.id, 'Ana'), ' — see #Infra and #123')),
      ownershipLevel: 'project',
      tags: ['  Planning '],
      seenBy: [{ stakeholderId: bo.id, channel: 'demo' }],
    });
    expect(entry.bodyText).toBe('Demoed to @Ana — see #Infra and #123');
    expect(entry.tags).toEqual(['infra', 'planning', 'q3-launch']);
    expect(entry.seenBy).toEqual([
      { stakeholderId: ana.id, name: 'Ana', direction: 'up', channel: null },
      { stakeholderId: bo.id, name: 'Bo', direction: 'sideways', channel: 'demo' },
    ]);
  });

  it('keeps a mention of a deleted person in the text without blocking later saves', () => {
    const { core } = openJournal();
    const ana = person(core, 'Ana');
    const body = docOf(paragraph('Told ', mention(ana.id, 'Ana')));
    const entry = ok(core, 'entries:create', { body, ownershipLevel: 'task' });
    ok(core, 'people:delete', { id: ana.id });
    const updated = ok(core, 'entries:update', { id: entry.id, revision: entry.revision, body, starred: true });
    expect(updated.seenBy).toEqual([]);
    expect(updated.bodyText).toBe('Told @Ana');
  });

  it('drops tags and viewers that came only from text edited out, and keeps explicit ones', () => {
    const { core } = openJournal();
    const ana = person(core, 'Ana');
    const bo = person(core, 'Bo');
    const created = ok(core, 'entries:create', {
      body: docOf(paragraph('Paired with ', mention(ana.id, 'Ana'), ' on #perf')),
      ownershipLevel: 'task',
      tags: ['backend'],
      seenBy: [{ stakeholderId: bo.id, channel: 'chat' }],
    });
    expect(created.tags).toEqual(['backend', 'perf']);
    expect(created.seenBy.map((s) => s.name)).toEqual(['Ana', 'Bo']);
    const edited = ok(core, 'entries:update', { id: created.id, revision: created.revision, body: doc('Paired on #latency') });
    expect(edited.tags).toEqual(['backend', 'latency']);
    expect(edited.seenBy.map((s) => s.name)).toEqual(['Bo']);
    expect(ok(core, 'tags:list', {}).map((t) => t.name)).not.toContain('perf');
  });

  it('updates fields, bumps the revision and re-derives text', () => {
    const { core, clock } = openJournal();
    const created = ok(core, 'entries:create', { body: doc('first draft'), ownershipLevel: 'task' });
    clock.advance(60_000);
    const updated = ok(core, 'entries:update', {
      id: created.id,
      revision: 1,
      body: doc('second draft'),
      title: 'Now titled',
      ownershipLevel: 'project',
      starred: true,
      occurredOn: '2026-03-01',
    });
    expect(updated).toMatchObject({
      revision: 2,
      bodyText: 'second draft',
      title: 'Now titled',
      ownershipLevel: 'project',
      starred: true,
      occurredOn: '2026-03-01',
      createdAt: created.createdAt,
    });
    expect(updated.updatedAt > created.updatedAt).toBe(true);
    const cleared = ok(core, 'entries:update', { id: created.id, revision: 2, title: '   ' });
    expect(cleared.title).toBeNull();
  });

  it('never stores control characters (the highlight markers) in title or impact', () => {
    const { core } = openJournal();
    const entry = ok(core, 'entries:create', {
      title: 'a\u0002b\u0003c',
      impact: '\u0002\u0003',
      body: doc('x\u0002y'),
      ownershipLevel: 'task',
    });
    expect(entry.title).toBe('abc');
    expect(entry.impact).toBeNull();
    expect(entry.bodyText).toBe('xy');
  });

  it('refuses a stale revision with "conflict" and changes nothing', () => {
    const { core } = openJournal();
    const created = ok(core, 'entries:create', { body: doc('original'), ownershipLevel: 'task' });
    const first = ok(core, 'entries:update', { id: created.id, revision: 1, body: doc('edit from window one') });
    const error = fails(core, 'entries:update', { id: created.id, revision: 1, body: doc('edit from window two') }, 'conflict');
    expect(error.message).toMatch(/changed elsewhere/);
    expect(ok(core, 'entries:get', { id: created.id })).toEqual(first);
  });

  it('does not let a rated entry go back to "not set"', () => {
    const { core } = openJournal();
    const created = ok(core, 'entries:create', { body: doc('x'), ownershipLevel: 'task' });
    fails(core, 'entries:update', { id: created.id, revision: 1, ownershipLevel: null }, 'invalid_input');
    expect(ok(core, 'entries:get', { id: created.id }).revision).toBe(1);
  });

  it('returns not_found for an unknown id', () => {
    const { core } = openJournal();
    const id = '01900000-0000-7000-8000-000000000000';
    fails(core, 'entries:get', { id }, 'not_found');
    fails(core, 'entries:update', { id, revision: 1, title: 'x' }, 'not_found');
    fails(core, 'entries:delete', { id }, 'not_found');
    fails(core, 'entries:restore', { id }, 'not_found');
    fails(core, 'entries:purge', { ids: [id] }, 'not_found');
  });
});

describe('trash', () => {
  it('moves entries to the trash and back', () => {
    const { core } = openJournal();
    const a = ok(core, 'entries:create', { body: doc('a'), ownershipLevel: 'task' });
    const trashed = ok(core, 'entries:delete', { id: a.id });
    expect(trashed.deletedAt).not.toBeNull();
    expect(ok(core, 'entries:list', {}).items).toEqual([]);
    expect(ids(ok(core, 'entries:list', { trash: true }).items)).toEqual([a.id]);
    expect(ok(core, 'entries:delete', { id: a.id })).toEqual(trashed);
    const error = fails(core, 'entries:update', { id: a.id, revision: trashed.revision, title: 'x' }, 'conflict');
    expect(error.message).toMatch(/trash/);
    const restored = ok(core, 'entries:restore', { id: a.id });
    expect(restored.deletedAt).toBeNull();
    expect(restored.revision).toBe(trashed.revision + 1);
    expect(ids(ok(core, 'entries:list', {}).items)).toEqual([a.id]);
  });

  it('purges only trashed entries, and refuses the whole batch if one is live', () => {
    const { core, db } = openJournal();
    const bo = person(core, 'Bo');
    const live = ok(core, 'entries:create', { body: doc('live'), ownershipLevel: 'task' });
    const gone = ok(core, 'entries:create', {
      body: doc('gone #old'),
      ownershipLevel: 'task',
      seenBy: [{ stakeholderId: bo.id }],
    });
    ok(core, 'entries:delete', { id: gone.id });
    const error = fails(core, 'entries:purge', { ids: [gone.id, live.id] }, 'conflict');
    expect(error.message).toMatch(/not in the trash/);
    expect(ok(core, 'entries:count', { trash: true }).count).toBe(1);
    expect(ok(core, 'entries:purge', { ids: [gone.id, gone.id] })).toEqual({ purged: 1 });
    fails(core, 'entries:get', { id: gone.id }, 'not_found');
    expect(ok(core, 'entries:count', { trash: true }).count).toBe(0);
    expect(db.prepare('SELECT count(*) FROM entry_stakeholders').pluck().get()).toBe(0);
    expect(db.prepare(`SELECT count(*) FROM tags WHERE name = 'old'`).pluck().get()).toBe(0);
  });

  it('lists the trash most recently deleted first', () => {
    const { core, clock } = openJournal();
    const a = ok(core, 'entries:create', { body: doc('a'), ownershipLevel: 'task', occurredOn: '2026-01-01' });
    const b = ok(core, 'entries:create', { body: doc('b'), ownershipLevel: 'task', occurredOn: '2026-02-01' });
    ok(core, 'entries:delete', { id: b.id });
    clock.advance(1000);
    ok(core, 'entries:delete', { id: a.id });
    const first = ok(core, 'entries:list', { trash: true, limit: 1 });
    expect(ids(first.items)).toEqual([a.id]);
    const second = ok(core, 'entries:list', { trash: true, limit: 1, cursor: first.nextCursor! });
    expect(ids(second.items)).toEqual([b.id]);
    expect(second.nextCursor).toBeNull();
  });
});

describe('list filters', () => {
  function setup() {
    const j = openJournal();
    const { core } = j;
    const boss = person(core, 'Boss', 'up');
    const peer = person(core, 'Peer', 'sideways');
    const goal = ok(core, 'goals:create', { title: 'Grow' });
    const make = (occurredOn: string, ownershipLevel: 'task' | 'milestone' | 'project' | 'value' | 'leverage', extra = {}) =>
      ok(core, 'entries:create', { body: doc(occurredOn), occurredOn, ownershipLevel, ...extra });
    const e = {
      jan: make('2026-01-15', 'task', { tags: ['ops'] }),
      feb: make('2026-02-15', 'milestone', { seenBy: [{ stakeholderId: boss.id }], starred: true }),
      mar: make('2026-03-05', 'project', { seenBy: [{ stakeholderId: peer.id }], goalId: goal.id, tags: ['ops', 'perf'] }),
      apr: make('2026-04-01', 'leverage', { seenBy: [{ stakeholderId: boss.id }, { stakeholderId: peer.id }] }),
      trashed: make('2026-03-06', 'value', { tags: ['ops'], seenBy: [{ stakeholderId: boss.id }] }),
    };
    ok(core, 'entries:delete', { id: e.trashed.id });
    // An unrated entry, as imports create them (created rated, then level set to NULL in storage).
    const unrated = make('2026-02-20', 'task');
    j.db.prepare('UPDATE entries SET level = NULL WHERE id = ?').run(unrated.id);
    return { ...j, boss, peer, goal, e, unrated };
  }

  const names = (items: EntrySummary[]) => items.map((i) => i.occurredOn);

  it('applies each filter, on list and on count alike', () => {
    const { core, boss, peer, goal, e, unrated } = setup();
    const cases: [Record<string, unknown>, string[]][] = [
      [{}, [e.apr.id, e.mar.id, unrated.id, e.feb.id, e.jan.id]],
      [{ from: '2026-02-15', to: '2026-03-05' }, [e.mar.id, unrated.id, e.feb.id]],
      [{ levels: ['task', 'leverage'] }, [e.apr.id, e.jan.id]],
      [{ levels: [] }, [e.apr.id, e.mar.id, unrated.id, e.feb.id, e.jan.id]],
      [{ minLevel: 'project' }, [e.apr.id, e.mar.id]],
      [{ minLevel: 'project', levels: ['task', 'project'] }, [e.mar.id]],
      [{ unrated: true }, [unrated.id]],
      [{ stakeholders: [boss.id] }, [e.apr.id, e.feb.id]],
      [{ stakeholders: [boss.id, peer.id] }, [e.apr.id, e.mar.id, e.feb.id]],
      [{ directions: ['sideways'] }, [e.apr.id, e.mar.id]],
      [{ directions: ['down'] }, []],
      [{ tags: ['OPS'] }, [e.mar.id, e.jan.id]],
      [{ tags: ['perf', 'missing'] }, [e.mar.id]],
      [{ goalId: goal.id }, [e.mar.id]],
      [{ starred: true }, [e.feb.id]],
      [{ starred: false }, [e.apr.id, e.mar.id, unrated.id, e.jan.id]],
      [{ trash: true }, [e.trashed.id]],
      [{ trash: true, tags: ['ops'], stakeholders: [boss.id] }, [e.trashed.id]],
      [{ tags: ['ops'], from: '2026-02-01' }, [e.mar.id]],
    ];
    for (const [filter, expected] of cases) {
      const listed = ok(core, 'entries:list', filter);
      expect(ids(listed.items), JSON.stringify(filter)).toEqual(expected);
      expect(ok(core, 'entries:count', filter).count, JSON.stringify(filter)).toBe(expected.length);
    }
  });

  it('returns summaries with an excerpt and word count but no document', () => {
    const { core } = setup();
    const [first] = ok(core, 'entries:list', { limit: 1 }).items;
    expect(first).toMatchObject({ excerpt: '2026-04-01', wordCount: 1 });
    expect(first).not.toHaveProperty('body');
    expect(names(ok(core, 'entries:list', { limit: 2 }).items)).toEqual(['2026-04-01', '2026-03-05']);
  });

  it('rejects a cursor that is not one, or that belongs to another list', () => {
    const { core } = setup();
    const page = ok(core, 'entries:list', { limit: 1 });
    fails(core, 'entries:list', { cursor: 'garbage!' }, 'invalid_input');
    fails(core, 'entries:list', { cursor: page.nextCursor!, trash: true }, 'invalid_input');
    const oneKey = Buffer.from(JSON.stringify(['live', '2026-01-01'])).toString('base64url');
    fails(core, 'entries:list', { cursor: oneKey }, 'invalid_input');
  });
});

describe('paging', () => {
  it('pages through 250 entries without duplicates or gaps, newest day first, then newest created', () => {
    const { core, clock } = openJournal();
    const created: { id: string; occurredOn: string; n: number }[] = [];
    for (let n = 0; n < 250; n++) {
      clock.advance(1);
      // Several entries per day, written in an order unrelated to their day.
      const day = `2026-0${1 + ((n * 7) % 3)}-${String(1 + ((n * 13) % 28)).padStart(2, '0')}`;
      const e = ok(core, 'entries:create', { body: doc(`entry ${n}`), ownershipLevel: 'task', occurredOn: day });
      created.push({ id: e.id, occurredOn: day, n });
    }
    const expected = [...created]
      .sort((a, b) => (a.occurredOn === b.occurredOn ? b.n - a.n : a.occurredOn < b.occurredOn ? 1 : -1))
      .map((e) => e.id);
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = ok(core, 'entries:list', { limit: 7, ...(cursor ? { cursor } : {}) });
      expect(page.items.length).toBeLessThanOrEqual(7);
      seen.push(...ids(page.items));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor);
    expect(pages).toBe(Math.ceil(250 / 7));
    expect(seen).toEqual(expected);
  });

  it('does not skip or repeat entries when new ones are written between pages', () => {
    const { core, clock } = openJournal();
    const original: string[] = [];
    for (let n = 0; n < 40; n++) {
      clock.advance(1);
      const day = `2026-02-${String(1 + (n % 20)).padStart(2, '0')}`;
      original.push(ok(core, 'entries:create', { body: doc(`e${n}`), ownershipLevel: 'task', occurredOn: day }).id);
    }
    const seen: string[] = [];
    let cursor: string | undefined;
    let n = 0;
    do {
      const page = ok(core, 'entries:list', { limit: 7, ...(cursor ? { cursor } : {}) });
      seen.push(...ids(page.items));
      cursor = page.nextCursor ?? undefined;
      // A new entry on a day inside the range already paged, one on a later day, one on an earlier day.
      clock.advance(1);
      for (const day of ['2026-02-10', '2026-03-01', '2026-01-01']) {
        ok(core, 'entries:create', { body: doc(`new ${n++}`), ownershipLevel: 'task', occurredOn: day });
      }
    } while (cursor);
    const originalSeen = seen.filter((id) => original.includes(id));
    expect(new Set(seen).size).toBe(seen.length);
    expect(originalSeen.sort()).toEqual([...original].sort());
  });

  it('reads timeline pages through the entries_timeline index, without a full scan or a sort', () => {
    const { core, db } = openJournal();
    for (let n = 0; n < 30; n++) ok(core, 'entries:create', { body: doc(`e${n}`), ownershipLevel: 'task' });
    db.exec('ANALYZE');
    // Capture the statements entries:list really prepares (on the read handle), then ask SQLite how it runs them.
    const prepared: string[] = [];
    const reader = core.reader!;
    const original = reader.prepare.bind(reader);
    const spy = vi.spyOn(reader, 'prepare').mockImplementation((sql: string) => {
      prepared.push(sql);
      return original(sql);
    });
    const first = ok(core, 'entries:list', { limit: 10 });
    ok(core, 'entries:list', { limit: 10, cursor: first.nextCursor! });
    spy.mockRestore();
    const pageQueries = prepared.filter((sql) => /FROM entries e WHERE/.test(sql));
    expect(pageQueries).toHaveLength(2);
    const paramsFor = [[11], ['2026-03-10', first.items[9]!.id, 11]];
    pageQueries.forEach((sql, i) => {
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...paramsFor[i]!) as { detail: string }[])
        .map((r) => r.detail)
        .join('\n');
      expect(plan).toMatch(/USING INDEX entries_timeline/);
      expect(plan).not.toMatch(/TEMP B-TREE/);
      expect(plan).not.toMatch(/^SCAN e$/m);
    });
  });
});
