/**
 * The figures kept by migration 6 (../migrations/006-seen-figures.ts) must always equal a computation from
 * scratch over the links: random sequences of every write that can change who saw what
 * (create, update of day, level, viewers and mentions, trash, restore, purge, a person's
 * direction, archive, unarchive, delete), checked after each step through the map, the radar
 * and people:list, and against the kept tables rebuilt from the links.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Entry } from '../../../common/contract';
import { DIRECTIONS, OWNERSHIP_LEVELS, type Direction, type OwnershipLevel } from '../../../common/vocabulary';
import { openCore } from '../api';
import type { Db } from '../db';
import { MIGRATIONS } from '../migrations';
import { docOf, fixedClock, mention, ok, openJournal, paragraph, rng, tempDir } from '../test-helpers';
import { daysAfter, daysBefore } from './days';
import { levelOfRank, rankSql } from './figures';

const TODAY = '2026-03-10';

/** The links of live entries, dated up to today: the figures' definition. */
const LIVE = `
  SELECT es.stakeholder_id, e.seq, e.occurred_on, ${rankSql('e')} AS rank
  FROM entry_stakeholders es JOIN entries e ON e.seq = es.entry_seq
  WHERE e.deleted_at IS NULL AND e.occurred_on <= :today`;

function windows(today: string) {
  return { today, d30: daysBefore(today, 30), d90: daysBefore(today, 90) };
}

interface Figures {
  lastSeenOn: string | null;
  seen30: number;
  seen90: number;
  seenTotal: number;
  highestLevel: OwnershipLevel | null;
}

type RefRow = { last_seen: string | null; total: number; seen30: number; seen90: number; top_rank: number | null };

function figures(r: RefRow): Figures {
  return {
    lastSeenOn: r.last_seen,
    seen30: r.seen30,
    seen90: r.seen90,
    seenTotal: r.total,
    highestLevel: levelOfRank(r.top_rank),
  };
}

/** Every active person's figures, from scratch. */
function refPeople(db: Db, today: string): Record<string, Figures> {
  const rows = db
    .prepare(
      `SELECT s.id, max(v.occurred_on) AS last_seen, count(v.seq) AS total,
         count(CASE WHEN v.occurred_on >= :d30 THEN 1 END) AS seen30,
         count(CASE WHEN v.occurred_on >= :d90 THEN 1 END) AS seen90, max(v.rank) AS top_rank
       FROM stakeholders s LEFT JOIN (${LIVE}) v ON v.stakeholder_id = s.id
       WHERE s.archived_at IS NULL GROUP BY s.id`,
    )
    .all(windows(today)) as (RefRow & { id: string })[];
  return Object.fromEntries(rows.map((r) => [r.id, figures(r)]));
}

/** Every direction with active people, from scratch (distinct entries). */
function refDirections(db: Db, today: string): Record<string, Figures & { people: number; reached90: number }> {
  const rows = db
    .prepare(
      `SELECT s.direction, count(DISTINCT s.id) AS people,
         count(DISTINCT CASE WHEN v.occurred_on >= :d90 THEN s.id END) AS reached90,
         max(v.occurred_on) AS last_seen, count(DISTINCT v.seq) AS total,
         count(DISTINCT CASE WHEN v.occurred_on >= :d30 THEN v.seq END) AS seen30,
         count(DISTINCT CASE WHEN v.occurred_on >= :d90 THEN v.seq END) AS seen90, max(v.rank) AS top_rank
       FROM stakeholders s LEFT JOIN (${LIVE}) v ON v.stakeholder_id = s.id
       WHERE s.archived_at IS NULL GROUP BY s.direction`,
    )
    .all(windows(today)) as (RefRow & { direction: string; people: number; reached90: number })[];
  return Object.fromEntries(rows.map((r) => [r.direction, { ...figures(r), people: r.people, reached90: r.reached90 }]));
}

/** Every person (archived too) with what people:list shows they saw (live entries, any day). */
function refList(db: Db): Record<string, { entriesSeen: number; lastSeenOn: string | null; highestLevelSeen: OwnershipLevel | null }> {
  const rows = db
    .prepare(
      `SELECT s.id, count(e.seq) AS n, max(e.occurred_on) AS last_seen, max(${rankSql('e')}) AS top_rank
       FROM stakeholders s LEFT JOIN entry_stakeholders es ON es.stakeholder_id = s.id
         LEFT JOIN entries e ON e.seq = es.entry_seq AND e.deleted_at IS NULL
       GROUP BY s.id`,
    )
    .all() as { id: string; n: number; last_seen: string | null; top_rank: number | null }[];
  return Object.fromEntries(
    rows.map((r) => [r.id, { entriesSeen: r.n, lastSeenOn: r.last_seen, highestLevelSeen: levelOfRank(r.top_rank) }]),
  );
}

