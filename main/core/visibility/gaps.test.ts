/**
 * Gaps: who has not seen the strongest recent entries, in the documented order, each with
 * a suggestion naming the entry, its level and day, the person and how long ago they last
 * saw anything.
 */
import { describe, expect, it } from 'vitest';
import { doc, ok, openJournal } from '../test-helpers';
import { entry, person } from './test-fixtures';

const TODAY = '2026-03-10';

function journal() {
  const j = openJournal();
  const { core } = j;
  const ana = person(core, 'Ana', 'up', { keyDecider: true, influence: 3 });
  const cy = person(core, 'Cy', 'diagonal-up', { keyDecider: true, influence: 5 });
  const dee = person(core, 'Dee', 'skip-level', { keyDecider: true, influence: 5 });
  const bo = person(core, 'Bo', 'sideways', { influence: 5 });
  const fay = person(core, 'Fay', 'sideways', { influence: 2 });
  const eve = person(core, 'Eve', 'sideways', { influence: 2 });
  const gil = person(core, 'Gil', 'down', { influence: 2 });
  const hal = person(core, 'Hal', 'outside', { influence: 5 });
  // When each last saw something (task-level work is never suggested).
  entry(core, '2026-02-28', 'task', [ana]); // 10 days ago
  entry(core, '2026-03-05', 'task', [bo]); // 5 days ago
  entry(core, '2025-12-26', 'task', [cy]); // 74 days ago
  entry(core, '2025-08-22', 'task', [eve, fay]); // 200 days ago
  // The work worth showing.
  const pricing = entry(core, '2026-01-15', 'leverage', [bo, hal], { title: 'Pricing proposal' });
  const outage = entry(core, '2026-03-01', 'project', [hal], { title: 'Outage postmortem', starred: true });
  const offsite = entry(core, '2026-03-05', 'project', [hal], { title: 'Team offsite plan' });
  const migration = entry(core, '2026-02-20', 'project', [ana, hal], { title: 'Data migration write-up' });
  const beta = entry(core, '2026-02-01', 'milestone', [hal], { title: 'Beta shipped' }); // 37 days ago
  entry(core, '2026-03-09', 'task', [], { title: 'Fixed a typo' });
  entry(core, '2025-11-01', 'leverage', [], { title: 'Older than 90 days' });
  entry(core, '2026-03-11', 'leverage', [], { title: 'Dated tomorrow' });
  const trashed = entry(core, '2026-03-02', 'leverage', [], { title: 'In the trash' });
  ok(core, 'entries:delete', { id: trashed.id });
  return { ...j, ana, cy, dee, bo, eve, fay, gil, hal, pricing, outage, offsite, migration, beta };
}

