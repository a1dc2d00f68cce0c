import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { doc, dumpDb, ok, openJournal } from '../../test-helpers';
import { fillRichJournal } from '../testing/rich-journal';

describe('importing a Scopebook file into a journal that is not empty', () => {
  it('adds only what is new: the same file again, or into its own journal, adds nothing', () => {
    const { core, clock, dir, db } = openJournal();
    fillRichJournal(core, clock);
    const path = join(dir, 'journal.json');
    ok(core, 'data:exportJson', { path });
    const before = dumpDb(db);
    expect(ok(core, 'data:importPreview', { path })).toMatchObject({ entries: 0, duplicates: 5, people: 0, goals: 0, warnings: [] });
    expect(ok(core, 'data:importCommit', { path })).toMatchObject({ imported: 0, duplicates: 5 });
    expect(dumpDb(db)).toEqual(before);
  });

  it('links people to someone of the same name already here and keeps this journal’s settings', () => {
    const source = openJournal();
    fillRichJournal(source.core, source.clock);
    const path = join(source.dir, 'journal.json');
    ok(source.core, 'data:exportJson', { path });

    const { core, db } = openJournal();
    const mine = ok(core, 'people:create', { name: 'alice ng', direction: 'up' });
    ok(core, 'entries:create', { body: doc('my own entry'), ownershipLevel: 'task' });
    db.prepare(`INSERT INTO settings (key, value) VALUES ('ui.theme', '"light"')`).run();

    const preview = ok(core, 'data:importPreview', { path });
    expect(preview).toMatchObject({ entries: 5, people: 2 });
    expect(preview.warnings).toEqual(['Alice Ng is already in your people; what they saw is added to the existing person', '1 saved review will be added']);
    ok(core, 'data:importCommit', { path });

    const people = ok(core, 'people:list', { includeArchived: true });
    expect(people.map((p) => p.name)).toEqual(['alice ng', 'Bob', 'Carol']);
    const alice = people.find((p) => p.id === mine.id)!;
    expect(alice.entriesSeen).toBe(1);
    expect(alice.connections).toEqual([people.find((p) => p.name === 'Bob')!.id]);
    expect(db.prepare(`SELECT value FROM settings WHERE key = 'ui.theme'`).pluck().get()).toBe('"light"');
    expect(ok(core, 'entries:count', {}).count).toBe(5);
    expect(db.pragma('foreign_key_check')).toEqual([]);
  });
});
