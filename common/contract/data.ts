/**
 * Data safety and portability: backups, restore, export and import.
 * Every path here is chosen by the user on their own machine; the core checks each one
 * (absolute, existing parent folder, never the journal or its backups) before touching it.
 * Each operation is a single call; the long ones (exports, imports, backup, restore) can also
 * run in the background with progress and cancel through `jobs:start` (common/contract/jobs.ts).
 */
import { z } from 'zod';
import { type DocNode, op } from './shared';

/** Why a backup exists. Automatic ones are labelled by the rotation rule that keeps them. */
export const BACKUP_KINDS = ['daily', 'weekly', 'monthly', 'manual', 'before-restore', 'before-migration'] as const;
export type BackupKind = (typeof BACKUP_KINDS)[number];

export interface BackupInfo {
  /** File name inside the backup folder: what restoreBackup takes. */
  file: string;
  /** Absolute path, to show the user where it lives. */
  path: string;
  /** When it was taken (ISO-8601 UTC). */
  takenAt: string;
  kind: BackupKind;
  bytes: number;
  /** Passed integrity_check when it was written and still has a database header. */
  verified: boolean;
}

export interface BackupFolder {
  folder: string;
  /** true when no folder was chosen and backups go next to the journal. */
  isDefault: boolean;
}

export const IMPORT_SOURCES = ['scopebook', 'jrnl', 'dayone', 'markdown', 'obsidian'] as const;
export type ImportSource = (typeof IMPORT_SOURCES)[number];

export interface ImportDuplicate {
  occurredOn: string;
  /** The start of the entry's text, to recognise it. */
  text: string;
  reason: 'same-source-id' | 'same-day-and-text';
}

/** One entry an import would add, for the preview. */
export interface ImportSample {
  occurredOn: string;
  /** The entry's text as it will be stored (a long one shortened to its start). */
  body: DocNode;
  tags: string[];
  starred: boolean;
}

export interface ImportPreview {
  source: ImportSource;
  path: string;
  /** Entries that would be added. */
  entries: number;
  /** Entries already in the journal (or twice in the file), which are skipped. */
  duplicates: number;
  /** The first few duplicates, to show. */
  duplicateSamples: ImportDuplicate[];
  /** The first entries to add (earliest first), as they will look in the journal. */
  samples: ImportSample[];
  /** Day range of the entries to add; null when there are none. */
  from: string | null;
  to: string | null;
  /** Tags the new entries carry, most used first. */
  tags: { name: string; count: number }[];
  /** People and goals added (Scopebook files only). */
  people: number;
  goals: number;
  /** Things a person should know before importing (skipped notes, photos left out…). */
  warnings: string[];
}

export interface ImportResult {
  source: ImportSource;
  imported: number;
  duplicates: number;
  people: number;
  goals: number;
  /** The same notes as the preview's (entries skipped, photos left out…), so a real import says what it skipped. */
  warnings: string[];
}

export interface ExportResult {
  /** Every file written. */
  files: string[];
  entries: number;
  bytes: number;
}

/** An export as one file for the browser to download (the browser host writes no server paths). */
export interface ExportDownload {
  filename: string;
  mimeType: string;
  /** The whole file as text (UTF-8). */
  content: string;
  entries: number;
  bytes: number;
}

/** What the browser host's page can download; Markdown is one document with every year (or one). */
export const DOWNLOAD_FORMATS = ['json', 'markdown', 'html'] as const;

export interface RestoreResult {
  restoredFrom: string;
  /** The backup of the journal as it was just before the restore. */
  safetyBackup: BackupInfo;
  /**
   * Always false: the core swaps the journal's contents in place, in one transaction, on
   * its open connection. The renderer should reload its views (everything changed).
   */
  restartRequired: false;
}

const AbsPath = z
  .string()
  .min(1, 'must not be empty')
  .max(4096, 'is too long')
  .refine((p) => !p.includes('\0'), 'must not contain NUL characters');

const Year = z.number().int().min(1900).max(2999);

const ImportInput = z.strictObject({
  path: AbsPath,
  /** Leave out to detect it from the file. */
  source: z.enum(IMPORT_SOURCES).optional(),
});

/** The largest file an import by upload takes (a renderer reads the file; the browser host has no paths). */
export const MAX_UPLOAD_BYTES = 32 * 1024 * 1024;

const ImportUploadInput = z.strictObject({
  /** The file's name as picked (no folders): errors name it. */
  name: z
    .string()
    .min(1, 'must not be empty')
    .max(255, 'is too long')
    .refine((n) => !/[\0/\\]/.test(n), 'must be a file name, not a path'),
  /** The file's bytes, base64. */
  base64: z
    .string()
    .max(Math.ceil(MAX_UPLOAD_BYTES / 3) * 4, `is larger than ${MAX_UPLOAD_BYTES / 1024 / 1024} MB; import it with the command line (scopebook import) instead`)
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'is not base64'),
  source: z.enum(IMPORT_SOURCES).optional(),
});

export const dataContract = {
  backups: op<{ folder: BackupFolder; backups: BackupInfo[] }>()(
    'read',
    z.strictObject({}),
    'The backups in the backup folder, newest first.',
  ),
  backupNow: op<BackupInfo>()(
    'read',
    z.strictObject({}),
    'Take a manual backup now (SQLite online copy, verified). Does not change the journal.',
  ),
  restoreBackup: op<RestoreResult>()(
    'write',
    z.strictObject({ file: z.string().min(1).max(255) }),
    'Replace the journal with a backup from the backup folder. The current journal is backed up first.',
  ),
  getBackupFolder: op<BackupFolder>()('read', z.strictObject({}), 'Where backups are written.'),
  setBackupFolder: op<BackupFolder>()(
    'write',
    z.strictObject({ folder: AbsPath.nullable() }),
    'Choose an existing, writable folder for backups (e.g. one you sync); null goes back to the default.',
  ),
  exportJson: op<ExportResult>()(
    'read',
    z.strictObject({ path: AbsPath }),
    'Write the whole journal (entries, trash, people and their notes, goals, tags, settings) as Scopebook JSON.',
  ),
  exportMarkdown: op<ExportResult>()(
    'read',
    z.strictObject({ folder: AbsPath, layout: z.enum(['yearly', 'monthly']), year: Year.optional() }),
    'Write Markdown into a folder: one brag document per year, or one file per month with front matter.',
  ),
  exportHtml: op<ExportResult>()(
    'read',
    z.strictObject({ path: AbsPath, year: Year.optional() }),
    'Write a single, self-contained HTML brag document.',
  ),
  exportDownload: op<ExportDownload>()(
    'read',
    z.strictObject({ format: z.enum(DOWNLOAD_FORMATS), year: Year.optional() }),
    'The whole journal (json), a Markdown brag document or an HTML page, returned as a file to download instead of written to a path.',
  ),
  importPreview: op<ImportPreview>()(
    'read',
    ImportInput,
    'Read a file (or Obsidian folder) and say what importing it would add. Writes nothing.',
  ),
  importCommit: op<ImportResult>()(
    'write',
    ImportInput,
    'Import a file: everything or nothing, skipping entries already in the journal.',
  ),
  importPreviewUpload: op<ImportPreview>()(
    'read',
    ImportUploadInput,
    'As importPreview, for a file sent as bytes (picked in the page). Writes nothing to the journal.',
  ),
  importCommitUpload: op<ImportResult>()(
    'write',
    ImportUploadInput,
    'As importCommit, for a file sent as bytes: everything or nothing, skipping entries already in the journal.',
  ),
};
