/** A full disk is said in the same clear words whichever write met it: a save, an export, a backup. */
import { closeSync, existsSync, openSync, writeSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toApiError } from './api';

/** A real ENOSPC from the file system: writing to /dev/full always fails with it. */
function realEnospc(): unknown {
  const fd = openSync('/dev/full', 'w');
  try {
    writeSync(fd, 'an export that does not fit');
  } catch (err) {
    return err;
  } finally {
    closeSync(fd);
  }
  throw new Error('/dev/full accepted a write');
}

describe.skipIf(!existsSync('/dev/full'))('a full disk', () => {
  it('an export or backup file write that fails with ENOSPC says "the disk is full", like a save', () => {
    const error = toApiError(realEnospc());
    expect(error).toEqual({ code: 'storage', message: 'The disk is full: nothing was written. Free some space and try again.' });
    expect(error.message).not.toMatch(/Unexpected|ENOSPC/);
    const save = toApiError(Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' }));
    expect(save.message).toMatch(/^The disk is full/);
  });
});
