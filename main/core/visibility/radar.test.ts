/**
 * The figures behind the map and the radar: last seen, days since, entries seen within 30
 * and 90 days, highest level — all as of a given day, ignoring trashed entries, entries
 * dated later and archived people.
 */
import { describe, expect, it } from 'vitest';
import { fixedClock, ok, openJournal } from '../test-helpers';
import { entry, person } from './test-fixtures';

const TODAY = '2026-03-10';

function journal() {
  const j = openJournal({ clock: fixedClock(new Date(2026, 2, 10, 12)) });
  const { core } = j;
  const ana = person(core, 'Ana', 'up', { keyDecider: true, influence: 5, notes: 'Secret: wants a transfer' });
  const bo = person(core, 'Bo', 'sideways', { influence: 2 });
  const flo = person(core, 'Flo', 'sideways');
  const cy = person(core, 'Cy', 'diagonal-up', { keyDecider: true, influence: 4 });
  const di = person(core, 'Di', 'down');
  const ed = person(core, 'Ed', 'skip-level', { keyDecider: true, influence: 5 });
  entry(core, TODAY, 'task', [ana]); // 0 days ago
  entry(core, '2026-02-08', 'milestone', [ana, bo, flo]); // 30 days ago: still "last 30 days"
  entry(core, '2026-02-07', 'project', [ana]); // 31 days ago
  entry(core, '2025-12-10', 'value', [bo]); // 90 days ago: still "last 90 days"
  entry(core, '2025-12-09', 'leverage', [cy]); // 91 days ago
  const trashed = entry(core, '2026-03-01', 'leverage', [ana, di]);
  ok(core, 'entries:delete', { id: trashed.id });
  entry(core, '2026-03-11', 'leverage', [ana, di]); // tomorrow
  entry(core, '2026-03-09', 'leverage', [ed]);
  ok(core, 'people:archive', { id: ed.id });
  ok(core, 'people:connect', { id: ana.id, otherId: bo.id });
  ok(core, 'people:connect', { id: bo.id, otherId: ed.id });
  ok(core, 'people:connect', { id: cy.id, otherId: di.id });
  return { ...j, ana, bo, flo, cy, di, ed };
}

describe('visibility map', () => {
  it('gives every active person their figures as of today, grouped by direction', () => {
    const { core, ana, bo, flo, cy, di } = journal();
    const map = ok(core, 'visibility:map', { today: TODAY });
    expect(map.today).toBe(TODAY);
    expect(map.people.map((p) => p.name)).toEqual(['Ana', 'Cy', 'Bo', 'Flo', 'Di']);
    const byId = new Map(map.people.map((p) => [p.id, p]));
    expect(byId.get(ana.id)).toEqual({
      id: ana.id,
      name: 'Ana',
      role: null,
      direction: 'up',
      influence: 5,
      keyDecider: true,
      lastSeenOn: TODAY,
      daysSince: 0,
      recency: 'recent30',
      seen30: 2,
      seen90: 3,
      seenTotal: 3,
      highestLevel: 'project',
    });
    expect(byId.get(bo.id)).toMatchObject({
      lastSeenOn: '2026-02-08',
      daysSince: 30,
      recency: 'recent30',
      seen30: 1,
      seen90: 2,
      seenTotal: 2,
      highestLevel: 'value',
    });
    expect(byId.get(flo.id)).toMatchObject({ daysSince: 30, seen30: 1, seen90: 1, highestLevel: 'milestone' });
    expect(byId.get(cy.id)).toMatchObject({
      lastSeenOn: '2025-12-09',
      daysSince: 91,
      recency: 'older',
      seen30: 0,
      seen90: 0,
      seenTotal: 1,
      highestLevel: 'leverage',
    });
    // Di saw only a trashed entry and one dated tomorrow: nothing yet.
    expect(byId.get(di.id)).toMatchObject({
      lastSeenOn: null,
      daysSince: null,
      recency: 'never',
      seen30: 0,
      seen90: 0,
      seenTotal: 0,
      highestLevel: null,
    });
  });

  it('moves people between recency buckets as the days pass', () => {
    const { core, ana, bo, di } = journal();
    const next = ok(core, 'visibility:map', { today: '2026-03-11' });
    const byId = new Map(next.people.map((p) => [p.id, p]));
    // Bo's last sighting is now 31 days old (and the one of 10 December 91); the entry dated the 11th
    // now counts for Ana and Di.
    expect(byId.get(bo.id)).toMatchObject({ daysSince: 31, recency: 'recent90', seen30: 0, seen90: 1 });
    expect(byId.get(ana.id)).toMatchObject({ lastSeenOn: '2026-03-11', seenTotal: 4, highestLevel: 'leverage' });
    expect(byId.get(di.id)).toMatchObject({ daysSince: 0, recency: 'recent30', seen30: 1 });
    const later = ok(core, 'visibility:map', { today: '2026-05-09' });
    const bo2 = later.people.find((p) => p.id === bo.id)!;
    expect(bo2).toMatchObject({ daysSince: 90, recency: 'recent90', seen30: 0, seen90: 1 });
    const bo3 = ok(core, 'visibility:map', { today: '2026-05-10' }).people.find((p) => p.id === bo.id)!;
    expect(bo3).toMatchObject({ daysSince: 91, recency: 'older', seen90: 0 });
  });

  it('links only active people and never carries private notes', () => {
    const { core, ana, bo, cy, di } = journal();
    const map = ok(core, 'visibility:map', {});
    expect(map.today).toBe(TODAY);
    const pair = (x: string, y: string) => (x < y ? { a: x, b: y } : { a: y, b: x });
    expect(map.connections).toEqual([pair(ana.id, bo.id), pair(cy.id, di.id)].sort((p, q) => (p.a < q.a ? -1 : 1)));
    expect(JSON.stringify(map)).not.toContain('Secret');
  });

  it('counts an entry not rated yet as seen without giving it a level', () => {
    const { core, db } = openJournal();
    const gus = person(core, 'Gus', 'outside');
    const imported = entry(core, '2026-03-01', 'value', [gus]);
    db.prepare('UPDATE entries SET level = NULL WHERE id = ?').run(imported.id);
    const [g] = ok(core, 'visibility:map', { today: TODAY }).people;
    expect(g).toMatchObject({ seenTotal: 1, seen30: 1, lastSeenOn: '2026-03-01', highestLevel: null });
  });
});

