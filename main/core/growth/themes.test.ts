import { describe, expect, it } from 'vitest';
import { doc, dumpDb, fails, ok, openJournal } from '../test-helpers';
import { clusterThemes, terms } from './themes';

const BILLING = [
  'Moved billing invoices to the new pricing engine',
  'Fixed invoice rounding in billing for annual pricing',
  'Billing dashboard shows invoice totals per pricing plan',
  'Pricing page and billing invoices agree on tax',
];
const HIRING = [
  'Ran four interviews for the backend hiring loop',
  'Rewrote the hiring rubric so interviews score the same',
  'Trained two interviewers on the hiring rubric',
  'Hiring debrief: candidates from interviews ranked',
];
const CLUSTER = [
  'Upgraded the kubernetes cluster and the deploy pipeline',
  'Deploy pipeline retries flaky kubernetes nodes',
  'Kubernetes autoscaling cut the cluster bill',
  'Documented the deploy pipeline for the cluster on-call',
];

describe('grouping entries into themes', () => {
  it('finds the topics a period was about, names each by its words, and is the same every time', () => {
    const docs = [...BILLING, ...HIRING, ...CLUSTER].map((text, i) => ({ id: `e${String(i).padStart(2, '0')}`, text, tags: [] }));
    // Interleaved, as a journal would be.
    const mixed = [0, 4, 8, 1, 5, 9, 2, 6, 10, 3, 7, 11].map((i) => docs[i]!);
    const themes = clusterThemes(mixed, 3);
    expect(themes).toHaveLength(3);
    const groups = themes.map((t) => [...t.members].sort());
    expect(groups).toEqual(
      expect.arrayContaining([
        ['e00', 'e01', 'e02', 'e03'],
        ['e04', 'e05', 'e06', 'e07'],
        ['e08', 'e09', 'e10', 'e11'],
      ]),
    );
    const named = Object.fromEntries(themes.map((t) => [[...t.members].sort()[0], t.terms.slice(0, 3)]));
    expect(named.e00).toEqual(expect.arrayContaining(['billing']));
    expect(named.e04).toEqual(expect.arrayContaining(['hiring']));
    expect(named.e08).toEqual(expect.arrayContaining(['kubernetes']));
    expect(clusterThemes(mixed, 3)).toEqual(themes);
  });

  it('counts tags as terms, leaves out stop words and numbers, and needs a few entries to group', () => {
    expect(terms("We shipped the team's 2 new dashboards in 3 days")).toEqual(['shipped', 'dashboards']);
    const tagged = Array.from({ length: 6 }, (_, i) => ({ id: `t${i}`, text: `Note ${i} about things`, tags: [i < 3 ? 'oncall' : 'design'] }));
    const themes = clusterThemes(tagged, 2);
    expect(themes.map((t) => t.terms[0]).sort()).toEqual(['#design', '#oncall']);
    expect(clusterThemes(tagged.slice(0, 5), 2)).toEqual([]);
  });
});

describe('growth:themes', () => {
  it('groups a period’s live entries with their levels and who saw them', () => {
    const { core, db } = openJournal();
    const ana = ok(core, 'people:create', { name: 'Ana', direction: 'up', keyDecider: true });
    const texts = [...BILLING, ...HIRING, ...CLUSTER];
    texts.forEach((text, i) =>
      ok(core, 'entries:create', {
        body: doc(text),
        occurredOn: `2026-02-${String(i + 1).padStart(2, '0')}`,
        ownershipLevel: i === 1 ? 'project' : 'task',
        seenBy: i < 4 ? [{ stakeholderId: ana.id }] : [],
      }),
    );
    ok(core, 'entries:delete', {
      id: ok(core, 'entries:create', { body: doc('Billing invoices pricing trashed'), occurredOn: '2026-02-20', ownershipLevel: 'leverage' }).id,
    });
    ok(core, 'entries:create', { body: doc('Billing invoices outside the period'), occurredOn: '2026-04-01', ownershipLevel: 'value' });
    const result = ok(core, 'growth:themes', { from: '2026-02-01', to: '2026-02-28' });
    expect(result).toMatchObject({ from: '2026-02-01', to: '2026-02-28', entries: 12, sampled: false });
    expect(result.themes.reduce((n, t) => n + t.count, 0) + result.unthemed).toBe(12);
    const billing = result.themes.find((t) => t.terms.includes('billing'))!;
    expect(billing.count).toBe(4);
    expect(billing.levels).toEqual({ task: 3, milestone: 0, project: 1, value: 0, leverage: 0, unset: 0 });
    expect(billing.highest).toBe('project');
    expect(billing.entries[0]).toMatchObject({ name: BILLING[1], level: 'project', occurredOn: '2026-02-02' });
    expect(billing.people).toEqual([{ id: ana.id, name: 'Ana', direction: 'up', keyDecider: true, entries: 4 }]);
    expect(billing.name.split(' · ').length).toBe(3);

    const before = dumpDb(db);
    expect(fails(core, 'growth:themes', { from: '2026-03-01', to: '2026-02-01' }, 'invalid_input').field).toBe('to');
    fails(core, 'growth:themes', { from: '2026-02-01' }, 'invalid_input');
    expect(dumpDb(db)).toEqual(before);
    expect(ok(core, 'growth:themes', { from: '2030-01-01', to: '2030-12-31' })).toMatchObject({ entries: 0, themes: [] });
  });
});
