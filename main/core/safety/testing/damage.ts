/** Test helper: damaging a database file the way a failing disk might. */
import { closeSync, openSync, statSync, writeSync } from 'node:fs';

/** Overwrites part of every page after the first with garbage. */
export function damageFile(path: string): void {
  const size = statSync(path).size;
  const fd = openSync(path, 'r+');
  try {
    for (let at = 4096 + 100; at < size; at += 4096) writeSync(fd, Buffer.alloc(200, 0xa5), 0, 200, at);
  } finally {
    closeSync(fd);
  }
}
