/**
 * Outcome follow-ups: an entry marked "results pending" comes back on Today on its local
 * day (in every time zone, with the core clock deciding "today"), and its outcome goes into
 * the entry's impact with the same revision check as entries:update.
 */
import { describe, expect, it } from 'vitest';
import { dumpDb, fails, fixedClock, localTime, ok, openJournal, restoreTimeZoneAfterEach } from '../test-helpers';
import { entry } from './test-fixtures';

const NO_ENTRY = '01900000-0000-7000-8000-000000000000';

restoreTimeZoneAfterEach();


describe('follow-ups', () => {
  it('marks an entry "results pending", replaces and clears the mark', () => {
    const { core } = openJournal();
    const launch = entry(core, '2026-03-01', 'project', [], { title: 'Launch' });
    expect(ok(core, 'followups:get', { entryId: launch.id })).toBeNull();
    const set = ok(core, 'followups:set', { entryId: launch.id, followUpOn: '2026-04-01', note: ' Check adoption ' });
    expect(set).toEqual({
      entryId: launch.id,
      followUpOn: '2026-04-01',
      note: 'Check adoption',
      createdAt: new Date(2026, 2, 10, 12).toISOString(),
      resolvedOn: null,
      outcome: null,
      outcomeNumber: null,
      outcomeUnit: null,
    });
    expect(ok(core, 'followups:get', { entryId: launch.id })).toEqual(set);
    const moved = ok(core, 'followups:set', { entryId: launch.id, followUpOn: '2026-05-01' });
    expect(moved).toMatchObject({ followUpOn: '2026-05-01', note: null });
    expect(ok(core, 'followups:list', {})).toEqual([moved]);
    // The entry itself is not changed by marking it.
    expect(ok(core, 'entries:get', { id: launch.id }).revision).toBe(launch.revision);
    expect(ok(core, 'followups:clear', { entryId: launch.id })).toEqual({ cleared: true });
    expect(ok(core, 'followups:clear', { entryId: launch.id })).toEqual({ cleared: false });
    expect(ok(core, 'followups:list', {})).toEqual([]);
  });

  it('refuses entries that do not exist or are in the trash', () => {
    const { core, db } = openJournal();
    const gone = entry(core, '2026-03-01', 'task');
    ok(core, 'entries:delete', { id: gone.id });
    const before = dumpDb(db);
    fails(core, 'followups:set', { entryId: NO_ENTRY, followUpOn: '2026-04-01' }, 'not_found');
    fails(core, 'followups:set', { entryId: gone.id, followUpOn: '2026-04-01' }, 'conflict');
    fails(core, 'followups:set', { entryId: gone.id, followUpOn: '2026-04-31' }, 'invalid_input');
    fails(core, 'followups:get', { entryId: NO_ENTRY }, 'not_found');
    fails(core, 'followups:clear', { entryId: NO_ENTRY }, 'not_found');
    expect(dumpDb(db)).toEqual(before);
  });

  it('lists what is due on a day, oldest first, leaving out trashed entries and future days', () => {
    const { core } = openJournal();
    const a = entry(core, '2026-01-10', 'project', [], { title: 'A' });
    const b = entry(core, '2026-02-10', 'project', [], { title: 'B' });
    const c = entry(core, '2026-02-20', 'project', [], { title: 'C' });
    const d = entry(core, '2026-02-25', 'project', [], { title: 'D' });
    ok(core, 'followups:set', { entryId: a.id, followUpOn: '2026-03-10' });
    ok(core, 'followups:set', { entryId: b.id, followUpOn: '2026-03-01' });
    ok(core, 'followups:set', { entryId: c.id, followUpOn: '2026-03-11' });
    ok(core, 'followups:set', { entryId: d.id, followUpOn: '2026-03-05' });
    ok(core, 'entries:delete', { id: d.id });
    const due = ok(core, 'followups:due', {});
    expect(due.map((x) => [x.entry.title, x.followUp.followUpOn, x.daysOverdue])).toEqual([
      ['B', '2026-03-01', 9],
      ['A', '2026-03-10', 0],
    ]);
    expect(due[1]!.entry).toMatchObject({ id: a.id, revision: a.revision, ownershipLevel: 'project', occurredOn: '2026-01-10' });
    expect(ok(core, 'followups:due', { today: '2026-03-11' }).map((x) => x.entry.title)).toEqual(['B', 'A', 'C']);
    // Restored from the trash, it is due again.
    ok(core, 'entries:restore', { id: d.id });
    expect(ok(core, 'followups:due', {}).map((x) => x.entry.title)).toEqual(['B', 'D', 'A']);
    expect(ok(core, 'followups:list', {}).map((f) => f.followUpOn)).toEqual([
      '2026-03-01',
      '2026-03-05',
      '2026-03-10',
      '2026-03-11',
    ]);
  });

  it.each([
    ['America/Los_Angeles', '2026-03-08'], // clocks spring forward that day
    ['America/New_York', '2026-11-01'], // clocks fall back that day
    ['Europe/Berlin', '2026-03-29'],
    ['Asia/Kolkata', '2026-06-15'],
    ['Pacific/Auckland', '2026-04-05'],
    ['UTC', '2026-12-31'],
  ])('in %s, comes back at the start of its local day (%s), not before', (zone, day) => {
    process.env.TZ = zone;
    const clock = fixedClock(localTime('2026-01-02', 9, 0));
    const { core } = openJournal({ clock });
    const launch = entry(core, '2026-01-02', 'project', [], { title: 'Launch' });
    ok(core, 'followups:set', { entryId: launch.id, followUpOn: day });
    const [y, m, d] = day.split('-').map(Number) as [number, number, number];
    clock.set(new Date(y, m - 1, d - 1, 23, 59));
    expect(ok(core, 'followups:due', {}), 'a minute before midnight').toEqual([]);
    clock.set(new Date(y, m - 1, d, 0, 5));
    const due = ok(core, 'followups:due', {});
    expect(due.map((x) => [x.entry.id, x.daysOverdue])).toEqual([[launch.id, 0]]);
    clock.set(new Date(y, m - 1, d + 1, 23, 30));
    expect(ok(core, 'followups:due', {})[0]!.daysOverdue).toBe(1);
  });

  it('puts the outcome into the impact and stops coming back', () => {
    const { core, clock } = openJournal();
    const launch = entry(core, '2026-01-10', 'project', [], { title: 'Launch', impact: 'Unblocked the sales team' });
    ok(core, 'followups:set', { entryId: launch.id, followUpOn: '2026-03-10' });
    clock.advance(60_000);
    const { entry: after, followUp } = ok(core, 'followups:resolve', {
      entryId: launch.id,
      revision: launch.revision,
      outcome: ' Support tickets down ',
      number: 30,
      unit: '%',
    });
    expect(after.impact).toBe('Unblocked the sales team. Outcome (10 Mar 2026): Support tickets down — 30%');
    expect(after.revision).toBe(launch.revision + 1);
    expect(after.updatedAt > launch.updatedAt).toBe(true);
    expect(followUp).toMatchObject({
      resolvedOn: '2026-03-10',
      outcome: 'Support tickets down',
      outcomeNumber: 30,
      outcomeUnit: '%',
    });
    expect(ok(core, 'followups:due', {})).toEqual([]);
    expect(ok(core, 'followups:list', {})).toEqual([]);
    expect(ok(core, 'followups:list', { includeResolved: true })).toEqual([followUp]);
    // The outcome is searchable like any impact.
    expect(ok(core, 'entries:search', { query: 'tickets' }).items.map((h) => h.entry.id)).toEqual([launch.id]);
    fails(core, 'followups:resolve', { entryId: launch.id, revision: after.revision, outcome: 'again' }, 'conflict');
    // Marked again, it is pending again.
    ok(core, 'followups:set', { entryId: launch.id, followUpOn: '2026-06-01' });
    expect(ok(core, 'followups:get', { entryId: launch.id })).toMatchObject({ resolvedOn: null, outcome: null });
  });

  it('writes the outcome line with or without an earlier impact and a number', () => {
    const { core } = openJournal();
    const resolve = (impact: string | undefined, extra: { outcome: string; number?: number; unit?: string }) => {
      const e = entry(core, '2026-01-10', 'task', [], impact === undefined ? {} : { impact });
      ok(core, 'followups:set', { entryId: e.id, followUpOn: '2026-02-01' });
      return ok(core, 'followups:resolve', { entryId: e.id, revision: e.revision, today: '2026-02-03', ...extra }).entry
        .impact;
    };
    expect(resolve(undefined, { outcome: 'Adopted by two teams' })).toBe('Outcome (3 Feb 2026): Adopted by two teams');
    expect(resolve('Saved time!', { outcome: 'Faster builds', number: 4.5, unit: 'minutes' })).toBe(
      'Saved time! Outcome (3 Feb 2026): Faster builds — 4.5 minutes',
    );
    // A unit without a number says nothing.
    expect(resolve('Cheaper', { outcome: 'Bill lower', unit: 'EUR' })).toBe('Cheaper. Outcome (3 Feb 2026): Bill lower');
  });

  it('checks the revision, the trash, a pending follow-up and the impact length, changing nothing when it refuses', () => {
    const { core, db } = openJournal();
    const launch = entry(core, '2026-01-10', 'project', [], { impact: 'x'.repeat(1980) });
    const plain = entry(core, '2026-01-11', 'project');
    ok(core, 'followups:set', { entryId: launch.id, followUpOn: '2026-03-01' });
    const before = dumpDb(db);
    const stale = fails(core, 'followups:resolve', { entryId: launch.id, revision: 99, outcome: 'Done' }, 'conflict');
    expect(stale.message).toMatch(/changed elsewhere/);
    fails(core, 'followups:resolve', { entryId: plain.id, revision: plain.revision, outcome: 'Done' }, 'not_found');
    fails(core, 'followups:resolve', { entryId: NO_ENTRY, revision: 1, outcome: 'Done' }, 'not_found');
    fails(core, 'followups:resolve', { entryId: launch.id, revision: launch.revision, outcome: '  ' }, 'invalid_input');
    const long = fails(
      core,
      'followups:resolve',
      { entryId: launch.id, revision: launch.revision, outcome: 'A result worth telling people about' },
      'invalid_input',
    );
    expect(long.field).toBe('outcome');
    expect(dumpDb(db)).toEqual(before);
    const trashed = ok(core, 'entries:delete', { id: launch.id });
    fails(core, 'followups:resolve', { entryId: launch.id, revision: trashed.revision, outcome: 'Done' }, 'conflict');
  });

  it('goes with its entry when the entry is purged', () => {
    const { core, db } = openJournal();
    const launch = entry(core, '2026-01-10', 'project');
    ok(core, 'followups:set', { entryId: launch.id, followUpOn: '2026-03-01' });
    ok(core, 'entries:delete', { id: launch.id });
    ok(core, 'entries:purge', { ids: [launch.id] });
    expect(db.prepare('SELECT count(*) FROM entry_followups').pluck().get()).toBe(0);
  });
});
