import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dumpDb, fails, ok, openJournal } from '../../test-helpers';
import { makeZip } from '../testing/make-zip';

const JOURNAL = {
  metadata: { version: '1.0' },
  entries: [
    {
      uuid: 'E1',
      // 23:30 on 4 March in New York is already 5 March in UTC: the entry's day is its local day.
      creationDate: '2024-03-05T04:30:00Z',
      timeZone: 'America/New_York',
      text: '# Big demo\n\nShowed the **new flow** to the VPs #demo\n\n![](dayone-moment://ABC)',
      tags: ['Work', 'Demo Day'],
      starred: true,
    },
    { uuid: 'E2', creationDate: '2024-03-05T23:30:00Z', timeZone: 'Asia/Tokyo', text: 'Tokyo is a day ahead', tags: [] },
    { uuid: 'E3', creationDate: '2024-03-07T12:00:00Z', timeZone: 'Europe/Berlin' },
  ],
};

describe('importing Day One', () => {
  it('dates each entry by its local day in its own time zone, keeps Markdown and tags, leaves photos out', () => {
    const { core, dir } = openJournal();
    const path = join(dir, 'Journal.json');
    writeFileSync(path, JSON.stringify(JOURNAL));
    const preview = ok(core, 'data:importPreview', { path });
    expect(preview).toMatchObject({ source: 'dayone', entries: 2, from: '2024-03-04', to: '2024-03-06' });
    expect(preview.warnings).toEqual([
      '1 entry has no text (photos only?) and will be skipped',
      '1 photo is not imported: Scopebook keeps text only',
    ]);
    ok(core, 'data:importCommit', { path });
    const list = ok(core, 'entries:list', {}).items;
    expect(list.map((e) => [e.occurredOn, e.starred, e.tags])).toEqual([
      ['2024-03-06', false, []],
      ['2024-03-04', true, ['demo', 'demo-day', 'work']],
    ]);
    const demo = ok(core, 'entries:get', { id: list[1]!.id });
    expect(demo.body.content?.[0]).toEqual({ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Big demo' }] });
    expect(demo.body.content?.[1]?.content).toContainEqual({ type: 'text', text: 'new flow', marks: [{ type: 'bold' }] });
    expect(demo.createdAt).toBe('2024-03-05T04:30:00.000Z');
  });

  it('reads the export zip (and only its JSON), and a second import adds nothing', () => {
    const { core, dir } = openJournal();
    const path = join(dir, 'export.zip');
    writeFileSync(
      path,
      makeZip([
        { name: 'Journal.json', data: JSON.stringify(JOURNAL) },
        { name: 'photos/abc.jpeg', data: Buffer.alloc(5000, 7), method: 0 },
      ]),
    );
    expect(ok(core, 'data:importCommit', { path })).toMatchObject({ source: 'dayone', imported: 2 });
    expect(ok(core, 'data:importCommit', { path })).toMatchObject({ imported: 0, duplicates: 2 });
  });

  it('refuses hostile archives and imports nothing', () => {
    const { core, dir, db } = openJournal();
    const before = dumpDb(db);
    const zip = (name: string, bytes: Buffer) => {
      const path = join(dir, name);
      writeFileSync(path, bytes);
      return path;
    };
    const json = JSON.stringify(JOURNAL);
    const cases: [string, Buffer, RegExp][] = [
      ['escape.zip', makeZip([{ name: '../../etc/Journal.json', data: json }]), /points outside the archive/],
      ['absolute.zip', makeZip([{ name: '/tmp/Journal.json', data: json }]), /points outside the archive/],
      ['backslash.zip', makeZip([{ name: '..\\Journal.json', data: json }]), /points outside the archive/],
      // 50 MB of zeros packed into ~50 KB: a zip bomb by ratio.
      ['bomb.zip', makeZip([{ name: 'Journal.json', data: Buffer.alloc(50 * 1024 * 1024) }]), /zip bomb/],
      // Declares a small size but unpacks to far more: inflating stops at the declared size.
      ['liar.zip', makeZip([{ name: 'Journal.json', data: 'x'.repeat(100_000), declaredSize: 1000 }]), /does not unpack to its declared size/],
      ['empty.zip', makeZip([{ name: 'photos/a.jpeg', data: 'jpeg' }]), /no \.json file inside/],
      ['not-dayone.zip', makeZip([{ name: 'Journal.json', data: '{"hello": 1}' }]), /Journal\.json: is not a Day One journal/],
    ];
    for (const [name, bytes, message] of cases) {
      const error = fails(core, 'data:importCommit', { path: zip(name, bytes) }, 'invalid_input');
      expect(error.message).toMatch(new RegExp(`^${name.replace('.', '\\.')}`));
      expect(error.message).toMatch(message);
    }
    const corrupt = makeZip([{ name: 'Journal.json', data: json, method: 0 }]);
    corrupt.write('X', 30 + 'Journal.json'.length + 5); // change a byte of the stored data
    expect(fails(core, 'data:importCommit', { path: zip('crc.zip', corrupt) }, 'invalid_input').message).toMatch(/checksum mismatch/);
    expect(dumpDb(db)).toEqual(before);
  });

  it('names the entry (by its uuid) and the field of a wrong value', () => {
    const { core, dir } = openJournal();
    const path = join(dir, 'Journal.json');
    const bad = structuredClone(JOURNAL) as { entries: Record<string, unknown>[] };
    bad.entries[1]!.creationDate = 'yesterday';
    writeFileSync(path, JSON.stringify(bad));
    expect(fails(core, 'data:importPreview', { path }, 'invalid_input').message).toMatch(
      /^Journal\.json, entry 2 \(E2\), field "creationDate": must be a date and time/,
    );
  });

  it('reads richText when text is empty, keeping headings and lists, and skips only entries with no words', () => {
    const { core, dir } = openJournal();
    const path = join(dir, 'Rich.json');
    const richText = JSON.stringify({
      meta: { version: 1 },
      contents: [
        { text: 'Launch week\n', attributes: { line: { header: 1 } } },
        { text: 'Shipped the ' },
        { text: 'billing', attributes: { bold: true } },
        { text: ' migration\n' },
        { text: 'cut costs\n', attributes: { line: { listStyle: 'bulleted', indentLevel: 1 } } },
        { text: 'no downtime\n', attributes: { line: { listStyle: 'bulleted', indentLevel: 1 } } },
      ],
    });
    writeFileSync(
      path,
      JSON.stringify({
        entries: [
          { uuid: 'R1', creationDate: '2024-04-02T10:00:00Z', timeZone: 'UTC', text: '', richText },
          { uuid: 'R2', creationDate: '2024-04-03T10:00:00Z', timeZone: 'UTC', richText: JSON.stringify({ contents: [{ embeddedObjects: [] }] }) },
        ],
      }),
    );
    const preview = ok(core, 'data:importPreview', { path });
    expect(preview).toMatchObject({ entries: 1 });
    expect(preview.warnings).toEqual(['1 entry has no text (photos only?) and will be skipped']);
    ok(core, 'data:importCommit', { path });
    const [entry] = ok(core, 'entries:list', {}).items;
    const body = ok(core, 'entries:get', { id: entry!.id }).body;
    expect(body.content?.[0]).toEqual({ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Launch week' }] });
    expect(body.content?.[1]?.content).toContainEqual({ type: 'text', text: 'billing', marks: [{ type: 'bold' }] });
    expect(body.content?.[2]?.type).toBe('bulletList');
    expect(body.content?.[2]?.content).toHaveLength(2);
    expect(JSON.stringify(body.content?.[2])).toContain('no downtime');
  });

  it('says a .zip that is not a zip is not a valid zip, and writes nothing', () => {
    const { core, dir, db } = openJournal();
    const path = join(dir, 'DayOne.zip');
    writeFileSync(path, Buffer.from([0xff, 0xfe, 0x00, 0x81, 0x90, 0x12]));
    const before = dumpDb(db);
    const err = fails(core, 'data:importPreview', { path }, 'invalid_input');
    expect(err.message).toContain('DayOne.zip: is not a valid zip archive');
    expect(fails(core, 'data:importCommit', { path }, 'invalid_input').message).toContain('is not a valid zip archive');
    expect(dumpDb(db)).toEqual(before);
  });
});

