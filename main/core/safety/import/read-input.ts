/** Opening the file or folder an import names: checked, size-limited, decoded strictly as UTF-8. */
import { closeSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { basename, isAbsolute, resolve } from 'node:path';
import { invalid } from '../../errors';
import { LIMITS } from './limits';
import { importError } from './model';

export interface InputPath {
  path: string;
  label: string;
  isFolder: boolean;
}

/** An absolute path to an existing file or folder. */
export function checkInputPath(path: string): InputPath {
  if (!isAbsolute(path)) throw invalid(`The file must be an absolute path: ${path}`, 'path');
  const full = resolve(path);
  try {
    const st = statSync(full);
    if (!st.isFile() && !st.isDirectory()) throw invalid(`${full} is not a file or folder`, 'path');
    return { path: full, label: basename(full) || full, isFolder: st.isDirectory() };
  } catch (err) {
    if ((err as { code?: string }).code === 'ENOENT') throw invalid(`${full} does not exist`, 'path');
    throw err;
  }
}

/** Reads a whole file as text, refusing files over `max` bytes and bytes that are not UTF-8. */
export function readTextFile(path: string, label: string, max: number = LIMITS.maxFileBytes): string {
  const fd = openSync(path, 'r');
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw importError(label, 'is not a regular file');
    const size = st.size;
    if (size > max) throw importError(label, `is ${mb(size)}, more than the ${mb(max)} an import reads`);
    const buf = Buffer.alloc(size);
    let off = 0;
    while (off < size) {
      const n = readSync(fd, buf, off, size - off, off);
      if (n === 0) break;
      off += n;
    }
    return decodeUtf8(buf.subarray(0, off), label);
  } finally {
    closeSync(fd);
  }
}

/** Strict UTF-8 (a byte-order mark is dropped). */
export function decodeUtf8(buf: Uint8Array, label: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(buf);
  } catch {
    throw importError(label, 'is not UTF-8 text');
  }
}

function mb(bytes: number): string {
  return `${Math.ceil(bytes / (1024 * 1024))} MB`;
}
