import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { doc, dumpDb, fails, ok, openJournal } from '../../test-helpers';

const JRNL = {
  tags: { '@work': 2 },
  entries: [
    {
      title: 'Shipped the importer.',
      body: 'It reads jrnl files @work.\n\nSecond paragraph\nwith a line break.',
      date: '2024-03-05',
      time: '17:30',
      tags: ['@work'],
      starred: true,
      uuid: 'A1B2',
    },
    { title: 'Planning day.', body: '', date: '2024-03-01', time: '09:00', tags: ['@work', '@planning'], starred: false },
  ],
};

function write(dir: string, name: string, value: unknown): string {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
}

describe('importing a jrnl export', () => {
  it('previews without writing, then imports entries awaiting triage; importing again adds nothing', () => {
    const { core, dir, db } = openJournal();
    const path = write(dir, 'jrnl.json', JRNL);
    const before = dumpDb(db);
    const preview = ok(core, 'data:importPreview', { path });
    expect(preview).toEqual({
      source: 'jrnl',
      path,
      entries: 2,
      duplicates: 0,
      duplicateSamples: [],
      // The first entries as they will look: jrnl's title is their first line, @work is #work.
      samples: [
        { occurredOn: '2024-03-01', body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Planning day.' }] }] }, tags: ['work', 'planning'], starred: false },
        {
          occurredOn: '2024-03-05',
          body: {
            type: 'doc',
            content: [
              { type: 'paragraph', content: [{ type: 'text', text: 'Shipped the importer.' }] },
              { type: 'paragraph', content: [{ type: 'text', text: 'It reads jrnl files #work.' }] },
              { type: 'paragraph', content: [{ type: 'text', text: 'Second paragraph' }, { type: 'hardBreak' }, { type: 'text', text: 'with a line break.' }] },
            ],
          },
          tags: ['work'],
          starred: true,
        },
      ],
      from: '2024-03-01',
      to: '2024-03-05',
      tags: [
        { name: 'work', count: 2 },
        { name: 'planning', count: 1 },
      ],
      people: 0,
      goals: 0,
      warnings: [],
    });
    expect(dumpDb(db)).toEqual(before);

    expect(ok(core, 'data:importCommit', { path })).toEqual({ source: 'jrnl', imported: 2, duplicates: 0, people: 0, goals: 0, warnings: [] });
    const triage = ok(core, 'entries:list', { unrated: true });
    // jrnl's title is its first sentence: it becomes the first paragraph, seen and edited with the rest.
    expect(triage.items.map((e) => [e.occurredOn, e.title, e.excerpt, e.ownershipLevel, e.starred, e.tags])).toEqual([
      ['2024-03-05', null, 'Shipped the importer. It reads jrnl files #work. Second paragraph with a line break.', null, true, ['work']],
      ['2024-03-01', null, 'Planning day.', null, false, ['planning', 'work']],
    ]);
    const shipped = ok(core, 'entries:get', { id: triage.items[0]!.id });
    // jrnl's @tag is Scopebook's #tag: it stays a tag, never a person.
    expect(shipped.bodyText).toBe('Shipped the importer.\nIt reads jrnl files #work.\nSecond paragraph\nwith a line break.');
    expect(JSON.stringify(shipped.body)).not.toContain('"mention"');
    expect(shipped.createdAt).toBe(new Date(2024, 2, 5, 17, 30).toISOString());

    const again = ok(core, 'data:importPreview', { path });
    expect(again).toMatchObject({ entries: 0, duplicates: 2, from: null, to: null });
    expect(again.duplicateSamples.map((d) => d.reason)).toEqual(['same-source-id', 'same-day-and-text']);
    expect(ok(core, 'data:importCommit', { path })).toMatchObject({ imported: 0, duplicates: 2 });
    expect(ok(core, 'entries:count', {}).count).toBe(2);
  });

  it('skips an entry already written in Scopebook on the same day with the same text', () => {
    const { core, dir } = openJournal();
    ok(core, 'entries:create', { occurredOn: '2024-03-01', title: 'Planning day.', body: doc(''), ownershipLevel: 'task' });
    const preview = ok(core, 'data:importPreview', { path: write(dir, 'jrnl.json', JRNL) });
    expect(preview).toMatchObject({ entries: 1, duplicates: 1, duplicateSamples: [{ occurredOn: '2024-03-01', reason: 'same-day-and-text' }] });
  });

  it('names the file, the entry and the field of a wrong value, and imports nothing', () => {
    const { core, dir, db } = openJournal();
    const bad = structuredClone(JRNL) as { entries: Record<string, unknown>[] };
    bad.entries[1]!.date = '2024-02-30';
    const before = dumpDb(db);
    const error = fails(core, 'data:importCommit', { path: write(dir, 'broken.json', bad) }, 'invalid_input');
    expect(error.message).toMatch(/^broken\.json, entry 2, field "date": .*real calendar day.*Nothing was imported\.$/);
    expect(error.field).toBe('path');
    bad.entries[1]!.date = '2024-02-03';
    bad.entries[0]!.starred = 'yes';
    expect(fails(core, 'data:importCommit', { path: write(dir, 'broken.json', bad) }, 'invalid_input').message).toMatch(
      /entry 1, field "starred"/,
    );
    expect(dumpDb(db)).toEqual(before);
  });
});