describe('visibility gaps', () => {
  it('orders people: key deciders, then influence, then longest unseen (never first), then name', () => {
    const { core } = journal();
    const gaps = ok(core, 'visibility:gaps', { today: TODAY });
    // Hal has seen everything worth showing: no gap.
    expect(gaps.map((g) => g.name)).toEqual(['Dee', 'Cy', 'Ana', 'Bo', 'Gil', 'Eve', 'Fay']);
    expect(gaps.map((g) => g.daysSince)).toEqual([null, 74, 10, 5, null, 200, 200]);
  });

  it('suggests the strongest unseen entries: highest level, then starred, then newest', () => {
    const { core, ana, bo, gil, pricing, outage, offsite, migration, beta } = journal();
    const gaps = ok(core, 'visibility:gaps', { today: TODAY, perPerson: 10 });
    const ids = (id: string) => gaps.find((g) => g.stakeholderId === id)!.entries.map((e) => e.id);
    // Gil reports to you: the pricing proposal (business leverage) is not suggested to him.
    expect(ids(gil.id)).toEqual([outage.id, offsite.id, migration.id, beta.id]);
    expect(ids(ana.id)).toEqual([pricing.id, outage.id, offsite.id, beta.id]);
    expect(ids(bo.id)).toEqual([outage.id, offsite.id, migration.id, beta.id]);
    expect(gaps.find((g) => g.stakeholderId === gil.id)!.entries[0]).toEqual({
      id: outage.id,
      title: 'Outage postmortem',
      label: 'Outage postmortem',
      occurredOn: '2026-03-01',
      level: 'project',
      starred: true,
    });
    // Three per person unless asked otherwise.
    const standard = ok(core, 'visibility:gaps', { today: TODAY });
    expect(standard.every((g) => g.entries.length === 3)).toBe(true);
  });

  it('writes a concrete suggestion about the first entry', () => {
    const { core } = journal();
    const gaps = ok(core, 'visibility:gaps', { today: TODAY });
    const text = Object.fromEntries(gaps.map((g) => [g.name, g.suggestion]));
    expect(text.Cy).toBe(
      '“Pricing proposal” (business leverage level, 15 Jan) has not been seen by Cy (diagonal-up), who last saw your work 74 days ago.',
    );
    expect(text.Dee).toBe(
      '“Pricing proposal” (business leverage level, 15 Jan) has not been seen by Dee (skip-level), who has not seen any of your work yet.',
    );
    expect(text.Bo).toBe(
      '“Outage postmortem” (project level, 1 Mar) has not been seen by Bo (sideways), who last saw your work 5 days ago.',
    );
  });

  it('narrows by level, recency window, direction, key deciders and count', () => {
    const { core, gil, beta } = journal();
    const gapsOf = (input: Record<string, unknown>) => ok(core, 'visibility:gaps', { today: TODAY, ...input });
    const names = (input: Record<string, unknown>) => gapsOf(input).map((g) => g.name);
    // Bo saw the only leverage entry; Gil (down) is never offered business-leverage work.
    expect(names({ minLevel: 'leverage' })).toEqual(['Dee', 'Cy', 'Ana', 'Eve', 'Fay']);
    expect(names({ directions: ['sideways', 'outside'] })).toEqual(['Bo', 'Eve', 'Fay']);
    expect(names({ keyDecidersOnly: true })).toEqual(['Dee', 'Cy', 'Ana']);
    expect(names({ limit: 2 })).toEqual(['Dee', 'Cy']);
    // An entry exactly `withinDays` old is still recent; one day older is not.
    const gilEntries = (withinDays: number) =>
      gapsOf({ withinDays, perPerson: 10 }).find((g) => g.stakeholderId === gil.id)!.entries.map((e) => e.id);
    expect(gilEntries(37)).toContain(beta.id);
    expect(gilEntries(36)).not.toContain(beta.id);
    expect(gapsOf({ withinDays: 30 }).find((g) => g.name === 'Gil')!.entries.map((e) => e.title)).toEqual([
      'Outage postmortem',
      'Team offsite plan',
      'Data migration write-up',
    ]);
  });

  it('closes a gap once the person is recorded as having seen the work', () => {
    const { core, cy, pricing } = journal();
    const before = ok(core, 'visibility:gaps', { today: TODAY, minLevel: 'leverage' });
    expect(before.map((g) => g.name)).toContain('Cy');
    const current = ok(core, 'entries:get', { id: pricing.id });
    ok(core, 'entries:update', {
      id: pricing.id,
      revision: current.revision,
      seenBy: [...current.seenBy.map((s) => ({ stakeholderId: s.stakeholderId })), { stakeholderId: cy.id }],
    });
    const after = ok(core, 'visibility:gaps', { today: TODAY, minLevel: 'leverage' });
    expect(after.map((g) => g.name)).not.toContain('Cy');
  });

  it('names an untitled entry by its text, dates other years in full and says "today" and "yesterday"', () => {
    const { core } = openJournal();
    const ida = person(core, 'Ida', 'up');
    const jo = person(core, 'Jo', 'up');
    entry(core, '2026-01-02', 'task', [ida, jo]);
    entry(core, '2025-12-20', 'value', [], {
      title: '',
      text: '\nCut cloud costs by a third across every region and every environment we run\nSecond line',
    });
    const [first] = ok(core, 'visibility:gaps', { today: '2026-01-02' });
    expect(first!.entries[0]!.title).toBeNull();
    expect(first!.suggestion).toBe(
      '“Cut cloud costs by a third across every region and every…” (product value level, 20 Dec 2025) ' +
        'has not been seen by Ida (up), who last saw your work today.',
    );
    expect(ok(core, 'visibility:gaps', { today: '2026-01-03' })[1]!.suggestion).toMatch(
      /by Jo \(up\), who last saw your work yesterday\.$/,
    );
  });

  it('is empty without people or without recent work at the level', () => {
    const { core } = openJournal();
    expect(ok(core, 'visibility:gaps', {})).toEqual([]);
    person(core, 'Kim', 'sideways');
    entry(core, '2026-03-01', 'task');
    expect(ok(core, 'visibility:gaps', {})).toEqual([]);
    expect(ok(core, 'visibility:gaps', { minLevel: 'task' })).toHaveLength(1);
  });
});

describe('suggestions that respect the audience', () => {
  it('never suggest the example entry or a confidential one, and offer outside people only customer-facing outcomes', () => {
    const { core } = openJournal();
    const boss = person(core, 'Boss', 'up');
    const partner = person(core, 'Partner', 'outside');
    const report = person(core, 'Report', 'down');
    const example = ok(core, 'entries:create', {
      body: doc('An example entry — delete it whenever you like.'),
      ownershipLevel: 'milestone',
      occurredOn: TODAY,
      example: true,
    });
    const cost = entry(core, '2026-03-01', 'leverage', [], { title: 'Confidential cost proposal' });
    ok(core, 'entries:update', { id: cost.id, revision: cost.revision, confidential: true });
    entry(core, '2026-03-02', 'leverage', [], { title: 'Headcount plan' });
    entry(core, '2026-03-03', 'value', [], { title: 'Checkout conversion up 4%' });
    entry(core, '2026-03-04', 'project', [], { title: 'Billing refactor' });

    const gaps = ok(core, 'visibility:gaps', { today: TODAY, perPerson: 10 });
    const shown = (p: { id: string }) => gaps.find((g) => g.stakeholderId === p.id)?.entries.map((e) => e.title) ?? [];
    const all = gaps.flatMap((g) => g.entries.map((e) => e.id));
    expect(all).not.toContain(example.id);
    expect(all).not.toContain(cost.id);
    expect(shown(boss)).toEqual(['Headcount plan', 'Checkout conversion up 4%', 'Billing refactor']);
    expect(shown(partner)).toEqual(['Checkout conversion up 4%']);
    expect(shown(report)).toEqual(['Checkout conversion up 4%', 'Billing refactor']);
    expect(ok(core, 'entries:get', { id: cost.id }).confidential).toBe(true);
  });
});