describe('visibility radar', () => {
  it('sums each direction over distinct entries seen by its active people', () => {
    const { core } = journal();
    const radar = ok(core, 'visibility:radar', { today: TODAY });
    expect(radar.directions.map((d) => d.direction)).toEqual([
      'up',
      'skip-level',
      'diagonal-up',
      'sideways',
      'down',
      'outside',
    ]);
    const by = Object.fromEntries(radar.directions.map((d) => [d.direction, d]));
    expect(by.up).toMatchObject({ people: 1, reached90: 1, lastSeenOn: TODAY, daysSince: 0, seen30: 2, seen90: 3 });
    // Bo and Flo both saw the entry of 8 February: it counts once.
    expect(by.sideways).toEqual({
      direction: 'sideways',
      people: 2,
      reached90: 2,
      lastSeenOn: '2026-02-08',
      daysSince: 30,
      recency: 'recent30',
      seen30: 1,
      seen90: 2,
      seenTotal: 2,
      highestLevel: 'value',
    });
    expect(by['diagonal-up']).toMatchObject({ people: 1, reached90: 0, recency: 'older', highestLevel: 'leverage' });
    // Ed is archived: what he saw no longer counts for his direction.
    expect(by['skip-level']).toMatchObject({ people: 0, seenTotal: 0, lastSeenOn: null, recency: 'never' });
    expect(by.down).toMatchObject({ people: 1, reached90: 0, seenTotal: 0, recency: 'never' });
    expect(by.outside).toMatchObject({ people: 0, seenTotal: 0, highestLevel: null });
  });

  it('lists active key deciders by influence with their own figures', () => {
    const { core, ana, cy } = journal();
    const radar = ok(core, 'visibility:radar', { today: TODAY });
    expect(radar.keyDeciders).toEqual([
      {
        stakeholderId: ana.id,
        name: 'Ana',
        role: null,
        direction: 'up',
        influence: 5,
        lastSeenOn: TODAY,
        daysSince: 0,
        recency: 'recent30',
        seen30: 2,
        seen90: 3,
        seenTotal: 3,
        highestLevel: 'project',
      },
      expect.objectContaining({ stakeholderId: cy.id, influence: 4, daysSince: 91, recency: 'older' }),
    ]);
  });

  it('answers for an empty journal', () => {
    const { core } = openJournal();
    const radar = ok(core, 'visibility:radar', {});
    expect(radar.today).toBe('2026-03-10');
    expect(radar.keyDeciders).toEqual([]);
    expect(radar.directions.every((d) => d.people === 0 && d.recency === 'never')).toBe(true);
  });
});
