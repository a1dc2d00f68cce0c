/**
 * Keeps the benchmark harness from rotting: generates a tiny journal, runs every metric once
 * and checks what the results file holds. No timing is asserted (speed is for `npm run bench`).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { openCore } from '../main/core/api';
import { generateJournal, peopleFor } from './generate';
import { cachedJournal } from './journal-cache';
import { type Metric, writeResults } from './report';
import { runSuite } from './suite';

const SIZE = 150;
const dir = mkdtempSync(join(tmpdir(), 'scopebook-bench-smoke-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** What the generator wrote, without the random parts (ids, creation instants): must depend on the seed only. */
function contentHash(path: string): string {
  const db = new Database(path, { readonly: true });
  const rows = db
    .prepare(
      `SELECT e.occurred_on, e.title, e.body_text, e.level, e.impact, e.starred, e.deleted_at IS NOT NULL,
         (SELECT group_concat(t.name) FROM entry_tags et JOIN tags t ON t.id = et.tag_id WHERE et.entry_seq = e.seq),
         (SELECT group_concat(s.name) FROM entry_stakeholders es JOIN stakeholders s ON s.id = es.stakeholder_id WHERE es.entry_seq = e.seq)
       FROM entries e ORDER BY e.seq`,
    )
    .raw()
    .all();
  db.close();
  return createHash('sha256').update(JSON.stringify(rows)).digest('hex');
}

describe('benchmark journal generator', () => {
  it('writes the entries, people, goals, tags and viewers it says, the same for the same seed', () => {
    const a = join(dir, 'a.sqlite');
    const info = generateJournal(a, { size: SIZE, seed: 7, batch: null });
    expect(info.liveEntries + info.trashedEntries).toBe(SIZE);
    expect(info.people).toBe(peopleFor(SIZE));
    expect(info.people).toBeGreaterThanOrEqual(50);

    const core = openCore(a);
    try {
      const count = (input: object) => (core.call('entries:count', input) as { ok: true; value: { count: number } }).value.count;
      expect(count({})).toBe(info.liveEntries);
      expect(count({ trash: true })).toBe(info.trashedEntries);
      const people = (core.call('people:list', { includeArchived: true }) as { ok: true; value: { archivedAt: string | null }[] }).value;
      expect(people).toHaveLength(info.people);
      expect(people.filter((p) => p.archivedAt !== null)).toHaveLength(info.archivedPeople);
      expect((core.call('goals:list', {}) as { ok: true; value: unknown[] }).value).toHaveLength(info.goals);
      expect((core.call('tags:list', {}) as { ok: true; value: unknown[] }).value.length).toBeGreaterThan(5);
      const linked = core.db.prepare('SELECT count(DISTINCT entry_seq) FROM entry_stakeholders').pluck().get() as number;
      expect(linked).toBeGreaterThan(SIZE / 3);
      const span = core.db.prepare('SELECT min(occurred_on), max(occurred_on) FROM entries').raw().get() as [string, string];
      expect(span[1] <= info.to && span[0] >= '2024-01-01').toBe(true);
    } finally {
      core.close();
    }

    const b = join(dir, 'b.sqlite');
    generateJournal(b, { size: SIZE, seed: 7, batch: 40 });
    expect(contentHash(b)).toBe(contentHash(a));
    const c = join(dir, 'c.sqlite');
    generateJournal(c, { size: SIZE, seed: 8, batch: 40 });
    expect(contentHash(c)).not.toBe(contentHash(a));
  });
});

describe('benchmark suite', () => {
  it('measures every metric once and writes them in the results format', () => {
    const journal = cachedJournal(SIZE, 7, 50, { dir });
    expect(journal.fresh).toBe(true);
    expect(cachedJournal(SIZE, 7, 50, { dir }).fresh).toBe(false);
    const metrics = runSuite(journal, { runsScale: 0, log: () => {} });

    const names = metrics.map((m) => m.name);
    for (const expected of [
      'write.bulk-create',
      'open.cold-first-page',
      'open.cold-process-wall',
      'db.file-size',
      'timeline.first-page',
      'timeline.deep-page',
      'timeline.filtered.first-page',
      'list.people',
      'list.tags',
      'list.goals',
      'growth.scope-month',
      'growth.scope-quarter',
      'growth.visibility-quarter',
      'growth.quiet-year',
      'growth.themes-year',
      'search.common',
      'search.common.filtered',
      'search.common.recent',
      'search.single',
      'search.prefix',
      'search.phrase',
      'search.rare',
      'review.last-year',
      'review.all-time',
      'export.json',
      'write.create',
      'write.update',
    ]) {
      expect(names).toContain(expected);
    }
    for (const m of metrics) {
      expect(m.entries).toBe(SIZE);
      for (const v of [m.p50, m.p95, m.max]) expect(Number.isFinite(v) && v >= 0, `${m.name}: ${v}`).toBe(true);
      expect(m.p50 <= m.p95 && m.p95 <= m.max, m.name).toBe(true);
      if (m.unit === 'ms' && !m.name.startsWith('open.cold-process')) expect(m.floor_p50, m.name).toBeGreaterThanOrEqual(0);
    }

    const out = join(dir, 'results.json');
    writeResults(out, metrics, { kind: 'core' });
    writeResults(out, [metrics[0]!], { kind: 'core' });
    const file = JSON.parse(readFileSync(out, 'utf8')) as { runs: Record<string, unknown>; metrics: Metric[] };
    expect(file.metrics).toHaveLength(metrics.length);
    expect(Object.keys(file.runs)).toEqual(['core']);
    for (const m of file.metrics) {
      expect(Object.keys(m)).toEqual(expect.arrayContaining(['name', 'entries', 'unit', 'p50', 'p95', 'max']));
    }
  });
});
