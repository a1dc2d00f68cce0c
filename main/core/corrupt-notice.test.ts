/**
 * Damage in a large journal that the start-up check did not read (only small files, or after an
 * unclean stop, are checked in full): the first call that meets it says so clearly, and the
 * next start checks the whole file and refuses it, so the hosts offer their recovery.
 */
import { closeSync, existsSync, openSync, statSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openCore } from './api';
import { fullCheckMarker } from './db';
import type { CoreError } from './errors';
import { doc, ok, openJournal } from './test-helpers';

function largeJournalOnDisk(): string {
  const { core, path } = openJournal();
  for (let i = 0; i < 300; i++) ok(core, 'entries:create', { body: doc(`entry number ${i} ${'with some text '.repeat(20)}`), ownershipLevel: 'task' });
  core.close();
  return path;
}

describe('damage found after start-up', () => {
  it('is reported clearly, and the next start checks the whole file and refuses it', () => {
    const path = largeJournalOnDisk();
    const size = statSync(path).size;
    const fd = openSync(path, 'r+');
    writeSync(fd, randomBytes(8192), 0, 8192, Math.floor(size / 2 / 4096) * 4096);
    closeSync(fd);

    // "Large" for this test: no full check at open, so it opens.
    const core = openCore(path, { fullCheckUpTo: 0 });
    let seen: { code: string; message: string } | null = null;
    for (const [channel, input] of [
      ['entries:list', { limit: 500 }],
      ['entries:search', { query: 'entry' }],
    ] as const) {
      const result = core.call(channel, input);
      if (!result.ok && /damaged/.test(result.error.message)) {
        seen = result.error;
        break;
      }
    }
    core.close();
    expect(seen, 'some call met the damage').not.toBeNull();
    expect(seen!.code).toBe('storage');
    expect(seen!.message).toMatch(/The journal file is damaged.*start it again.*newest good backup/);
    expect(existsSync(fullCheckMarker(path))).toBe(true);

    let refused: CoreError | null = null;
    try {
      openCore(path, { fullCheckUpTo: 0 }).close();
    } catch (err) {
      refused = err as CoreError;
    }
    expect(refused?.message).toMatch(/damaged/);
  });

  it('a sound journal asked for a full check opens, and the request is cleared', () => {
    const path = largeJournalOnDisk();
    const core = openCore(path, { fullCheckUpTo: 0 });
    core.close();
    // As if a call had met SQLITE_CORRUPT once (a transient read error).
    const marker = fullCheckMarker(path);
    closeSync(openSync(marker, 'w'));
    openCore(path, { fullCheckUpTo: 0 }).close();
    expect(existsSync(marker)).toBe(false);
  });
});
