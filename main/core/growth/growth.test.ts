import { describe, expect, it } from 'vitest';
import type { Core } from '../api';
import { doc, dumpDb, fails, ok, openJournal } from '../test-helpers';

type Level = 'task' | 'milestone' | 'project' | 'value' | 'leverage';

function on(core: Core, occurredOn: string, ownershipLevel: Level = 'task', seenBy: string[] = []) {
  return ok(core, 'entries:create', {
    body: doc(`Work of ${occurredOn}`),
    occurredOn,
    ownershipLevel,
    seenBy: seenBy.map((stakeholderId) => ({ stakeholderId })),
  });
}

const zero = { task: 0, milestone: 0, project: 0, value: 0, leverage: 0, unset: 0 };

describe('scope over time', () => {
  it('counts each level per quarter over the whole journal, with the highest level per quarter', () => {
    const { core, db } = openJournal(); // today is 2026-03-10
    on(core, '2025-05-02', 'task');
    on(core, '2025-05-20', 'project');
    on(core, '2025-06-30', 'task');
    const unrated = on(core, '2025-06-01', 'task');
    db.prepare('UPDATE entries SET level = NULL WHERE id = ?').run(unrated.id);
    // Nothing in Q3 2025.
    on(core, '2025-10-01', 'milestone');
    on(core, '2025-12-31', 'value');
    ok(core, 'entries:delete', { id: on(core, '2026-01-15', 'leverage').id }); // trashed: not counted
    on(core, '2026-02-01', 'milestone');

    const scope = ok(core, 'growth:scope', {});
    expect(scope.grain).toBe('quarter');
    expect(scope.from).toBe('2025-05-02');
    expect(scope.to).toBe('2026-03-10');
    expect(scope.buckets.map((b) => [b.key, b.from, b.to])).toEqual([
      ['2025-Q2', '2025-05-02', '2025-06-30'],
      ['2025-Q3', '2025-07-01', '2025-09-30'],
      ['2025-Q4', '2025-10-01', '2025-12-31'],
      ['2026-Q1', '2026-01-01', '2026-03-10'],
    ]);
    expect(scope.buckets.map((b) => ({ counts: b.counts, total: b.total, highest: b.highest }))).toEqual([
      { counts: { ...zero, task: 2, project: 1, unset: 1 }, total: 4, highest: 'project' },
      { counts: zero, total: 0, highest: null },
      { counts: { ...zero, milestone: 1, value: 1 }, total: 2, highest: 'value' },
      { counts: { ...zero, milestone: 1 }, total: 1, highest: 'milestone' },
    ]);
    expect(scope.buckets.map((b) => b.quarterHighest)).toEqual(['project', null, 'value', 'milestone']);
    expect(scope.peak).toEqual({ level: 'value', firstOn: '2025-12-31' });
  });

  it('by month, every month of a quarter carries the quarter’s highest level; a range clips the ends', () => {
    const { core } = openJournal();
    on(core, '2025-12-20', 'leverage'); // before the range
    on(core, '2026-01-10', 'task');
    on(core, '2026-02-14', 'project');
    on(core, '2026-04-02', 'milestone');
    on(core, '2026-04-30', 'value'); // after the range
    const scope = ok(core, 'growth:scope', { grain: 'month', from: '2026-01-05', to: '2026-04-20' });
    expect(scope.buckets.map((b) => [b.key, b.from, b.to, b.total, b.highest, b.quarterHighest])).toEqual([
      ['2026-01', '2026-01-05', '2026-01-31', 1, 'task', 'project'],
      ['2026-02', '2026-02-01', '2026-02-28', 1, 'project', 'project'],
      ['2026-03', '2026-03-01', '2026-03-31', 0, null, 'project'],
      ['2026-04', '2026-04-01', '2026-04-20', 1, 'milestone', 'milestone'],
    ]);
    expect(scope.peak).toEqual({ level: 'project', firstOn: '2026-02-14' });
  });

  it('reaches to a future-dated entry, and an empty journal has one empty quarter', () => {
    const empty = openJournal();
    const none = ok(empty.core, 'growth:scope', {});
    expect(none.buckets).toEqual([
      { key: '2026-Q1', from: '2026-03-10', to: '2026-03-10', counts: zero, total: 0, highest: null, quarterHighest: null },
    ]);
    expect(none.peak).toBeNull();

    const { core } = openJournal();
    on(core, '2026-03-01');
    on(core, '2026-07-04', 'milestone');
    const scope = ok(core, 'growth:scope', { grain: 'quarter' });
    expect(scope.to).toBe('2026-07-04');
    expect(scope.buckets.map((b) => [b.key, b.total])).toEqual([
      ['2026-Q1', 1],
      ['2026-Q2', 0],
      ['2026-Q3', 1],
    ]);
  });
});

