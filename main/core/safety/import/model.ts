/** What every import reader produces, and the errors they raise. */
import type { DocNode } from '../../../../common/contract';
import type { ImportSource } from '../../../../common/contract/data';
import { invalid } from '../../errors';
import type { CoreError } from '../../errors';
import type { EntryV1, JournalV1 } from '../journal-format';

/** One entry read from a source, before duplicates are weighed. */
export interface ImportedEntry {
  /** Where it is in the source, for messages: "entry 12", "line 40", "2024-03-05.md". */
  where: string;
  /** The source's own id (jrnl/Day One uuid, Scopebook id); null when the source has none. */
  sourceId: string | null;
  occurredOn: string;
  title: string | null;
  body: DocNode;
  tags: string[];
  starred: boolean;
  /** When the source says it was written (ISO-8601 UTC), if it does. */
  createdAt: string | null;
  /** Scopebook files: the complete record, imported as it is. */
  record?: EntryV1;
}

export interface ParsedImport {
  source: ImportSource;
  /** The file (or folder) name used in messages. */
  label: string;
  entries: ImportedEntry[];
  warnings: string[];
  /** Scopebook files: people, goals, connections, settings. */
  journal?: JournalV1;
}

/** An error naming the file, the place in it and the field: the import stops, nothing is written. */
export function importError(label: string, message: string, where?: string, field?: string): CoreError {
  const place = [where, field ? `field "${field}"` : undefined].filter(Boolean).join(', ');
  return invalid(`${label}${place ? `, ${place}` : ''}: ${message}. Nothing was imported.`, 'path');
}

/** Formats a zod issue path such as ["entries", 3, "date"] into "entry 4" and "date". */
export function placeOf(path: readonly PropertyKey[], describe?: (index: number) => string): { where?: string; field?: string } {
  if (path[0] === 'entries' && typeof path[1] === 'number') {
    const rest = path.slice(2).map(String).join('.');
    return { where: describe ? describe(path[1]) : `entry ${path[1] + 1}`, ...(rest ? { field: rest } : {}) };
  }
  return path.length > 0 ? { field: path.map(String).join('.') } : {};
}
