import { describe, expect, it } from 'vitest';
import { doc, docOf, dumpDb, fails, mention, ok, openJournal, paragraph } from './test-helpers';

const NO_ONE = '01900000-0000-7000-8000-000000000000';

describe('people', () => {
  it('creates a person with defaults and reads them back', () => {
    const { core } = openJournal();
    const ana = ok(core, 'people:create', { name: '  Ana Lima ', direction: 'up', role: 'Eng manager' });
    expect(ana).toMatchObject({
      name: 'Ana Lima',
      role: 'Eng manager',
      direction: 'up',
      keyDecider: false,
      influence: 3,
      motivations: null,
      influences: null,
      notes: null,
      connections: [],
      archivedAt: null,
      entriesSeen: 0,
      lastSeenOn: null,
      highestLevelSeen: null,
    });
    expect(ok(core, 'people:get', { id: ana.id })).toEqual(ana);
  });

  it('validates fields before writing', () => {
    const { core } = openJournal();
    fails(core, 'people:create', { name: '   ', direction: 'up' }, 'invalid_input');
    fails(core, 'people:create', { name: 'Ana', direction: 'north' }, 'invalid_input');
    fails(core, 'people:create', { name: 'Ana', direction: 'up', influence: 6 }, 'invalid_input');
    fails(core, 'people:create', { name: 'Ana', direction: 'up', influence: 2.5 }, 'invalid_input');
    expect(ok(core, 'people:list', { includeArchived: true })).toEqual([]);
  });

  it('keeps names unique among active people, ignoring case and spacing', () => {
    const { core, db } = openJournal();
    const ana = ok(core, 'people:create', { name: 'Ana', direction: 'up' });
    const before = dumpDb(db);
    const error = fails(core, 'people:create', { name: ' ANA ', direction: 'down' }, 'conflict');
    expect(error.message).toMatch(/Ana is already in your map/);
    expect(error.field).toBe('name');
    expect(dumpDb(db)).toEqual(before);
    // Composed and decomposed forms of the same name are the same person.
    ok(core, 'people:create', { name: 'José', direction: 'down' });
    fails(core, 'people:create', { name: 'jose\u0301', direction: 'down' }, 'conflict');
    // Once archived, the name is free again.
    ok(core, 'people:archive', { id: ana.id });
    const newAna = ok(core, 'people:create', { name: 'ana', direction: 'sideways' });
    expect(newAna.name).toBe('ana');
  });

  it('refuses renaming onto another active person, and unarchiving onto a taken name', () => {
    const { core } = openJournal();
    const ana = ok(core, 'people:create', { name: 'Ana', direction: 'up' });
    const bo = ok(core, 'people:create', { name: 'Bo', direction: 'up' });
    fails(core, 'people:update', { id: bo.id, name: 'ANA' }, 'conflict');
    expect(ok(core, 'people:get', { id: bo.id }).name).toBe('Bo');
    // Changing only the case of one's own name is fine.
    expect(ok(core, 'people:update', { id: ana.id, name: 'ANA' }).name).toBe('ANA');

    ok(core, 'people:archive', { id: ana.id });
    ok(core, 'people:update', { id: bo.id, name: 'ana' });
    const error = fails(core, 'people:unarchive', { id: ana.id }, 'conflict');
    expect(error.message).toMatch(/already in your map/);
    expect(ok(core, 'people:get', { id: ana.id }).archivedAt).not.toBeNull();
    ok(core, 'people:update', { id: bo.id, name: 'Bo' });
    expect(ok(core, 'people:unarchive', { id: ana.id }).archivedAt).toBeNull();
  });

  it('updates only the fields given', () => {
    const { core, clock } = openJournal();
    const ana = ok(core, 'people:create', {
      name: 'Ana',
      direction: 'up',
      notes: 'likes data',
      influence: 5,
      keyDecider: true,
    });
    clock.advance(1000);
    const changed = ok(core, 'people:update', { id: ana.id, role: 'Director', direction: 'skip-level', notes: '' });
    expect(changed).toMatchObject({
      name: 'Ana',
      role: 'Director',
      direction: 'skip-level',
      notes: null,
      influence: 5,
      keyDecider: true,
    });
    expect(changed.updatedAt > ana.updatedAt).toBe(true);
    fails(core, 'people:update', { id: NO_ONE, role: 'x' }, 'not_found');
  });

  it('lists active people by name, optionally with the archived and by direction', () => {
    const { core } = openJournal();
    const zed = ok(core, 'people:create', { name: 'zed', direction: 'down' });
    const amy = ok(core, 'people:create', { name: 'Amy', direction: 'up' });
    const bob = ok(core, 'people:create', { name: 'bob', direction: 'up' });
    ok(core, 'people:archive', { id: bob.id });
    expect(ok(core, 'people:list', {}).map((p) => p.name)).toEqual(['Amy', 'zed']);
    expect(ok(core, 'people:list', { includeArchived: true }).map((p) => p.name)).toEqual(['Amy', 'bob', 'zed']);
    expect(ok(core, 'people:list', { direction: 'up' }).map((p) => p.id)).toEqual([amy.id]);
    expect(ok(core, 'people:list', { direction: 'down', includeArchived: true }).map((p) => p.id)).toEqual([zed.id]);
  });

  it('reports what each person has seen: live entries only, latest day, highest level', () => {
    const { core } = openJournal();
    const ana = ok(core, 'people:create', { name: 'Ana', direction: 'up' });
    const bo = ok(core, 'people:create', { name: 'Bo', direction: 'sideways' });
    const seen = [{ stakeholderId: ana.id }];
    ok(core, 'entries:create', { body: doc('a'), ownershipLevel: 'task', occurredOn: '2026-01-10', seenBy: seen });
    ok(core, 'entries:create', { body: doc('b'), ownershipLevel: 'project', occurredOn: '2026-02-01', seenBy: seen });
    const best = ok(core, 'entries:create', {
      body: docOf(paragraph('Showed ', mention(ana.id, 'Ana'))),
      ownershipLevel: 'leverage',
      occurredOn: '2026-03-01',
    });
    ok(core, 'entries:delete', { id: best.id });
    expect(ok(core, 'people:get', { id: ana.id })).toMatchObject({
      entriesSeen: 2,
      lastSeenOn: '2026-02-01',
      highestLevelSeen: 'project',
    });
    ok(core, 'entries:restore', { id: best.id });
    expect(ok(core, 'people:get', { id: ana.id })).toMatchObject({
      entriesSeen: 3,
      lastSeenOn: '2026-03-01',
      highestLevelSeen: 'leverage',
    });
    expect(ok(core, 'people:list', {}).find((p) => p.id === bo.id)).toMatchObject({
      entriesSeen: 0,
      lastSeenOn: null,
      highestLevelSeen: null,
    });
  });

  it('archives and unarchives, keeping history', () => {
    const { core } = openJournal();
    const ana = ok(core, 'people:create', { name: 'Ana', direction: 'up' });
    const entry = ok(core, 'entries:create', { body: doc('x'), ownershipLevel: 'task', seenBy: [{ stakeholderId: ana.id }] });
    const archived = ok(core, 'people:archive', { id: ana.id });
    expect(archived.archivedAt).not.toBeNull();
    expect(archived.entriesSeen).toBe(1);
    expect(ok(core, 'people:archive', { id: ana.id })).toEqual(archived);
    expect(ok(core, 'entries:get', { id: entry.id }).seenBy.map((s) => s.name)).toEqual(['Ana']);
    expect(ok(core, 'people:unarchive', { id: ana.id }).archivedAt).toBeNull();
    fails(core, 'people:archive', { id: NO_ONE }, 'not_found');
    fails(core, 'people:unarchive', { id: NO_ONE }, 'not_found');
  });

  it('deletes a person with their seen-records and connections, leaving the entries', () => {
    const { core, db } = openJournal();
    const ana = ok(core, 'people:create', { name: 'Ana', direction: 'up' });
    const bo = ok(core, 'people:create', { name: 'Bo', direction: 'up' });
    ok(core, 'people:connect', { id: ana.id, otherId: bo.id });
    const entry = ok(core, 'entries:create', {
      body: doc('x'),
      ownershipLevel: 'task',
      seenBy: [{ stakeholderId: ana.id }, { stakeholderId: bo.id }],
    });
    expect(ok(core, 'people:delete', { id: ana.id })).toEqual({ deleted: true });
    fails(core, 'people:get', { id: ana.id }, 'not_found');
    expect(ok(core, 'entries:get', { id: entry.id }).seenBy.map((s) => s.name)).toEqual(['Bo']);
    expect(ok(core, 'people:get', { id: bo.id }).connections).toEqual([]);
    expect(db.prepare('SELECT count(*) FROM entry_stakeholders WHERE stakeholder_id = ?').pluck().get(ana.id)).toBe(0);
    fails(core, 'people:delete', { id: ana.id }, 'not_found');
  });

  it('connects people both ways, once, never to themselves', () => {
    const { core, db } = openJournal();
    const ana = ok(core, 'people:create', { name: 'Ana', direction: 'up' });
    const bo = ok(core, 'people:create', { name: 'Bo', direction: 'up' });
    const cy = ok(core, 'people:create', { name: 'Cy', direction: 'down' });
    expect(ok(core, 'people:connect', { id: bo.id, otherId: ana.id }).connections).toEqual([ana.id]);
    expect(ok(core, 'people:connect', { id: ana.id, otherId: bo.id }).connections).toEqual([bo.id]);
    ok(core, 'people:connect', { id: cy.id, otherId: ana.id });
    expect(ok(core, 'people:get', { id: ana.id }).connections).toEqual([bo.id, cy.id].sort());
    expect(db.prepare('SELECT count(*) FROM stakeholder_links').pluck().get()).toBe(2);

    const self = fails(core, 'people:connect', { id: ana.id, otherId: ana.id }, 'invalid_input');
    expect(self.field).toBe('otherId');
    fails(core, 'people:connect', { id: ana.id, otherId: NO_ONE }, 'not_found');

    expect(ok(core, 'people:disconnect', { id: ana.id, otherId: bo.id }).connections).toEqual([cy.id]);
    expect(ok(core, 'people:get', { id: bo.id }).connections).toEqual([]);
    expect(ok(core, 'people:disconnect', { id: bo.id, otherId: ana.id }).connections).toEqual([]);
  });
});