describe('visibility over time', () => {
  it('counts, per quarter and direction, the entries someone there saw, once however many saw it', () => {
    const { core } = openJournal();
    const ana = ok(core, 'people:create', { name: 'Ana', direction: 'up', keyDecider: true });
    const al = ok(core, 'people:create', { name: 'Al', direction: 'up' });
    const vp = ok(core, 'people:create', { name: 'Vera', direction: 'skip-level', keyDecider: true });
    const bo = ok(core, 'people:create', { name: 'Bo', direction: 'sideways' });
    const old = ok(core, 'people:create', { name: 'Old boss', direction: 'diagonal-up', keyDecider: true });
    const dee = ok(core, 'people:create', { name: 'Dee', direction: 'diagonal-up' });

    on(core, '2025-10-03', 'project', [ana.id, al.id]); // seen by two people up: one entry
    on(core, '2025-11-03', 'task', [al.id, bo.id, dee.id]);
    on(core, '2025-12-03', 'task', [old.id]); // only the person archived below saw it
    on(core, '2025-12-05', 'task', [old.id, dee.id]);
    on(core, '2025-12-04', 'task'); // seen by no one
    on(core, '2026-01-10', 'value', [vp.id, ana.id]);
    ok(core, 'entries:delete', { id: on(core, '2026-02-10', 'task', [bo.id]).id }); // trashed
    ok(core, 'people:archive', { id: old.id }); // what they saw stays

    const vis = ok(core, 'growth:visibility', {});
    expect(vis.buckets.map((b) => b.key)).toEqual(['2025-Q4', '2026-Q1']);
    const [q4, q1] = vis.buckets;
    expect(q4!.total).toBe(5);
    expect(q4!.directions.up).toEqual({ entries: 2, deciderEntries: 1, deciders: [ana.id] });
    expect(q4!.directions.sideways).toEqual({ entries: 1, deciderEntries: 0, deciders: [] });
    expect(q4!.directions['diagonal-up']).toEqual({ entries: 3, deciderEntries: 2, deciders: [old.id] });
    expect(q4!.directions['skip-level'].entries).toBe(0);
    expect(q1!.total).toBe(1);
    expect(q1!.directions.up).toEqual({ entries: 1, deciderEntries: 1, deciders: [ana.id] });
    expect(q1!.directions['skip-level']).toEqual({ entries: 1, deciderEntries: 1, deciders: [vp.id] });
    expect(q1!.directions.sideways.entries).toBe(0);
    expect(vis.keyDeciders).toEqual([
      { id: ana.id, name: 'Ana', direction: 'up', archived: false },
      { id: old.id, name: 'Old boss', direction: 'diagonal-up', archived: true },
      { id: vp.id, name: 'Vera', direction: 'skip-level', archived: false },
    ]);

    // By month: the quarter's figures split over its months and add up again.
    const months = ok(core, 'growth:visibility', { grain: 'month', from: '2025-10-01', to: '2025-12-31' });
    expect(
      months.buckets.map((b) => [b.key, b.directions.up.entries, b.directions.sideways.entries, b.directions['diagonal-up'].entries]),
    ).toEqual([
      ['2025-10', 1, 0, 0],
      ['2025-11', 1, 1, 1],
      ['2025-12', 0, 0, 2],
    ]);
  });

  it('follows a person who moves to another direction', () => {
    const { core } = openJournal();
    const cy = ok(core, 'people:create', { name: 'Cy', direction: 'sideways' });
    on(core, '2026-02-02', 'task', [cy.id]);
    ok(core, 'people:update', { id: cy.id, direction: 'up' });
    const [q1] = ok(core, 'growth:visibility', { from: '2026-01-01', to: '2026-03-31' }).buckets;
    expect(q1!.directions.up.entries).toBe(1);
    expect(q1!.directions.sideways.entries).toBe(0);
  });
});

