/** Renaming a person changes how every mention of them reads: stored text, search, timeline and exports. */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { changesOf } from './changes';
import { docOf, mention, ok, openJournal, paragraph } from './test-helpers';

describe('mention labels', () => {
  it('follow a rename everywhere, without a new revision', () => {
    const { core, dir } = openJournal();
    const priya = ok(core, 'people:create', { name: 'Priya', direction: 'up' });
    const entry = ok(core, 'entries:create', {
      body: docOf(paragraph('Walked ', mention(priya.id, 'Priya'), ' through the rollout.')),
      ownershipLevel: 'project',
      occurredOn: '2026-03-02',
    });
    expect(entry.bodyText).toBe('Walked @Priya through the rollout.');

    ok(core, 'people:update', { id: priya.id, name: 'Priya Shah' });
    const after = ok(core, 'entries:get', { id: entry.id });
    expect(after.bodyText).toBe('Walked @Priya Shah through the rollout.');
    expect(JSON.stringify(after.body)).toContain('"label":"Priya Shah"');
    expect(after.revision).toBe(entry.revision);
    expect(ok(core, 'entries:list', {}).items[0]!.excerpt).toBe('Walked @Priya Shah through the rollout.');
    expect(ok(core, 'entries:search', { query: 'Shah' }).items.map((h) => h.entry.id)).toEqual([entry.id]);

    const out = join(dir, 'md');
    mkdirSync(out);
    ok(core, 'data:exportMarkdown', { folder: out, layout: 'yearly' });
    const files = readdirSync(out).filter((f) => f.endsWith('.md'));
    const text = files.map((f) => readFileSync(join(out, f), 'utf8')).join('\n');
    expect(text).toContain('@Priya Shah');
    expect(text).not.toMatch(/@Priya(?! Shah)/);

    // An editor still holding the old label saves the current name.
    const saved = ok(core, 'entries:update', {
      id: entry.id,
      revision: after.revision,
      body: docOf(paragraph('Walked ', mention(priya.id, 'Priya'), ' through the rollout again.')),
    });
    expect(saved.bodyText).toBe('Walked @Priya Shah through the rollout again.');
    // Open views are told entries changed too.
    expect(changesOf('people:update', { id: priya.id, name: 'P. Shah' }, {}).map((c) => c.what)).toContain('entries');
    expect(changesOf('people:update', { id: priya.id, role: 'Director' }, {}).map((c) => c.what)).not.toContain('entries');
  });
});
