/** Writing a file the user named with --out: never over the journal, atomically, in one line on failure. */
import { existsSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { LOCK_FILE_NAME } from '../core/lock';
import { writeFileAtomic } from '../core/safety/atomic-write';
import { userError, storageError } from './errors';

/** `path` made absolute from `cwd`; refused when it is the journal, its side files, its lock or a folder. */
export function outputPath(path: string, cwd: string, journalFile: string, flag = '--out'): string {
  if (path.trim() === '') throw userError(`${flag}: the path is empty`, 'invalid_input');
  const target = resolve(cwd, path);
  const journal = resolve(journalFile);
  const forbidden = [journal, `${journal}-wal`, `${journal}-shm`, `${journal}-journal`, join(dirname(journal), LOCK_FILE_NAME)];
  if (forbidden.includes(target)) throw userError(`${flag}: ${target} is part of your journal; choose another file`, 'invalid_input');
  if (existsSync(target) && statSync(target).isDirectory()) throw userError(`${flag}: ${target} is a folder; give a file name`, 'invalid_input');
  if (!existsSync(dirname(target))) throw userError(`${flag}: the folder ${dirname(target)} does not exist`, 'invalid_input');
  return target;
}

/**
 * Writes `content` to `target` with the core's atomic writer (a temp file, fsynced, renamed,
 * the folder fsynced), so a failure or a crash never leaves half a file.
 */
export function writeOutput(target: string, content: string): void {
  try {
    writeFileAtomic(target, (out) => out.write(content));
  } catch (err) {
    throw storageError(`Cannot write ${target}: ${(err as Error).message}`);
  }
}
