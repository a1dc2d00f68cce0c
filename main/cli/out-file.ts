/** Writing a file the user named with --out: never over the journal, atomically, in one line on failure. */
import { existsSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { LOCK_FILE_NAME } from '../core/lock';
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

/** Writes `content` to `target` through a temp file and a rename, so a failure never leaves half a file. */
export function writeOutput(target: string, content: string): void {
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, content, { mode: 0o600 });
    renameSync(temp, target);
  } catch (err) {
    if (existsSync(temp)) unlinkSync(temp);
    throw storageError(`Cannot write ${target}: ${(err as Error).message}`);
  }
}
