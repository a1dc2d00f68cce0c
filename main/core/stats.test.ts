import { describe, expect, it } from 'vitest';
import type { Core } from './api';
import { doc, fails, fixedClock, ok, openJournal } from './test-helpers';

type Level = 'task' | 'milestone' | 'project' | 'value' | 'leverage';

function on(core: Core, occurredOn: string, ownershipLevel: Level = 'task', extra: Record<string, unknown> = {}) {
  return ok(core, 'entries:create', { body: doc(occurredOn), occurredOn, ownershipLevel, ...extra });
}

describe('activity', () => {
  it('has every day of the range, zero where nothing was written, trashed entries left out', () => {
    const { core } = openJournal();
    on(core, '2026-02-27');
    on(core, '2026-03-01');
    on(core, '2026-03-01');
    on(core, '2026-02-20'); // outside the range
    ok(core, 'entries:delete', { id: on(core, '2026-02-28').id });
    const activity = ok(core, 'stats:activity', { from: '2026-02-26', to: '2026-03-02', today: '2026-03-02' });
    expect(activity.days).toEqual([
      { day: '2026-02-26', count: 0 },
      { day: '2026-02-27', count: 1 },
      { day: '2026-02-28', count: 0 },
      { day: '2026-03-01', count: 2 },
      { day: '2026-03-02', count: 0 },
    ]);
    expect(activity.longestStreak).toBe(1);
    expect(activity.currentStreak).toBe(1);
  });

  it('counts the current streak up to today, or up to yesterday while today is still blank', () => {
    const { core } = openJournal({ clock: fixedClock(new Date(2026, 2, 10, 9, 0)) });
    for (const day of ['2026-03-05', '2026-03-07', '2026-03-08', '2026-03-09']) on(core, day);
    on(core, '2026-03-12'); // in the future: not part of today's streak
    const range = { from: '2026-03-01', to: '2026-03-31' };
    // today defaults to the clock's local day (10 March, nothing written yet).
    expect(ok(core, 'stats:activity', range).currentStreak).toBe(3);
    on(core, '2026-03-10');
    expect(ok(core, 'stats:activity', range).currentStreak).toBe(4);
    expect(ok(core, 'stats:activity', { ...range, today: '2026-03-11' }).currentStreak).toBe(4);
    expect(ok(core, 'stats:activity', { ...range, today: '2026-03-12' }).currentStreak).toBe(1);
    expect(ok(core, 'stats:activity', { ...range, today: '2026-03-06' }).currentStreak).toBe(1);
    expect(ok(core, 'stats:activity', { ...range, today: '2026-03-04' }).currentStreak).toBe(0);
  });

  it('counts the current streak beyond the range, the longest streak within it', () => {
    const { core } = openJournal();
    for (const day of ['2026-01-30', '2026-01-31', '2026-02-01', '2026-02-02', '2026-02-10']) on(core, day);
    const feb = ok(core, 'stats:activity', { from: '2026-02-01', to: '2026-02-28', today: '2026-02-02' });
    expect(feb.currentStreak).toBe(4);
    expect(feb.longestStreak).toBe(2);
    expect(feb.days).toHaveLength(28);
  });

  it('validates the range', () => {
    const { core } = openJournal();
    const reversed = fails(core, 'stats:activity', { from: '2026-03-02', to: '2026-03-01' }, 'invalid_input');
    expect(reversed.field).toBe('to');
    fails(core, 'stats:activity', { from: '2026-02-30', to: '2026-03-01' }, 'invalid_input');
    fails(core, 'stats:activity', { from: '1900-01-01', to: '2999-12-31' }, 'invalid_input');
    expect(ok(core, 'stats:activity', { from: '2026-03-01', to: '2026-03-01' }).days).toHaveLength(1);
  });
});

