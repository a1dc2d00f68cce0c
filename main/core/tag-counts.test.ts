/**
 * The tag counts kept by triggers (tag-counts.ts) must always equal a count from scratch:
 * random sequences of every write that changes which live entries carry which tag (create,
 * retag, trash, restore, purge, rename, merge, a restore that copies a whole journal), checked
 * through tags:list after each step; and a journal from before the counts gets them on upgrade.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../common/contract';
import { openCore } from './api';
import type { Db } from './db';
import { MIGRATIONS } from './migrations';
import { replaceAllRows } from './safety/copy-tables';
import { doc, fixedClock, ok, openJournal, rng, tempDir } from './test-helpers';

/** tags:list's definition: live entries per tag, tags with none left out, most used first. */
function fromScratch(db: Db): { name: string; count: number }[] {
  return db
    .prepare(
      `SELECT t.name, count(*) AS count FROM tags t JOIN entry_tags et ON et.tag_id = t.id
       JOIN entries e ON e.seq = et.entry_seq AND e.deleted_at IS NULL
       GROUP BY t.id ORDER BY count DESC, t.name`,
    )
    .all() as { name: string; count: number }[];
}

const NAMES = ['platform', 'hiring', 'search', 'ops', 'c++', 'node.js', 'q3'];

function randomRun(seed: number, steps: number): void {
  const { core } = openJournal({ clock: fixedClock() });
  const r = rng(seed);
  let live: Entry[] = [];
  let trashed: Entry[] = [];
  const tags = () => [...new Set(Array.from({ length: r.int(4) }, () => r.pick(NAMES)))];
  const ops: [number, () => void][] = [
    [6, () => void live.push(ok(core, 'entries:create', { body: doc('Worked on it'), ownershipLevel: 'task', tags: tags() }))],
    [3, () => {
      if (!live.length) return;
      const e = r.pick(live);
      const next = ok(core, 'entries:update', { id: e.id, revision: e.revision, tags: tags() });
      live = live.map((x) => (x.id === e.id ? next : x));
    }],
    [2, () => {
      if (!live.length) return;
      const e = r.pick(live);
      trashed.push(ok(core, 'entries:delete', { id: e.id }));
      live = live.filter((x) => x.id !== e.id);
    }],
    [1, () => {
      if (!trashed.length) return;
      const e = r.pick(trashed);
      live.push(ok(core, 'entries:restore', { id: e.id }));
      trashed = trashed.filter((x) => x.id !== e.id);
    }],
    [1, () => {
      if (!trashed.length) return;
      const e = r.pick(trashed);
      ok(core, 'entries:purge', { ids: [e.id] });
      trashed = trashed.filter((x) => x.id !== e.id);
    }],
    [0.5, () => {
      const listed = ok(core, 'tags:list', {});
      if (!listed.length) return;
      const from = r.pick(listed).name;
      const to = `${from}-${r.int(1000)}`;
      ok(core, 'tags:rename', { from, to });
      NAMES.push(to);
    }],
    [0.5, () => {
      const listed = ok(core, 'tags:list', {});
      if (listed.length < 2) return;
      ok(core, 'tags:merge', { from: [listed[0]!.name], into: listed[1]!.name });
    }],
  ];
  const total = ops.reduce((s, [w]) => s + w, 0);
  for (let i = 0; i < steps; i++) {
    let x = r.next() * total;
    const op = ops.find(([w]) => (x -= w) < 0)?.[1] ?? ops[0]![1];
    op();
    expect(ok(core, 'tags:list', {}), `seed ${seed}, step ${i}`).toEqual(fromScratch(core.db));
  }
  // Entries and their links re-read from the journal (renames and merges changed the tags).
  live = live.map((e) => ok(core, 'entries:get', { id: e.id }));
  // A restore copies every row of another journal and rebuilds the counts from them.
  const other = openJournal({ clock: fixedClock() });
  ok(other.core, 'entries:create', { body: doc('Elsewhere'), ownershipLevel: 'task', tags: ['elsewhere', 'platform'] });
  core.db.transaction(() => replaceAllRows(other.core.db, core.db))();
  expect(ok(core, 'tags:list', {})).toEqual([
    { name: 'elsewhere', count: 1 },
    { name: 'platform', count: 1 },
  ]);
  expect(ok(core, 'tags:list', {})).toEqual(fromScratch(core.db));
}

describe('tag counts kept by triggers', () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    it(`equal a count from scratch after every write (seed ${seed})`, () => randomRun(seed, 120));
  }

  it('are filled when a journal from before them is upgraded, and follow the trash after', () => {
    const path = join(tempDir(), 'journal.sqlite');
    const version = MIGRATIONS.find((m) => m.name === 'tag-counts')!.version;
    const old = openCore(path, { clock: fixedClock(), migrations: MIGRATIONS.filter((m) => m.version < version) });
    ok(old, 'entries:create', { body: doc('One'), ownershipLevel: 'task', tags: ['platform', 'ops'] });
    const second = ok(old, 'entries:create', { body: doc('Two'), ownershipLevel: 'task', tags: ['platform'] });
    const gone = ok(old, 'entries:create', { body: doc('Three'), ownershipLevel: 'task', tags: ['trashed-only'] });
    ok(old, 'entries:delete', { id: gone.id });
    old.close();

    const core = openCore(path, { clock: fixedClock() });
    try {
      expect(ok(core, 'tags:list', {})).toEqual([
        { name: 'platform', count: 2 },
        { name: 'ops', count: 1 },
      ]);
      ok(core, 'entries:delete', { id: second.id });
      ok(core, 'entries:restore', { id: gone.id });
      expect(ok(core, 'tags:list', {})).toEqual([
        { name: 'ops', count: 1 },
        { name: 'platform', count: 1 },
        { name: 'trashed-only', count: 1 },
      ]);
    } finally {
      core.close();
    }
  });
});
