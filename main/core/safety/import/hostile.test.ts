import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dumpDb, fails, ok, openJournal } from '../../test-helpers';

function entries(n: number, body = 'text'): unknown {
  return {
    entries: Array.from({ length: n }, (_, i) => ({
      title: `Entry ${i}.`,
      body: `${body} ${i}`,
      date: '2024-03-05',
      time: '10:00',
      tags: [],
      starred: false,
    })),
  };
}

describe('hostile or malformed import files', () => {
  it('bad JSON: names the file and the line and column', () => {
    const { core, dir } = openJournal();
    const path = join(dir, 'export.json');
    writeFileSync(path, '{\n  "entries": [\n    {"title": "a",, }\n  ]\n}');
    expect(fails(core, 'data:importPreview', { path }, 'invalid_input').message).toMatch(/^export\.json: is not valid JSON at line 3, column \d+/);
  });

  it('deep nesting is refused before parsing, without overflowing the stack', () => {
    const { core, dir } = openJournal();
    const path = join(dir, 'deep.json');
    writeFileSync(path, `{"entries": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`);
    expect(fails(core, 'data:importPreview', { path }, 'invalid_input').message).toMatch(/deep\.json: is nested \d+ levels deep/);
  });

  it('a huge string in an entry is refused, naming the entry and field', () => {
    const { core, dir } = openJournal();
    const path = join(dir, 'huge.json');
    const file = entries(3) as { entries: { body: string }[] };
    file.entries[2]!.body = 'x'.repeat(2_000_001);
    writeFileSync(path, JSON.stringify(file));
    expect(fails(core, 'data:importPreview', { path }, 'invalid_input').message).toMatch(/huge\.json, entry 3, field "body": .*2000000/);
  });

  it('wrong types at the top level, unknown formats, non-UTF-8 bytes and a relative or missing path get clear errors', () => {
    const { core, dir } = openJournal();
    const at = (name: string, content: string | Buffer) => {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    };
    expect(fails(core, 'data:importPreview', { path: at('a.json', '{"entries": 5}'), source: 'jrnl' }, 'invalid_input').message).toMatch(
      /a\.json, field "entries"/,
    );
    expect(fails(core, 'data:importPreview', { path: at('b.json', '[1, 2, 3]') }, 'invalid_input').message).toMatch(/b\.json: is not a format Scopebook can import/);
    expect(fails(core, 'data:importPreview', { path: at('c.json', Buffer.from([0x7b, 0xff, 0xfe, 0x7d])) }, 'invalid_input').message).toMatch(
      /c\.json: is not UTF-8/,
    );
    expect(fails(core, 'data:importPreview', { path: 'relative.json' }, 'invalid_input').field).toBe('path');
    expect(fails(core, 'data:importPreview', { path: join(dir, 'missing.json') }, 'invalid_input').message).toMatch(/does not exist/);
  });

  it('a Scopebook file with a dangling reference or a future format version imports nothing', () => {
    const { core, dir, db } = openJournal();
    const base = { format: 'scopebook-journal', version: 1, settings: {}, tags: [], goals: [], people: [], connections: [], reviewTemplates: [], reviews: [], praise: [], nudgeDismissals: [] };
    const entry = {
      id: '01900000-0000-7000-8000-000000000001',
      occurredOn: '2024-03-05',
      createdAt: '2024-03-05T10:00:00.000Z',
      updatedAt: '2024-03-05T10:00:00.000Z',
      revision: 1,
      title: null,
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'hi' }] }] },
      bodyText: 'hi',
      level: 'task',
      impact: null,
      starred: false,
      goalId: null,
      deletedAt: null,
      tags: [],
      seenBy: [{ personId: '01900000-0000-7000-8000-0000000000ff', channel: null }],
      source: null,
      sourceId: null,
      followUp: null,
    };
    const before = dumpDb(db);
    const path = join(dir, 'sb.json');
    writeFileSync(path, JSON.stringify({ ...base, entries: [entry] }));
    expect(fails(core, 'data:importCommit', { path }, 'invalid_input').message).toMatch(/entry 1 \(01900000-.*\) was seen by .* who is not in the file/);
    writeFileSync(path, JSON.stringify({ ...base, entries: [{ ...entry, seenBy: [], level: 'legend' }] }));
    expect(fails(core, 'data:importCommit', { path }, 'invalid_input').message).toMatch(/entry 1 \(01900000-0000-7000-8000-000000000001\), field "level"/);
    writeFileSync(path, JSON.stringify({ ...base, version: 2, entries: [] }));
    expect(fails(core, 'data:importCommit', { path }, 'invalid_input').message).toMatch(/format version 2/);
    expect(dumpDb(db)).toEqual(before);
  });

  it('all or nothing: when the disk fills up during an import, not one entry is kept', () => {
    const { core, dir, db } = openJournal();
    const path = join(dir, 'many.json');
    writeFileSync(path, JSON.stringify(entries(400, 'lorem ipsum dolor sit amet '.repeat(40))));
    expect(ok(core, 'data:importPreview', { path }).entries).toBe(400);
    const before = dumpDb(db);
    db.pragma(`max_page_count = ${(db.pragma('page_count', { simple: true }) as number) + 20}`);
    expect(fails(core, 'data:importCommit', { path }, 'storage').message).toMatch(/disk is full/);
    expect(dumpDb(db)).toEqual(before);
    db.pragma('max_page_count = 1073741823');
    expect(ok(core, 'data:importCommit', { path }).imported).toBe(400);
  });

  it('an Obsidian folder with a link pointing outside it is refused', () => {
    const { core, dir } = openJournal();
    const vault = join(dir, 'vault');
    mkdirSync(vault);
    writeFileSync(join(vault, '2024-03-05.md'), 'a note');
    writeFileSync(join(dir, 'secret.md'), 'outside');
    symlinkSync(join(dir, 'secret.md'), join(vault, '2024-03-06.md'));
    expect(fails(core, 'data:importPreview', { path: vault }, 'invalid_input').message).toMatch(/vault, 2024-03-06\.md: links to a place outside the folder/);
  });
});
