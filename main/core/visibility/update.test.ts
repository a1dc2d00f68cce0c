/**
 * "Prepare an update for…": the entries of a period at or above a level, for a person or a
 * direction, as Markdown and a StarterKit-only document — with private notes about people
 * left out unless the user explicitly includes them.
 */
import { describe, expect, it } from 'vitest';
import type { DocNode } from '../../../common/contract';
import { fails, ok, openJournal } from '../test-helpers';
import { entry, person } from './test-fixtures';

const NO_ONE = '01900000-0000-7000-8000-000000000000';
const PRIVATE = {
  motivations: 'Wants to be promoted to VP by summer',
  influences: 'Listens closely to the CFO',
  notes: 'Going through a rough divorce\nDo not mention the reorg',
};
const STARTER_KIT = new Set(['doc', 'heading', 'paragraph', 'bulletList', 'listItem', 'hardBreak', 'text']);

function types(node: DocNode, out = new Set<string>()): Set<string> {
  out.add(node.type);
  for (const mark of node.marks ?? []) out.add(`mark:${mark.type}`);
  for (const child of node.content ?? []) types(child, out);
  return out;
}

function journal() {
  const j = openJournal();
  const { core } = j;
  const cy = person(core, 'Cy', 'diagonal-up', { keyDecider: true, ...PRIVATE });
  const dan = person(core, 'Dan', 'diagonal-up', { notes: 'Plays chess with my manager' });
  const bo = person(core, 'Bo', 'sideways');
  const migration = entry(core, '2026-02-10', 'project', [cy], {
    title: 'Data migration write-up',
    impact: 'Cut the nightly batch from 6 h to 40 min',
  });
  const pricing = entry(core, '2026-01-20', 'leverage', [], { title: 'Pricing proposal' });
  const beta = entry(core, '2026-02-01', 'project', [dan], { title: 'Beta shipped' });
  const typo = entry(core, '2026-02-02', 'task', [], { title: 'Fixed a typo' });
  entry(core, '2025-12-31', 'leverage', [], { title: 'Before the period' });
  const trashed = entry(core, '2026-02-03', 'value', [], { title: 'In the trash' });
  ok(core, 'entries:delete', { id: trashed.id });
  return { ...j, cy, dan, bo, migration, pricing, beta, typo };
}

