/**
 * Writing a file so it is either complete or absent: into a temporary file next to the
 * target, flushed to disk, then renamed over the target. A crash or a cancel mid-way
 * leaves the previous file (if any) exactly as it was.
 */
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';

/** Where a producer writes its output. */
export interface Sink {
  write(chunk: string): void;
}

const FLUSH_AT = 1 << 20;

/** Runs `produce` into a temporary file, then puts it in place atomically. Returns the bytes written. */
export function writeFileAtomic(target: string, produce: (sink: Sink) => void): number {
  const tmp = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = openSync(tmp, 'wx', 0o600);
  let open = true;
  let bytes = 0;
  let pending: string[] = [];
  let pendingLength = 0;
  const flush = () => {
    if (pending.length === 0) return;
    const buf = Buffer.from(pending.join(''), 'utf8');
    let off = 0;
    while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
    bytes += buf.length;
    pending = [];
    pendingLength = 0;
  };
  try {
    produce({
      write(chunk) {
        pending.push(chunk);
        pendingLength += chunk.length;
        if (pendingLength >= FLUSH_AT) flush();
      },
    });
    flush();
    fsyncSync(fd);
    closeSync(fd);
    open = false;
    renameSync(tmp, target);
    syncFolder(dirname(target));
    return bytes;
  } catch (err) {
    if (open) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      // already gone
    }
    throw err;
  }
}

/** Flushes a finished file to disk before it is renamed into place. */
export function syncFile(path: string): void {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes a rename durable (POSIX). Windows cannot open folders for syncing; NTFS journals renames itself. */
export function syncFolder(folder: string): void {
  if (process.platform === 'win32') return;
  let fd: number | undefined;
  try {
    fd = openSync(folder, 'r');
    fsyncSync(fd);
  } catch {
    // Some file systems refuse fsync on folders; the rename itself has happened.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