/** The kept tables, and the same tables rebuilt from the links (as the migration's backfill does). */
function keptTables(db: Db) {
  const q = (sql: string) => db.prepare(sql).all();
  return {
    links: q('SELECT stakeholder_id, occurred_on, entry_seq, rank FROM seen_links ORDER BY 1, 2, 3'),
    ranks: q('SELECT stakeholder_id, rank, n FROM seen_ranks ORDER BY 1, 2'),
    directions: q('SELECT entry_seq, direction FROM seen_direction_entries ORDER BY 1, 2'),
    totals: q('SELECT direction, n FROM seen_direction_totals WHERE n > 0 ORDER BY 1'),
  };
}

function rebuiltTables(db: Db) {
  const q = (sql: string) => db.prepare(sql).all();
  const live = `SELECT es.stakeholder_id, e.occurred_on, e.seq AS entry_seq, ${rankSql('e')} AS rank
    FROM entry_stakeholders es JOIN entries e ON e.seq = es.entry_seq WHERE e.deleted_at IS NULL`;
  const dirs = `SELECT DISTINCT l.entry_seq, s.direction FROM (${live}) l JOIN stakeholders s ON s.id = l.stakeholder_id
    WHERE s.archived_at IS NULL`;
  return {
    links: q(`${live} ORDER BY 1, 2, 3`),
    ranks: q(`SELECT stakeholder_id, rank, count(*) AS n FROM (${live}) GROUP BY 1, 2 ORDER BY 1, 2`),
    directions: q(`${dirs} ORDER BY 1, 2`),
    totals: q(`SELECT direction, count(*) AS n FROM (${dirs}) GROUP BY 1 ORDER BY 1`),
  };
}

/** Checks every view of the figures against the computation from scratch, as of `today`. */
function expectFiguresMatch(core: ReturnType<typeof openCore>, today: string): void {
  const db = core.db;
  const map = ok(core, 'visibility:map', { today });
  const mapFigures = Object.fromEntries(
    map.people.map((p) => [
      p.id,
      { lastSeenOn: p.lastSeenOn, seen30: p.seen30, seen90: p.seen90, seenTotal: p.seenTotal, highestLevel: p.highestLevel },
    ]),
  );
  expect(mapFigures).toEqual(refPeople(db, today));
  const radar = ok(core, 'visibility:radar', { today });
  const refDirs = refDirections(db, today);
  for (const d of radar.directions) {
    const ref = refDirs[d.direction];
    const got = {
      lastSeenOn: d.lastSeenOn,
      seen30: d.seen30,
      seen90: d.seen90,
      seenTotal: d.seenTotal,
      highestLevel: d.highestLevel,
      people: d.people,
      reached90: d.reached90,
    };
    expect(got, d.direction).toEqual(
      ref ?? { lastSeenOn: null, seen30: 0, seen90: 0, seenTotal: 0, highestLevel: null, people: 0, reached90: 0 },
    );
  }
  for (const k of radar.keyDeciders) expect(k.seenTotal).toBe(refPeople(db, today)[k.stakeholderId]!.seenTotal);
  const list = Object.fromEntries(
    ok(core, 'people:list', { includeArchived: true }).map((p) => [
      p.id,
      { entriesSeen: p.entriesSeen, lastSeenOn: p.lastSeenOn, highestLevelSeen: p.highestLevelSeen },
    ]),
  );
  expect(list).toEqual(refList(db));
}

interface Person {
  id: string;
  name: string;
  archived: boolean;
}