describe('quiet weeks and months', () => {
  it('marks the weeks with nothing or under half the usual, judged up to today, and merges runs', () => {
    const { core } = openJournal(); // today: Tuesday 2026-03-10; weeks start on Monday by default
    // Five entries a week in January, one in the first week of February, none after until March.
    for (const week of [5, 12, 19, 26]) {
      for (let d = week; d < week + 5; d++) on(core, `2026-01-${String(d).padStart(2, '0')}`);
    }
    on(core, '2026-02-03');
    on(core, '2026-03-09');
    const quiet = ok(core, 'growth:quiet', { from: '2026-01-05', to: '2026-03-22' });
    expect(quiet.grain).toBe('week');
    const weeks = quiet.buckets.map((b) => [b.key, b.entries, b.judged, b.quiet]);
    expect(weeks).toEqual([
      ['2026-01-05', 5, true, false],
      ['2026-01-12', 5, true, false],
      ['2026-01-19', 5, true, false],
      ['2026-01-26', 5, true, false],
      ['2026-02-02', 1, true, true],
      ['2026-02-09', 0, true, true],
      ['2026-02-16', 0, true, true],
      ['2026-02-23', 0, true, true],
      ['2026-03-02', 0, true, true],
      ['2026-03-09', 1, false, false], // this week: not over yet
      ['2026-03-16', 0, false, false], // still to come
    ]);
    // 21 entries over 9 judged weeks of 7 days: one entry is under half a usual week.
    expect(quiet.perDay).toBeCloseTo(21 / 63, 10);
    expect(quiet.runs).toEqual([
      {
        from: '2026-02-02',
        to: '2026-03-08',
        keys: ['2026-02-02', '2026-02-09', '2026-02-16', '2026-02-23', '2026-03-02'],
        entries: 1,
      },
    ]);

    // Backfilling a quiet week takes it off the list.
    for (const day of ['2026-02-10', '2026-02-11', '2026-02-12']) on(core, day);
    const after = ok(core, 'growth:quiet', { from: '2026-01-05', to: '2026-03-22' });
    expect(after.runs.map((r) => r.keys)).toEqual([['2026-02-02'], ['2026-02-16', '2026-02-23', '2026-03-02']]);
  });

  it('starts weeks on the day the settings say, and judges months by their length', () => {
    const { core } = openJournal();
    ok(core, 'settings:update', { weekStartsOn: 0 });
    const weeks = ok(core, 'growth:quiet', { from: '2026-02-04', to: '2026-02-21', today: '2026-03-01' });
    expect(weeks.buckets.map((b) => [b.key, b.from, b.to])).toEqual([
      ['2026-02-01', '2026-02-04', '2026-02-07'],
      ['2026-02-08', '2026-02-08', '2026-02-14'],
      ['2026-02-15', '2026-02-15', '2026-02-21'],
    ]);

    // 28 entries over 99 judged days: 20 in 31-day December, 3 in 28-day February (half its
    // share would be 3.96), 5 in a 9-day slice of March: February is quiet, that slice is not.
    for (let d = 1; d <= 20; d++) on(core, `2025-12-${String(d).padStart(2, '0')}`);
    for (let d = 1; d <= 3; d++) on(core, `2026-02-0${d}`);
    for (let d = 1; d <= 5; d++) on(core, `2026-03-0${d}`);
    const months = ok(core, 'growth:quiet', { from: '2025-12-01', to: '2026-03-09', grain: 'month', today: '2026-03-10' });
    expect(months.buckets.map((b) => [b.key, b.entries, b.quiet])).toEqual([
      ['2025-12', 20, false],
      ['2026-01', 0, true],
      ['2026-02', 3, true],
      ['2026-03', 5, false],
    ]);
    expect(months.runs).toEqual([{ from: '2026-01-01', to: '2026-02-28', keys: ['2026-01', '2026-02'], entries: 3 }]);
  });
});

describe('bad input', () => {
  it('gets a clear error and changes nothing', () => {
    const { core, db } = openJournal();
    on(core, '2026-01-01');
    const before = dumpDb(db);
    expect(fails(core, 'growth:scope', { from: '2026-03-02', to: '2026-03-01' }, 'invalid_input').field).toBe('to');
    expect(fails(core, 'growth:quiet', { from: '2026-03-02', to: '2026-03-01' }, 'invalid_input').field).toBe('to');
    expect(fails(core, 'growth:scope', { grain: 'year' }, 'invalid_input').field).toBe('grain');
    expect(fails(core, 'growth:quiet', { from: '2026-01-01', to: '2026-02-01', grain: 'quarter' }, 'invalid_input').field).toBe(
      'grain',
    );
    const long = fails(core, 'growth:visibility', { grain: 'month', from: '1900-01-01', to: '2999-12-31' }, 'invalid_input');
    expect(long.message).toMatch(/too long: at most 1200 months/);
    expect(long.field).toBe('from');
    fails(core, 'growth:quiet', { from: '1990-01-01', to: '2026-01-01' }, 'invalid_input');
    fails(core, 'growth:scope', { from: '2026-02-30' }, 'invalid_input');
    fails(core, 'growth:scope', { extra: 1 }, 'invalid_input');
    expect(dumpDb(db)).toEqual(before);
    // Three hundred years by quarter is still a chart.
    expect(ok(core, 'growth:scope', { from: '1900-01-01', to: '2199-12-31' }).buckets).toHaveLength(1200);
  });
});
