/** Migration 5: the goal index gains deleted_at, so goal counts read the index only; a journal from version 4 keeps its goals and counts. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from './api';
import { MIGRATIONS } from './migrations';
import { doc, fixedClock, ok, tempDir } from './test-helpers';

describe('goal index migration', () => {
  it('upgrades a version 4 journal: the same goals and live counts, counted from the index alone', () => {
    const path = join(tempDir(), 'journal.sqlite');
    const version = MIGRATIONS.find((m) => m.name === 'goal-index-deleted-at')!.version;
    const old = openCore(path, { clock: fixedClock(), migrations: MIGRATIONS.filter((m) => m.version < version) });
    const goal = ok(old, 'goals:create', { title: 'Ship search' });
    const other = ok(old, 'goals:create', { title: 'Hire' });
    const kept = ok(old, 'entries:create', { body: doc('Indexed the notes'), ownershipLevel: 'project', goalId: goal.id });
    ok(old, 'entries:create', { body: doc('Ranked the hits'), ownershipLevel: 'task', goalId: goal.id });
    const trashed = ok(old, 'entries:create', { body: doc('Dead end'), ownershipLevel: 'task', goalId: goal.id });
    ok(old, 'entries:delete', { id: trashed.id });
    ok(old, 'entries:create', { body: doc('Interviewed'), ownershipLevel: 'task', goalId: other.id });
    const before = ok(old, 'goals:list', {}).map((g) => [g.title, g.entryCount]);
    expect(before).toEqual([
      ['Hire', 1],
      ['Ship search', 2],
    ]);
    old.close();

    const core = openCore(path, { clock: fixedClock() });
    try {
      expect(core.db.pragma('user_version', { simple: true })).toBeGreaterThanOrEqual(version);
      expect(ok(core, 'goals:list', {}).map((g) => [g.title, g.entryCount])).toEqual(before);
      const plan = core.db
        .prepare(`EXPLAIN QUERY PLAN SELECT count(*) FROM entries e WHERE e.goal_id = ? AND e.deleted_at IS NULL`)
        .all(goal.id) as { detail: string }[];
      expect(plan.map((r) => r.detail).join('\n')).toMatch(/COVERING INDEX entries_goal/);
      // Counts follow the trash both ways after the upgrade.
      ok(core, 'entries:restore', { id: trashed.id });
      ok(core, 'entries:delete', { id: kept.id });
      expect(ok(core, 'goals:list', {}).find((g) => g.id === goal.id)?.entryCount).toBe(2);
      // Unlinking a deleted goal still finds trashed entries through the index.
      ok(core, 'goals:delete', { id: other.id });
      expect(ok(core, 'goals:list', {}).map((g) => g.title)).toEqual(['Ship search']);
    } finally {
      core.close();
    }
  });
});