/** Runs `steps` random writes on a fresh journal, checking the figures after each. */
function randomRun(seed: number, steps: number): void {
  const { core } = openJournal({ clock: fixedClock() });
  const r = rng(seed);
  const people: Person[] = [];
  let live: Entry[] = [];
  let trashed: Entry[] = [];
  let named = 0;
  const day = () => daysAfter(TODAY, r.int(130) - 120); // some entries dated after today
  const level = (): OwnershipLevel => r.pick(OWNERSHIP_LEVELS);
  const active = () => people.filter((p) => !p.archived);
  const viewers = () => {
    const pool = active();
    return [...new Set(Array.from({ length: r.int(4) }, () => (pool.length ? r.pick(pool).id : null)))]
      .filter((id): id is string => id !== null)
      .map((stakeholderId) => ({ stakeholderId, channel: r.next() < 0.5 ? ('meeting' as const) : null }));
  };
  const body = (mentioned: Person | undefined) =>
    docOf(paragraph('Shipped the thing', ...(mentioned ? [' with ', mention(mentioned.id, mentioned.name)] : [])));
  const replace = (e: Entry) => {
    live = live.map((x) => (x.id === e.id ? e : x));
  };
  const addPerson = () => {
    const name = `Person ${++named}`;
    const p = ok(core, 'people:create', { name, direction: r.pick(DIRECTIONS), keyDecider: r.next() < 0.3 });
    people.push({ id: p.id, name, archived: false });
  };
  for (let i = 0; i < 4; i++) addPerson();

  const ops: [number, () => void][] = [
    [6, () => {
      const pool = active();
      const mentioned = pool.length && r.next() < 0.3 ? r.pick(pool) : undefined;
      live.push(ok(core, 'entries:create', { body: body(mentioned), occurredOn: day(), ownershipLevel: level(), seenBy: viewers() }));
    }],
    [3, () => {
      if (!live.length) return;
      const e = r.pick(live);
      const change = r.int(4);
      if (change === 0) replace(ok(core, 'entries:update', { id: e.id, revision: e.revision, occurredOn: day() }));
      else if (change === 1 && r.next() < 0.2) {
        // Unrated entries (rank 0) come only from older journals and imports: written directly.
        core.db.prepare('UPDATE entries SET level = NULL, revision = revision + 1 WHERE id = ?').run(e.id);
        replace(ok(core, 'entries:get', { id: e.id }));
      } else if (change === 1) replace(ok(core, 'entries:update', { id: e.id, revision: e.revision, ownershipLevel: level() }));
      else if (change === 2) replace(ok(core, 'entries:update', { id: e.id, revision: e.revision, seenBy: viewers() }));
      // Editing the text drops people who were there only by a mention.
      else replace(ok(core, 'entries:update', { id: e.id, revision: e.revision, body: body(undefined), occurredOn: day() }));
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
    [1, addPerson],
    [1, () => {
      if (!people.length) return;
      ok(core, 'people:update', { id: r.pick(people).id, direction: r.pick(DIRECTIONS) });
    }],
    [1, () => {
      const p = people.length ? r.pick(people) : undefined;
      if (!p) return;
      ok(core, p.archived ? 'people:unarchive' : 'people:archive', { id: p.id });
      p.archived = !p.archived;
    }],
    [0.4, () => {
      if (people.length < 3) return;
      const p = r.pick(people);
      ok(core, 'people:delete', { id: p.id });
      people.splice(people.indexOf(p), 1);
      // Their links went with them; the in-memory entries are refreshed on next use.
      live = live.map((e) => ok(core, 'entries:get', { id: e.id }));
    }],
  ];
  const weight = ops.reduce((s, [w]) => s + w, 0);
  for (let step = 0; step < steps; step++) {
    let x = r.next() * weight;
    const op = ops.find(([w]) => (x -= w) < 0) ?? ops[0]!;
    op[1]();
    expect(keptTables(core.db), `step ${step}`).toEqual(rebuiltTables(core.db));
    expectFiguresMatch(core, TODAY);
    if (step % 10 === 0) expectFiguresMatch(core, daysBefore(TODAY, r.int(60)));
  }
  expect(live.length + trashed.length).toBeGreaterThan(0);
}

describe('seen figures kept by triggers', () => {
  it.each([1, 2, 3])('equal a computation from scratch through random writes (seed %i)', (seed) => {
    randomRun(seed, 150);
  });

  it('counts an entry once per direction however many of its people saw it, and follows archive', () => {
    const { core } = openJournal({ clock: fixedClock() });
    const ana = ok(core, 'people:create', { name: 'Ana', direction: 'up' });
    const ben = ok(core, 'people:create', { name: 'Ben', direction: 'up' });
    const both = [{ stakeholderId: ana.id }, { stakeholderId: ben.id }];
    ok(core, 'entries:create', { body: docOf(paragraph('Launch')), ownershipLevel: 'project', seenBy: both });
    ok(core, 'entries:create', { body: docOf(paragraph('Later')), ownershipLevel: 'leverage', occurredOn: '2026-04-01', seenBy: both });
    const up = () => ok(core, 'visibility:radar', { today: TODAY }).directions.find((d) => d.direction === 'up')!;
    expect([up().seenTotal, up().highestLevel, up().people]).toEqual([1, 'project', 2]);
    ok(core, 'people:archive', { id: ana.id });
    expect([up().seenTotal, up().people]).toEqual([1, 1]);
    ok(core, 'people:archive', { id: ben.id });
    expect(ok(core, 'visibility:radar', { today: TODAY }).directions.find((d) => d.direction === 'up')!.people).toBe(0);
    // Archived people keep their history in the people list: the future entry counts there.
    expect(ok(core, 'people:get', { id: ana.id })).toMatchObject({ entriesSeen: 2, highestLevelSeen: 'leverage' });
    expectFiguresMatch(core, TODAY);
  });
});

describe('seen figures after a restore and an import', () => {
  it('are rebuilt from the restored links, and filled by a JSON import', () => {
    const { core, clock, dir } = openJournal({ clock: fixedClock() });
    const ana = ok(core, 'people:create', { name: 'Ana', direction: 'up' });
    const bo = ok(core, 'people:create', { name: 'Bo', direction: 'down' });
    const seen = (ids: string[]) => ids.map((stakeholderId) => ({ stakeholderId }));
    ok(core, 'entries:create', { body: docOf(paragraph('Kept')), ownershipLevel: 'value', seenBy: seen([ana.id, bo.id]) });
    const backup = ok(core, 'data:backupNow', {});
    clock.advance(60_000);
    ok(core, 'entries:create', { body: docOf(paragraph('After')), ownershipLevel: 'leverage', seenBy: seen([ana.id]) });
    ok(core, 'people:update', { id: bo.id, direction: 'sideways' });
    ok(core, 'data:restoreBackup', { file: backup.file });
    expect(keptTables(core.db)).toEqual(rebuiltTables(core.db));
    expect(ok(core, 'people:get', { id: ana.id })).toMatchObject({ entriesSeen: 1, highestLevelSeen: 'value' });
    expectFiguresMatch(core, TODAY);

    const out = join(dir, 'export.json');
    ok(core, 'data:exportJson', { path: out });
    const fresh = openJournal({ clock: fixedClock() });
    ok(fresh.core, 'data:importCommit', { path: out });
    expect(keptTables(fresh.db)).toEqual(keptTables(core.db));
    expectFiguresMatch(fresh.core, TODAY);
  });
});

describe('seen figures migration', () => {
  it('upgrades a version 5 journal: the kept figures equal the links it already had', () => {
    const path = join(tempDir(), 'journal.sqlite');
    const version = MIGRATIONS.find((m) => m.name === 'seen-figures')!.version;
    const old = openCore(path, { clock: fixedClock(), migrations: MIGRATIONS.filter((m) => m.version < version) });
    const add = (name: string, direction: Direction, archived: boolean) => {
      const id = `0190a5b2-0000-7000-8000-${String(100000000000 + name.length * 7 + direction.length).slice(0, 12)}`;
      old.db
        .prepare(
          `INSERT INTO stakeholders (id, name, name_key, direction, created_at, updated_at, archived_at)
           VALUES (?, ?, ?, ?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z', ?)`,
        )
        .run(id, name, name.toLowerCase(), direction, archived ? '2026-02-01T00:00:00.000Z' : null);
      return id;
    };
    const ids = [add('Ana', 'up', false), add('Bo', 'sideways', false), add('Chidi', 'up', true)];
    const r = rng(7);
    const entries: Entry[] = [];
    for (let i = 0; i < 40; i++) {
      const seenBy = ids.filter(() => r.next() < 0.5).map((stakeholderId) => ({ stakeholderId }));
      entries.push(
        ok(old, 'entries:create', {
          body: docOf(paragraph(`Entry ${i}`)),
          occurredOn: daysAfter(TODAY, r.int(200) - 190),
          ownershipLevel: r.pick(OWNERSHIP_LEVELS),
          seenBy,
        }),
      );
    }
    for (const e of entries.slice(0, 5)) ok(old, 'entries:delete', { id: e.id });
    old.close();

    const core = openCore(path, { clock: fixedClock() });
    try {
      expect(core.db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(version);
      expect(keptTables(core.db)).toEqual(rebuiltTables(core.db));
      expect(keptTables(core.db).links.length).toBeGreaterThan(20);
      expectFiguresMatch(core, TODAY);
      // And the triggers run from then on.
      ok(core, 'entries:restore', { id: entries[0]!.id });
      ok(core, 'entries:delete', { id: entries[10]!.id });
      expect(keptTables(core.db)).toEqual(rebuiltTables(core.db));
      expectFiguresMatch(core, TODAY);
    } finally {
      core.close();
    }
  });
});
