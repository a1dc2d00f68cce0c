/**
 * Exports as a file for the browser to download: the browser host must never write to a path
 * a request names, so it asks for the content instead. Written by the same exporters into a
 * private scratch folder (0700, removed before returning), so the bytes are exactly those of
 * the path exports.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExportDownload } from '../../../common/contract/data';
import type { Db } from '../db';
import { exportHtml } from './export-html';
import { exportJournalJson } from './export-json';
import { exportMarkdown } from './export-markdown';
import type { LongWork } from './progress';

/** The prefix of the scratch folders; a start-up clean-up may remove leftovers of a crash. */
export const DOWNLOAD_SCRATCH_PREFIX = 'scopebook-export-';

export function exportForDownload(db: Db, format: 'json' | 'markdown' | 'html', year: number | undefined, work?: LongWork): ExportDownload {
  const scratch = mkdtempSync(join(tmpdir(), DOWNLOAD_SCRATCH_PREFIX));
  try {
    const suffix = year === undefined ? '' : `-${year}`;
    if (format === 'json') {
      const file = join(scratch, 'scopebook-journal.json');
      const { entries, bytes } = exportJournalJson(db, file, work);
      return { filename: 'scopebook-journal.json', mimeType: 'application/json', content: readFileSync(file, 'utf8'), entries, bytes };
    }
    if (format === 'html') {
      const file = join(scratch, 'brag.html');
      const { entries, bytes } = exportHtml(db, file, year, work);
      return { filename: `brag${suffix}.html`, mimeType: 'text/html', content: readFileSync(file, 'utf8'), entries, bytes };
    }
    const result = exportMarkdown(db, scratch, 'yearly', year, work);
    // One download: the yearly documents, newest year first, one after another.
    const files = readdirSync(scratch).filter((f) => /^brag-\d{4}\.md$/.test(f)).sort().reverse();
    const content = files.map((f) => readFileSync(join(scratch, f), 'utf8')).join('\n');
    return { filename: `brag${suffix}.md`, mimeType: 'text/markdown', content, entries: result.entries, bytes: Buffer.byteLength(content) };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