describe('updates:prepare', () => {
  it('lists the period’s entries at or above the level, highest level first, then by day', () => {
    const { core, cy, migration, pricing, beta } = journal();
    const update = ok(core, 'updates:prepare', {
      stakeholderId: cy.id,
      from: '2026-01-01',
      to: '2026-03-31',
      minLevel: 'project',
    });
    expect(update.title).toBe('Update for Cy');
    expect(update.entryIds).toEqual([pricing.id, beta.id, migration.id]);
    expect(update.omitted).toBe(0);
    expect(update.includesPrivateNotes).toBe(false);
    expect(update.markdown).toBe(
      [
        '## Update for Cy',
        '',
        'Highlights from 1 Jan – 31 Mar 2026:',
        '',
        '### Business leverage',
        '',
        '- **Pricing proposal** (20 Jan)',
        '',
        '### Project',
        '',
        '- **Beta shipped** (1 Feb)',
        '- **Data migration write-up** (10 Feb) — Cut the nightly batch from 6 h to 40 min',
        '',
      ].join('\n'),
    );
    expect([...types(update.doc)].every((t) => STARTER_KIT.has(t) || t === 'mark:bold')).toBe(true);
    expect(update.doc.content![0]).toEqual({
      type: 'heading',
      attrs: { level: 2 },
      content: [{ type: 'text', text: 'Update for Cy' }],
    });
  });

  it('leaves private notes out unless explicitly asked for', () => {
    const { core, cy } = journal();
    const base = { from: '2026-01-01', to: '2026-03-31' };
    for (const input of [
      { ...base, stakeholderId: cy.id },
      { ...base, stakeholderId: cy.id, includePrivateNotes: false },
      { ...base, direction: 'diagonal-up' as const },
    ]) {
      const update = ok(core, 'updates:prepare', input);
      const everything = JSON.stringify(update);
      for (const secret of ['VP by summer', 'CFO', 'divorce', 'reorg', 'chess']) expect(everything).not.toContain(secret);
      expect(update.includesPrivateNotes).toBe(false);
    }
    const withNotes = ok(core, 'updates:prepare', { ...base, stakeholderId: cy.id, includePrivateNotes: true });
    expect(withNotes.includesPrivateNotes).toBe(true);
    expect(withNotes.markdown).toContain(
      [
        '### Private notes',
        '',
        '- **Cy**  ',
        '  Motivations: Wants to be promoted to VP by summer  ',
        '  Influences: Listens closely to the CFO  ',
        '  Notes: Going through a rough divorce  ',
        '  Do not mention the reorg',
      ].join('\n'),
    );
    // Only the recipient's notes, never anyone else's.
    expect(withNotes.markdown).not.toContain('chess');
    const docText = JSON.stringify(withNotes.doc);
    expect(docText).toContain('Do not mention the reorg');
    expect([...types(withNotes.doc)]).toContain('hardBreak');
  });

  it('prepares an update for a direction, optionally without what they have already seen', () => {
    const { core, migration, pricing, beta, typo } = journal();
    const all = ok(core, 'updates:prepare', { direction: 'diagonal-up', from: '2026-01-01', to: '2026-03-31' });
    expect(all.title).toBe('Update for Cy and Dan');
    expect(all.entryIds).toEqual([pricing.id, beta.id, migration.id, typo.id]);
    const unseen = ok(core, 'updates:prepare', {
      direction: 'diagonal-up',
      from: '2026-01-01',
      to: '2026-03-31',
      excludeSeen: true,
    });
    expect(unseen.entryIds).toEqual([pricing.id, typo.id]);
    const withNotes = ok(core, 'updates:prepare', {
      direction: 'diagonal-up',
      from: '2026-01-01',
      to: '2026-03-31',
      includePrivateNotes: true,
    });
    expect(withNotes.markdown).toContain('- **Dan**  \n  Notes: Plays chess with my manager');
    expect(withNotes.markdown).toContain('VP by summer');
    expect(ok(core, 'updates:prepare', { direction: 'outside', from: '2026-01-01', to: '2026-03-31' }).title).toBe(
      'Update (outside)',
    );
  });

  it('leaves out what the person has seen when asked, and says when nothing matches', () => {
    const { core, cy, pricing, beta } = journal();
    const update = ok(core, 'updates:prepare', {
      stakeholderId: cy.id,
      from: '2026-01-01',
      to: '2026-03-31',
      minLevel: 'project',
      excludeSeen: true,
    });
    expect(update.entryIds).toEqual([pricing.id, beta.id]);
    const empty = ok(core, 'updates:prepare', { stakeholderId: cy.id, from: '2026-03-01', to: '2026-03-31', minLevel: 'value' });
    expect(empty.entryIds).toEqual([]);
    expect(empty.markdown).toContain('No entries at product value level or above in this period.');
    expect(empty.doc.content!.map((n) => n.type)).toEqual(['heading', 'paragraph', 'paragraph']);
  });

  it('cuts a long update at the limit and says how many were left out', () => {
    const { core, cy, pricing, beta } = journal();
    const update = ok(core, 'updates:prepare', { stakeholderId: cy.id, from: '2026-01-01', to: '2026-03-31', limit: 2 });
    expect(update.entryIds).toEqual([pricing.id, beta.id]);
    expect(update.omitted).toBe(2);
    expect(update.markdown).toContain('…and 2 more.');
  });

  it('escapes Markdown in the user’s words and names an untitled entry by its text', () => {
    const { core, bo } = journal();
    entry(core, '2026-04-02', 'value', [], { title: '*Big* [launch] #1 <b>', impact: '- 20% cost_per_user' });
    entry(core, '2026-04-03', 'value', [], { title: '', text: '1. Ordered-looking first line' });
    const update = ok(core, 'updates:prepare', { stakeholderId: bo.id, from: '2026-04-01', to: '2026-04-30' });
    expect(update.markdown).toContain('- **\\*Big\\* \\[launch\\] \\#1 \\<b\\>** (2 Apr) — - 20% cost\\_per\\_user');
    expect(update.markdown).toContain('- **1. Ordered-looking first line** (3 Apr)');
    expect(JSON.stringify(update.doc)).toContain('"text":"*Big* [launch] #1 <b>"');
    // A note line that looks like a list item stays a line of text.
    ok(core, 'people:update', { id: bo.id, notes: 'First\n2. second\n- third' });
    const notes = ok(core, 'updates:prepare', {
      stakeholderId: bo.id,
      from: '2026-04-01',
      to: '2026-04-30',
      includePrivateNotes: true,
    });
    expect(notes.markdown).toContain('  Notes: First  \n  2\\. second  \n  \\- third\n');
  });

  it('needs exactly one target, a real person and a sound period', () => {
    const { core, cy } = journal();
    const period = { from: '2026-01-01', to: '2026-03-31' };
    fails(core, 'updates:prepare', period, 'invalid_input');
    fails(core, 'updates:prepare', { ...period, stakeholderId: cy.id, direction: 'up' }, 'invalid_input');
    fails(core, 'updates:prepare', { ...period, stakeholderId: NO_ONE }, 'not_found');
    fails(core, 'updates:prepare', { stakeholderId: cy.id, from: '2026-03-31', to: '2026-01-01' }, 'invalid_input');
  });
});

describe('what an update never holds', () => {
  it('leaves out entries marked confidential and the onboarding example', () => {
    const { core, cy, migration, pricing, beta } = journal();
    ok(core, 'entries:update', { id: pricing.id, revision: pricing.revision, confidential: true });
    const example = ok(core, 'entries:create', { body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'An example entry' }] }] }, ownershipLevel: 'project', occurredOn: '2026-02-15', example: true });
    const update = ok(core, 'updates:prepare', { stakeholderId: cy.id, from: '2026-01-01', to: '2026-03-31', minLevel: 'project' });
    expect(update.entryIds).toEqual([beta.id, migration.id]);
    expect(update.entryIds).not.toContain(example.id);
    expect(update.markdown).not.toContain('Pricing proposal');
  });
});
