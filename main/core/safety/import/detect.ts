/** Choosing the reader for an import: by what the user said, else by what the file is. */
import { closeSync, openSync, readSync } from 'node:fs';
import type { ImportSource } from '../../../../common/contract/data';
import { JOURNAL_FORMAT } from '../journal-format';
import { looksLikeDayOne, readDayOne, readDayOneZip } from './dayone';
import { looksLikeJrnl, readJrnl } from './jrnl';
import { readMarkdownBrag } from './markdown';
import { importError, type ParsedImport } from './model';
import { readObsidian } from './obsidian';
import { checkInputPath, readTextFile } from './read-input';
import { parseJson } from './safe-json';
import { readScopebook } from './scopebook';

/** Reads and checks the whole source. Throws a clear error (file, entry, field) on anything wrong. */
export function readSource(path: string, source?: ImportSource): ParsedImport {
  const input = checkInputPath(path);
  const { label } = input;
  if (input.isFolder) {
    if (source && source !== 'obsidian') throw importError(label, 'is a folder; choose the exported file instead');
    return readObsidian(input.path, label);
  }
  if (source === 'obsidian') throw importError(label, 'is a file; choose the folder of daily notes instead');
  if (isZip(input.path)) {
    if (source && source !== 'dayone') throw importError(label, `is a zip archive, not a ${source} export`);
    return readDayOneZip(input.path, label);
  }
  // A .zip that does not start like one is a damaged or partial download, not text in another encoding.
  if (/\.zip$/i.test(label)) throw importError(label, 'is not a valid zip archive (damaged, or not fully downloaded?)');
  const text = readTextFile(input.path, label);
  if (source === 'markdown' || (!source && /\.(md|markdown|txt)$/i.test(label))) return readMarkdownBrag(text, label);
  const value = parseJson(text, label);
  const format = (value as { format?: unknown } | null)?.format;
  if (source === 'scopebook' || (!source && format === JOURNAL_FORMAT)) return readScopebook(value, label);
  if (source === 'dayone' || (!source && looksLikeDayOne(value))) return readDayOne(value, label);
  if (source === 'jrnl' || (!source && looksLikeJrnl(value))) return readJrnl(value, label);
  throw importError(label, 'is not a format Scopebook can import (Scopebook JSON, jrnl JSON, Day One JSON or zip, Markdown, Obsidian folder)');
}

function isZip(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(4);
    return readSync(fd, buf, 0, 4, 0) === 4 && buf.readUInt32LE(0) === 0x04034b50;
  } finally {
    closeSync(fd);
  }
}
