import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../api';
import { doc, fileHash, ok, openJournal, tempDir } from '../test-helpers';
import { journalFolder, setJournalFolder } from './journal-location';
import { copyJournalTo } from './move-journal';

function seeded() {
  const j = openJournal();
  ok(j.core, 'people:create', { name: 'Dana', direction: 'up' });
  for (let i = 0; i < 20; i++) ok(j.core, 'entries:create', { body: doc(`Entry ${i} #move`), ownershipLevel: 'project' });
  ok(j.core, 'settings:update', { theme: 'dark' });
  return j;
}

describe('moving the journal', () => {
  it('copies and verifies it in the new folder, which then opens with everything in it', () => {
    const { core, path } = seeded();
    const target = join(tempDir(), 'Sync');
    mkdirSync(target);
    const moved = copyJournalTo(core.db, path, target);
    expect(moved.rows.entries).toBe(20);
    expect(existsSync(moved.journalFile)).toBe(true);
    const copy = openCore(moved.journalFile);
    expect(ok(copy, 'entries:count', {})).toEqual({ count: 20 });
    expect(ok(copy, 'settings:get', {}).theme).toBe('dark');
    expect(ok(copy, 'entries:search', { query: 'move' }).items).toHaveLength(20);
    copy.close();
    // The journal in use keeps working.
    ok(core, 'entries:create', { body: doc('After the copy'), ownershipLevel: 'task' });
  });

  it('failing halfway leaves the journal in use intact and no half copy behind', () => {
    const { core, path } = seeded();
    core.db.pragma('wal_checkpoint(TRUNCATE)');
    const before = fileHash(path);
    const target = join(tempDir(), 'Sync');
    mkdirSync(target);
    expect(() =>
      copyJournalTo(core.db, path, target, {
        afterCopy: (partial) => writeFileSync(partial, 'the disk went away'),
      }),
    ).toThrow(/not moved.*still in/s);
    expect(readdirSync(target)).toEqual([]);
    core.db.pragma('wal_checkpoint(TRUNCATE)');
    expect(fileHash(path)).toBe(before);
    expect(ok(core, 'entries:count', {})).toEqual({ count: 20 });
  });

  it('refuses a folder that already holds a journal, a missing folder and the current one', () => {
    const { core, path, dir } = seeded();
    const taken = join(tempDir(), 'Taken');
    mkdirSync(taken);
    writeFileSync(join(taken, 'scopebook.db'), 'someone else');
    expect(() => copyJournalTo(core.db, path, taken)).toThrow(/already holds a Scopebook journal/);
    expect(() => copyJournalTo(core.db, path, join(taken, 'nope'))).toThrow(/does not exist/);
    expect(() => copyJournalTo(core.db, path, dir)).toThrow(/already in that folder/);
  });

  it('the app follows the pointer only to a folder that holds a journal', () => {
    const appData = tempDir();
    expect(journalFolder(appData)).toBe(appData);
    const moved = join(tempDir(), 'Moved');
    mkdirSync(moved);
    setJournalFolder(appData, moved);
    expect(journalFolder(appData)).toBe(appData); // nothing there yet
    writeFileSync(join(moved, 'scopebook.db'), '');
    expect(journalFolder(appData)).toBe(moved);
    writeFileSync(join(appData, 'journal-location.json'), '{"folder": 42');
    expect(journalFolder(appData)).toBe(appData);
  });
});
