import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { doc, dumpDb, fails, fileHash, ok, openJournal } from '../test-helpers';
import { exportJournalJson } from './export-json';
import { DERIVED_TABLES } from '../derived';
import { EXPORTED_TABLES, NOT_EXPORTED_TABLES } from './journal-format';
import { Cancelled } from './progress';
import { fillRichJournal, journalContent } from './testing/rich-journal';

describe('JSON export', () => {
  it('round-trips exactly: export → import into an empty journal → export gives the same bytes and the same journal', () => {
    const a = openJournal();
    fillRichJournal(a.core, a.clock);
    const first = join(a.dir, 'journal.json');
    const exported = ok(a.core, 'data:exportJson', { path: first });
    expect(exported).toMatchObject({ files: [first], entries: 5 });
    expect(exported.bytes).toBe(readFileSync(first).length);

    const b = openJournal();
    const preview = ok(b.core, 'data:importPreview', { path: first });
    expect(preview).toMatchObject({ source: 'scopebook', entries: 5, duplicates: 0, people: 3, goals: 2, from: '2019-05-06', to: '2026-03-01' });
    expect(ok(b.core, 'data:importCommit', { path: first })).toMatchObject({ imported: 5, people: 3, goals: 2 });
    const second = join(b.dir, 'again.json');
    ok(b.core, 'data:exportJson', { path: second });

    expect(readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'));
    expect(journalContent(b.db)).toEqual(journalContent(a.db));
    // Derived data is rebuilt: search and the people's view of the work work in the new journal.
    expect(ok(b.core, 'entries:search', { query: 'churn' }).items.map((h) => h.entry.title)).toEqual(['Launched billing v2']);
    expect(ok(b.core, 'people:list', {}).find((p) => p.name === 'Bob')).toMatchObject({ entriesSeen: 1, connections: [expect.any(String)] });
  });

  it('keeps the example and confidential flags through an export and an import', () => {
    const a = openJournal();
    ok(a.core, 'entries:create', { occurredOn: '2026-01-02', body: doc('An example entry'), ownershipLevel: 'milestone', example: true });
    ok(a.core, 'entries:create', { occurredOn: '2026-01-03', body: doc('Cost proposal'), ownershipLevel: 'leverage', confidential: true });
    ok(a.core, 'entries:create', { occurredOn: '2026-01-04', body: doc('Plain work'), ownershipLevel: 'task' });
    const file = join(a.dir, 'flags.json');
    ok(a.core, 'data:exportJson', { path: file });
    const b = openJournal();
    ok(b.core, 'data:importCommit', { path: file });
    const flags = ok(b.core, 'entries:list', {}).items.map((e) => [e.excerpt, e.example, e.confidential]);
    expect(flags).toEqual([
      ['Plain work', false, false],
      ['Cost proposal', false, true],
      ['An example entry', true, false],
    ]);
  });

  it('writes the documented format: 2-space JSON of the whole journal, private notes and trash included', () => {
    const { core, clock, dir } = openJournal();
    fillRichJournal(core, clock);
    const path = join(dir, 'journal.json');
    ok(core, 'data:exportJson', { path });
    const text = readFileSync(path, 'utf8');
    const parsed = JSON.parse(text) as Record<string, unknown> & { entries: Record<string, unknown>[]; people: { notes: string | null }[] };
    expect(text).toBe(JSON.stringify(parsed, null, 2));
    expect(Object.keys(parsed)).toEqual([
      'format',
      'version',
      'settings',
      'tags',
      'goals',
      'people',
      'connections',
      'reviewTemplates',
      'reviews',
      'praise',
      'nudgeDismissals',
      'entries',
    ]);
    expect(parsed).toMatchObject({ format: 'scopebook-journal', version: 1, settings: { 'ui.theme': 'dark', 'review.cycleStartMonth': 4 } });
    expect(parsed.people.map((p) => p.notes)).toContain('Private: prefers written updates.\nLikes data.');
    // A person's email addresses travel with them (sorted); people without any have no field.
    expect(parsed.people.map((p) => (p as { emails?: string[] }).emails)).toContainEqual(['alice.k@home.org', 'alice@work.com']);
    expect(parsed.people.filter((p) => 'emails' in p)).toHaveLength(1);
    expect(parsed.entries.filter((e) => e.deletedAt !== null).map((e) => e.bodyText)).toEqual(['A mistake']);
    expect(parsed.entries.find((e) => e.level === null)).toMatchObject({ source: 'jrnl', sourceId: 'abc-123' });
    // The same journal always exports to the same bytes.
    const again = join(dir, 'again.json');
    ok(core, 'data:exportJson', { path: again });
    expect(fileHash(again)).toBe(fileHash(path));
  });

  it('carries every table of the schema (a new table must be added to the format)', () => {
    const { db } = openJournal();
    const tables = db
      .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'entries_fts%'`)
      .pluck()
      .all() as string[];
    // Tables derived by triggers (visibility/seen-tables.ts) are rebuilt on import, not carried.
    expect(tables.filter((t) => !DERIVED_TABLES.includes(t) && !NOT_EXPORTED_TABLES.includes(t)).sort()).toEqual([...EXPORTED_TABLES].sort());
    // And the rich journal fills each of them, so the round trip above really covers them.
    const rich = openJournal();
    fillRichJournal(rich.core, rich.clock);
    for (const table of EXPORTED_TABLES) expect(rich.db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get(), table).toBeGreaterThan(0);
  });

  it('reads the example in docs/journal-format.md and writes it back byte for byte', () => {
    const { core, dir } = openJournal();
    const markdown = readFileSync(join(__dirname, '../../../docs/journal-format.md'), 'utf8');
    const example = /```json\n([\s\S]*?)\n```/.exec(markdown)![1]!;
    const source = join(dir, 'example.json');
    writeFileSync(source, example);
    expect(ok(core, 'data:importCommit', { path: source })).toMatchObject({ imported: 1, people: 1 });
    const out = join(dir, 'out.json');
    ok(core, 'data:exportJson', { path: out });
    expect(readFileSync(out, 'utf8')).toBe(example);
  });

  it('refuses paths that are relative, missing a folder, a folder, the journal, its WAL, a backup or any database', () => {
    const { core, dir, path } = openJournal();
    ok(core, 'entries:create', { body: doc('precious'), ownershipLevel: 'task' });
    const backup = ok(core, 'data:backupNow', {});
    const otherDb = join(dir, 'other.sqlite');
    new Database(otherDb).exec('CREATE TABLE t (x)');
    mkdirSync(join(dir, 'folder'));
    const before = dumpDb(core.db);
    const journalHash = fileHash(path);
    const refused = [
      'journal.json',
      join(dir, 'missing', 'journal.json'),
      join(dir, 'folder'),
      path,
      `${path}-wal`,
      `${path}-shm`,
      join(dir, 'scopebook.lock'),
      backup.path,
      join(dir, 'backups', 'new.json'),
      otherDb,
    ];
    for (const target of refused) expect(fails(core, 'data:exportJson', { path: target }, 'invalid_input').field).toBe('path');
    expect(fileHash(path)).toBe(journalHash);
    expect(dumpDb(core.db)).toEqual(before);
    expect(readdirSync(join(dir, 'folder'))).toEqual([]);
  });

  it('cancelled half-way leaves the previous file exactly as it was and no temporary file behind', () => {
    const { core, dir } = openJournal();
    for (let i = 0; i < 450; i++) ok(core, 'entries:create', { body: doc(`entry ${i}`), ownershipLevel: 'task' });
    const target = join(dir, 'journal.json');
    writeFileSync(target, 'the previous export');
    const abort = new AbortController();
    const seen: [number, number][] = [];
    expect(() =>
      exportJournalJson(core.db, target, {
        signal: abort.signal,
        onProgress: (done, total) => {
          seen.push([done, total]);
          if (done >= 200) abort.abort();
        },
      }),
    ).toThrow(Cancelled);
    expect(seen).toEqual([
      [0, 450],
      [200, 450],
    ]);
    expect(readFileSync(target, 'utf8')).toBe('the previous export');
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    // Without cancelling, it completes and reports every step.
    const done: number[] = [];
    exportJournalJson(core.db, target, { onProgress: (n) => done.push(n) });
    expect(done).toEqual([0, 200, 400, 450]);
    expect((JSON.parse(readFileSync(target, 'utf8')) as { entries: unknown[] }).entries).toHaveLength(450);
  });

  it('does not hold the write lock: another program saves during an export, which shows the journal as it was when it began', () => {
    const { core, path, dir } = openJournal();
    ok(core, 'entries:create', { body: doc('before the export'), ownershipLevel: 'task' });
    const other = new Database(path, { timeout: 0 });
    try {
      const target = join(dir, 'journal.json');
      exportJournalJson(core.db, target, {
        onProgress: (done) => {
          if (done !== 0) return;
          other.exec('BEGIN IMMEDIATE');
          other.prepare(`UPDATE entries SET title = 'changed during the export'`).run();
          other.exec('COMMIT');
        },
      });
      const exported = JSON.parse(readFileSync(target, 'utf8')) as { entries: { title: string | null }[] };
      expect(exported.entries.map((e) => e.title)).toEqual([null]);
      expect(other.prepare('SELECT title FROM entries').pluck().get()).toBe('changed during the export');
    } finally {
      other.close();
    }
    expect(existsSync(join(dir, 'journal.json'))).toBe(true);
  });
});
