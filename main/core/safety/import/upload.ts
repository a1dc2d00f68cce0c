/**
 * Imports sent as bytes rather than a path: the browser host's page (and any renderer) can
 * read a file the person picked but never learns its path. The bytes go to a private temp
 * folder under the file's own name, so the readers, their limits and their error messages
 * are exactly those of a path import; the folder is removed afterwards.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { ImportSource } from '../../../../common/contract/data';
import { invalid } from '../../errors';
import { readSource } from './detect';
import type { ParsedImport } from './model';

/** Reads an uploaded file (base64, already checked by the contract) as `readSource` reads a path. */
export function readUpload(name: string, base64: string, source?: ImportSource): ParsedImport {
  const safeName = basename(name.replace(/\\/g, '/'));
  if (!safeName || safeName === '.' || safeName === '..') throw invalid(`"${name}" is not a file name`, 'name');
  const bytes = Buffer.from(base64, 'base64');
  const dir = mkdtempSync(join(tmpdir(), 'scopebook-import-'));
  try {
    const path = join(dir, safeName);
    writeFileSync(path, bytes, { mode: 0o600 });
    return readSource(path, source);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