describe('levels by month', () => {
  it('counts each level and "unset" for every month of the range', () => {
    const { core, db } = openJournal();
    on(core, '2025-12-31', 'leverage'); // before the range
    on(core, '2026-01-05', 'task');
    on(core, '2026-01-20', 'task');
    on(core, '2026-01-21', 'project');
    on(core, '2026-03-01', 'value');
    const unrated = on(core, '2026-03-02', 'task');
    db.prepare('UPDATE entries SET level = NULL WHERE id = ?').run(unrated.id);
    ok(core, 'entries:delete', { id: on(core, '2026-03-03', 'leverage').id });
    on(core, '2026-04-16', 'milestone'); // after the range's last day
    const months = ok(core, 'stats:levelsByMonth', { from: '2026-01-01', to: '2026-04-15' });
    const zero = { task: 0, milestone: 0, project: 0, value: 0, leverage: 0, unset: 0 };
    expect(months).toEqual([
      { month: '2026-01', counts: { ...zero, task: 2, project: 1 }, total: 3 },
      { month: '2026-02', counts: zero, total: 0 },
      { month: '2026-03', counts: { ...zero, value: 1, unset: 1 }, total: 2 },
      { month: '2026-04', counts: zero, total: 0 },
    ]);
  });
});

describe('visibility', () => {
  it('reports every direction, in order, with people, reach, entries and last seen', () => {
    const { core } = openJournal();
    const boss = ok(core, 'people:create', { name: 'Boss', direction: 'up' });
    const peerA = ok(core, 'people:create', { name: 'Peer A', direction: 'sideways' });
    ok(core, 'people:create', { name: 'Peer B', direction: 'sideways' });
    const gone = ok(core, 'people:create', { name: 'Gone', direction: 'sideways' });
    ok(core, 'people:create', { name: 'Report', direction: 'down' });
    const seen = (...ids: string[]) => ({ seenBy: ids.map((stakeholderId) => ({ stakeholderId })) });
    on(core, '2026-02-01', 'task', seen(boss.id, peerA.id));
    on(core, '2026-02-15', 'task', seen(peerA.id));
    on(core, '2026-02-20', 'task', seen(gone.id));
    on(core, '2026-01-15', 'task', seen(boss.id)); // before the range
    ok(core, 'entries:delete', { id: on(core, '2026-02-25', 'task', seen(boss.id)).id });
    ok(core, 'people:archive', { id: gone.id });

    const visibility = ok(core, 'stats:visibility', { from: '2026-02-01', to: '2026-02-28' });
    expect(visibility).toEqual([
      { direction: 'up', people: 1, peopleReached: 1, entries: 1, lastSeenOn: '2026-02-01' },
      { direction: 'skip-level', people: 0, peopleReached: 0, entries: 0, lastSeenOn: null },
      { direction: 'diagonal-up', people: 0, peopleReached: 0, entries: 0, lastSeenOn: null },
      // Archived people no longer count as people to reach, but what they saw still happened.
      { direction: 'sideways', people: 2, peopleReached: 1, entries: 3, lastSeenOn: '2026-02-20' },
      { direction: 'down', people: 1, peopleReached: 0, entries: 0, lastSeenOn: null },
      { direction: 'outside', people: 0, peopleReached: 0, entries: 0, lastSeenOn: null },
    ]);
  });
});

describe('the onboarding example entry', () => {
  it('never counts: no streak, no day journaled, no level in a month, no review entry', () => {
    const { core } = openJournal();
    on(core, '2026-03-10', 'milestone', { example: true });
    const activity = ok(core, 'stats:activity', { from: '2026-03-01', to: '2026-03-31', today: '2026-03-10' });
    expect(activity.currentStreak).toBe(0);
    expect(activity.days.every((d) => d.count === 0)).toBe(true);
    const months = ok(core, 'stats:levelsByMonth', { from: '2026-03-01', to: '2026-03-31' });
    expect(months.map((m) => m.total)).toEqual([0]);
    const draft = ok(core, 'reviews:preview', { templateId: 'self-review', period: { preset: 'custom', from: '2026-03-01', to: '2026-03-31' } });
    expect(JSON.stringify(draft)).not.toContain('2026-03-10');
    expect(JSON.stringify(draft)).not.toContain('March 10');
    // A real entry on the same day does count, once.
    on(core, '2026-03-10', 'task');
    expect(ok(core, 'stats:activity', { from: '2026-03-10', to: '2026-03-10', today: '2026-03-10' }).days).toEqual([
      { day: '2026-03-10', count: 1 },
    ]);
  });
});
