/** Imports sent as bytes (what the page does with a picked file): same readers, same limits, same errors. */
import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { dumpDb, fails, ok, openJournal } from '../../test-helpers';
import { makeZip } from '../testing/make-zip';

const JRNL = {
  entries: [
    { title: 'Shipped the importer.', body: 'It reads jrnl files.', date: '2024-03-05', time: '17:30', tags: ['@work'], starred: true },
    { title: 'Planning day.', body: '', date: '2024-03-01', time: '09:00', tags: ['@work', '@planning'], starred: false },
  ],
};

const b64 = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64');
const leftovers = () => readdirSync(tmpdir()).filter((f) => f.startsWith('scopebook-import-'));

describe('importing an uploaded file', () => {
  it('previews under the file name, imports all of it, and adds nothing the second time', () => {
    const { core, db } = openJournal();
    const before = leftovers();
    const input = { name: 'jrnl.json', base64: b64(JRNL) };
    const preview = ok(core, 'data:importPreviewUpload', input);
    expect(preview).toMatchObject({ source: 'jrnl', path: 'jrnl.json', entries: 2, duplicates: 0, from: '2024-03-01', to: '2024-03-05' });
    expect(ok(core, 'entries:count', {}).count).toBe(0);

    expect(ok(core, 'data:importCommitUpload', input)).toMatchObject({ source: 'jrnl', imported: 2, duplicates: 0 });
    expect(ok(core, 'entries:count', { unrated: true }).count).toBe(2);
    const after = dumpDb(db);
    expect(ok(core, 'data:importPreviewUpload', input)).toMatchObject({ entries: 0, duplicates: 2 });
    expect(ok(core, 'data:importCommitUpload', input)).toMatchObject({ imported: 0, duplicates: 2 });
    expect(dumpDb(db)).toEqual(after);
    // The temporary copies are gone.
    expect(leftovers()).toEqual(before);
  });

  it('reads a Day One zip sent as bytes', () => {
    const { core } = openJournal();
    const journal = { entries: [{ uuid: 'D1', creationDate: '2024-05-02T22:30:00Z', timeZone: 'Europe/Berlin', text: 'Late fix', tags: [] }] };
    const zip = makeZip([{ name: 'Journal.json', data: Buffer.from(JSON.stringify(journal)) }]);
    const preview = ok(core, 'data:importPreviewUpload', { name: 'export.zip', base64: zip.toString('base64') });
    expect(preview).toMatchObject({ source: 'dayone', entries: 1, from: '2024-05-03', to: '2024-05-03' });
  });

  it('refuses a broken file with an error naming it, and writes nothing', () => {
    const { core, db } = openJournal();
    const before = dumpDb(db);
    const error = fails(core, 'data:importCommitUpload', { name: 'broken.json', base64: b64('{"entries": [') }, 'invalid_input');
    expect(error.message).toContain('broken.json');
    const wrongType = fails(core, 'data:importCommitUpload', { name: 'typed.json', base64: b64({ entries: [{ date: 5, body: 'x' }] }) }, 'invalid_input');
    expect(wrongType.message).toContain('typed.json');
    expect(dumpDb(db)).toEqual(before);
  });

  it('refuses names that are paths and content that is not base64', () => {
    const { core } = openJournal();
    expect(fails(core, 'data:importPreviewUpload', { name: '../escape.json', base64: b64(JRNL) }, 'invalid_input').field).toBe('name');
    expect(fails(core, 'data:importPreviewUpload', { name: 'a.json', base64: 'not base64!' }, 'invalid_input').field).toBe('base64');
  });
});
