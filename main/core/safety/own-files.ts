/**
 * Exports replace only files Scopebook wrote. An export names its target by path, and a path
 * can point anywhere the process can write: over a shell start-up file, an export would turn
 * an entry's title into a command. So before anything is written, every existing target is
 * read (its first few KB) and must be recognisably one of Scopebook's own exports of the same
 * kind; anything else — including an empty file — is refused and left exactly as it was.
 */
import { closeSync, lstatSync, openSync, readSync } from 'node:fs';
import { invalid } from '../errors';
import { JOURNAL_FORMAT } from './journal-format';

export type ExportKind = 'json' | 'html' | 'markdown';

const HEAD_BYTES = 4096;

const RECOGNISE: Record<ExportKind, (head: string) => boolean> = {
  json: (head) => new RegExp(`^\\{\\s*"format":\\s*"${JOURNAL_FORMAT}"`).test(head),
  html: (head) => head.startsWith('<!doctype html>\n') && head.includes('exported from Scopebook.</p>'),
  markdown: (head) =>
    /^# Brag document \d{4}\n\n\d+ (entry|entries), exported from Scopebook\.\n/.test(head) || /^---\nmonth: "\d{4}-\d{2}"\nentries: \d+\nlevels:\n/.test(head),
};

/** Whether `path` is absent (true), or an existing file Scopebook wrote as an export of `kind`. */
export function isOwnExportOrAbsent(path: string, kind: ExportKind): boolean {
  try {
    lstatSync(path);
  } catch {
    return true;
  }
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const buf = Buffer.alloc(HEAD_BYTES);
    const n = readSync(fd, buf, 0, HEAD_BYTES, 0);
    return RECOGNISE[kind](buf.subarray(0, n).toString('utf8'));
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The refusal's wording, shared so the command line can add its `--force` hint to it. */
export const NOT_OURS = 'exists and was not written by Scopebook';

/** Throws a clear invalid_input when `path` exists and is not a Scopebook export of `kind`. */
export function refuseForeignFile(path: string, kind: ExportKind, field: string): void {
  if (isOwnExportOrAbsent(path, kind)) return;
  throw invalid(`${path} ${NOT_OURS}, so it is left as it is: Scopebook replaces only its own exports. Choose another name, or move that file away first.`, field);
}
