/**
 * The praise log: recording, changing and removing praise, reading it per person, per
 * entry and per period, and keeping it whole when its person or entry goes away.
 */
import { describe, expect, it } from 'vitest';
import { dumpDb, fails, ok, openJournal } from '../test-helpers';
import { praiseInPeriod } from './praise';
import { entry, person } from './test-fixtures';

const NO_ONE = '01900000-0000-7000-8000-000000000000';

describe('praise', () => {
  it('records praise from a person about an entry and reads it back', () => {
    const { core } = openJournal();
    const ana = person(core, 'Ana', 'up');
    const launch = entry(core, '2026-03-01', 'project', [], { title: 'Launch' });
    const praise = ok(core, 'praise:create', {
      words: 'The launch plan was the clearest I have seen this year.',
      fromStakeholderId: ana.id,
      receivedOn: '2026-03-03',
      channel: 'one-on-one',
      where: ' Weekly 1:1 ',
      entryId: launch.id,
    });
    expect(praise).toEqual({
      id: expect.any(String),
      words: 'The launch plan was the clearest I have seen this year.',
      fromStakeholderId: ana.id,
      fromName: 'Ana',
      receivedOn: '2026-03-03',
      channel: 'one-on-one',
      where: 'Weekly 1:1',
      entryId: launch.id,
      entryTitle: 'Launch',
      createdAt: new Date(2026, 2, 10, 12).toISOString(),
      updatedAt: new Date(2026, 2, 10, 12).toISOString(),
    });
    expect(ok(core, 'praise:list', {})).toEqual([praise]);
  });

  it('accepts a name for someone not in the map and defaults the day to today', () => {
    const { core } = openJournal();
    const praise = ok(core, 'praise:create', { words: 'Thanks for the quick fix!', fromName: '  A customer ' });
    expect(praise).toMatchObject({
      fromStakeholderId: null,
      fromName: 'A customer',
      receivedOn: '2026-03-10',
      channel: null,
      where: null,
      entryId: null,
      entryTitle: null,
    });
  });

  it('refuses praise without words, without a source, or pointing at nothing', () => {
    const { core, db } = openJournal();
    const gone = entry(core, '2026-03-01', 'task');
    ok(core, 'entries:delete', { id: gone.id });
    const before = dumpDb(db);
    expect(fails(core, 'praise:create', { words: '   ', fromName: 'Ana' }, 'invalid_input').field).toBe('words');
    expect(fails(core, 'praise:create', { words: 'Great job' }, 'invalid_input').field).toBe('fromName');
    // A NUL would make SQLite see empty text: control characters are dropped first.
    expect(fails(core, 'praise:create', { words: '\u0000', fromName: 'Ana' }, 'invalid_input').field).toBe('words');
    expect(fails(core, 'praise:create', { words: 'Great', fromName: '\u0000' }, 'invalid_input').field).toBe('fromName');
    expect(fails(core, 'praise:create', { words: 'Great job', fromName: '  ' }, 'invalid_input').field).toBe('fromName');
    expect(
      fails(core, 'praise:create', { words: 'Great job', fromStakeholderId: NO_ONE }, 'invalid_input').field,
    ).toBe('fromStakeholderId');
    expect(fails(core, 'praise:create', { words: 'Great', fromName: 'Al', entryId: NO_ONE }, 'invalid_input').field).toBe(
      'entryId',
    );
    expect(
      fails(core, 'praise:create', { words: 'Great', fromName: 'Al', entryId: gone.id }, 'invalid_input').message,
    ).toMatch(/trash/);
    fails(core, 'praise:create', { words: 'Great', fromName: 'Al', receivedOn: '2026-02-30' }, 'invalid_input');
    expect(dumpDb(db)).toEqual(before);
  });

  it('changes and removes praise', () => {
    const { core, clock } = openJournal();
    const ana = person(core, 'Ana', 'up');
    const launch = entry(core, '2026-03-01', 'project', [], { title: 'Launch' });
    const praise = ok(core, 'praise:create', { words: 'Nice', fromName: 'Someone', receivedOn: '2026-03-02' });
    clock.advance(60_000);
    const linked = ok(core, 'praise:update', { id: praise.id, fromStakeholderId: ana.id, entryId: launch.id });
    expect(linked).toMatchObject({ words: 'Nice', fromStakeholderId: ana.id, fromName: 'Ana', entryTitle: 'Launch' });
    expect(linked.updatedAt > praise.updatedAt).toBe(true);
    // Unlinking the person keeps the name that was recorded.
    const unlinked = ok(core, 'praise:update', { id: praise.id, fromStakeholderId: null, channel: 'chat', where: '#infra' });
    expect(unlinked).toMatchObject({ fromStakeholderId: null, fromName: 'Ana', channel: 'chat', where: '#infra' });
    const renamed = ok(core, 'praise:update', { id: praise.id, fromName: 'Ana (ex-manager)', entryId: null, where: null });
    expect(renamed).toMatchObject({ fromName: 'Ana (ex-manager)', entryId: null, where: null, receivedOn: '2026-03-02' });
    fails(core, 'praise:update', { id: praise.id, fromName: null }, 'invalid_input');
    fails(core, 'praise:update', { id: NO_ONE, words: 'x' }, 'not_found');
    expect(ok(core, 'praise:delete', { id: praise.id })).toEqual({ deleted: true });
    fails(core, 'praise:delete', { id: praise.id }, 'not_found');
    expect(ok(core, 'praise:list', {})).toEqual([]);
  });

  it('lists praise per person, per entry and per period, newest first', () => {
    const { core } = openJournal();
    const ana = person(core, 'Ana', 'up');
    const bo = person(core, 'Bo', 'sideways');
    const launch = entry(core, '2026-03-01', 'project', [], { title: 'Launch' });
    const p1 = ok(core, 'praise:create', { words: 'One', fromStakeholderId: ana.id, receivedOn: '2026-01-05' });
    const p2 = ok(core, 'praise:create', { words: 'Two', fromStakeholderId: bo.id, receivedOn: '2026-02-10', entryId: launch.id });
    ok(core, 'praise:create', { words: 'Three', fromStakeholderId: ana.id, receivedOn: '2026-03-02', entryId: launch.id });
    const p4 = ok(core, 'praise:create', { words: 'Four', fromName: 'Customer', receivedOn: '2026-02-10' });
    const words = (input: Record<string, unknown>) => ok(core, 'praise:list', input).map((p) => p.words);
    // Same day: the one recorded later comes first.
    expect(words({})).toEqual(['Three', 'Four', 'Two', 'One']);
    expect(words({ stakeholderId: ana.id })).toEqual(['Three', 'One']);
    expect(words({ entryId: launch.id })).toEqual(['Three', 'Two']);
    expect(words({ from: '2026-02-10', to: '2026-02-28' })).toEqual(['Four', 'Two']);
    expect(words({ stakeholderId: ana.id, entryId: launch.id, from: '2026-03-01' })).toEqual(['Three']);
    expect(words({ limit: 1 })).toEqual(['Three']);
    fails(core, 'praise:list', { from: '2026-03-01', to: '2026-02-01' }, 'invalid_input');
    // For the self-review: oldest first, both ends included.
    expect(praiseInPeriod(core.db, '2026-01-05', '2026-02-10').map((p) => p.id)).toEqual([p1.id, p2.id, p4.id]);
    expect(praiseInPeriod(core.db, '2026-03-03', '2026-12-31')).toEqual([]);
    expect(praiseInPeriod(core.db, '2026-03-02', '2026-03-02')).toEqual([ok(core, 'praise:list', { limit: 1 })[0]]);
  });

  it('keeps praise when its person is deleted or its entry purged, and follows a renamed person', () => {
    const { core } = openJournal();
    const ana = person(core, 'Ana', 'up');
    const launch = entry(core, '2026-03-01', 'project', [], { title: 'Launch' });
    const praise = ok(core, 'praise:create', { words: 'Superb', fromStakeholderId: ana.id, entryId: launch.id });
    ok(core, 'people:update', { id: ana.id, name: 'Ana Lima' });
    expect(ok(core, 'praise:list', {})[0]!.fromName).toBe('Ana Lima');
    // In the trash the link stays; purged, the praise stays without it.
    ok(core, 'entries:delete', { id: launch.id });
    expect(ok(core, 'praise:list', {})[0]!.entryId).toBe(launch.id);
    ok(core, 'entries:purge', { ids: [launch.id] });
    ok(core, 'people:delete', { id: ana.id });
    expect(ok(core, 'praise:list', {})).toEqual([
      { ...praise, fromStakeholderId: null, fromName: 'Ana', entryId: null, entryTitle: null },
    ]);
    expect(core.db.pragma('foreign_key_check')).toEqual([]);
  });
});
