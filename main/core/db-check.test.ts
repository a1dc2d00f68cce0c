/** When opening runs the full quick_check (db.ts, FULL_CHECK_UP_TO): small files always, large ones after a crash. */
import { closeSync, copyFileSync, existsSync, openSync, statSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from './api';
import { type CoreError } from './errors';
import { doc, ok, openJournal, tempDir } from './test-helpers';

/** A journal with a few hundred entries, closed cleanly (everything in the main file). */
function journalOnDisk(): string {
  const { core, path } = openJournal();
  for (let i = 0; i < 300; i++) {
    ok(core, 'entries:create', { body: doc(`entry number ${i} ${'with some text '.repeat(20)}`), ownershipLevel: 'task' });
  }
  core.close();
  expect(existsSync(`${path}-wal`)).toBe(false);
  return path;
}

/** Scribbles over the middle of the file: b-tree pages of entries and the search index. */
function damageMiddle(path: string): void {
  const size = statSync(path).size;
  const fd = openSync(path, 'r+');
  writeSync(fd, randomBytes(8192), 0, 8192, Math.floor(size / 2 / 4096) * 4096);
  closeSync(fd);
}

function openFails(path: string, options: { fullCheckUpTo: number }): CoreError | null {
  try {
    openCore(path, options).close();
    return null;
  } catch (err) {
    return err as CoreError;
  }
}

describe('the integrity check when opening', () => {
  it('checks a large journal in full when its last session did not end cleanly', () => {
    const path = journalOnDisk();
    // A session that wrote and then "crashed": copy the file and its WAL while still open.
    const core = openCore(path);
    ok(core, 'entries:create', { body: doc('written just before the crash'), ownershipLevel: 'task' });
    const crashed = join(tempDir(), 'journal.sqlite');
    copyFileSync(path, crashed);
    copyFileSync(`${path}-wal`, `${crashed}-wal`);
    core.close();
    expect(statSync(`${crashed}-wal`).size).toBeGreaterThan(0);
    damageMiddle(crashed);
    const error = openFails(crashed, { fullCheckUpTo: 0 });
    expect(error?.code).toBe('storage');
    expect(error?.message).toMatch(/damaged/);
  });

  it('opens a large journal closed cleanly without reading every page, and still refuses what is not a journal', () => {
    const path = journalOnDisk();
    damageMiddle(path);
    // Damage inside the data of a cleanly closed large journal is left to the backups' integrity_check.
    expect(openFails(path, { fullCheckUpTo: 0 })).toBeNull();
    // The same file counted as small is checked in full and refused.
    expect(openFails(path, { fullCheckUpTo: statSync(path).size })?.message).toMatch(/damaged/);
    const header = join(tempDir(), 'broken.sqlite');
    copyFileSync(path, header);
    const fd = openSync(header, 'r+');
    writeSync(fd, randomBytes(100), 0, 100, 0);
    closeSync(fd);
    expect(openFails(header, { fullCheckUpTo: 0 })?.message).toMatch(/damaged or is not a Scopebook journal/);
  });
});
