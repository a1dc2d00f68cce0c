/** Backup file names: `scopebook-<UTC stamp>-<origin>.sqlite`, so a folder listing is the catalogue. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Why a backup file was written. Automatic ones get their daily/weekly/monthly label from rotation. */
export type BackupOrigin = 'auto' | 'manual' | 'before-restore' | 'before-migration';

export interface BackupFile {
  file: string;
  path: string;
  takenAt: Date;
  origin: BackupOrigin;
  bytes: number;
}

const NAME = /^scopebook-(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})(\d{3})Z-(auto|manual|before-restore|before-migration)\.sqlite$/;

/** The file name for a backup taken at `at`. */
export function backupName(at: Date, origin: BackupOrigin): string {
  const stamp = at.toISOString().replace(/[-:.]/g, '');
  return `scopebook-${stamp}-${origin}.sqlite`;
}

/** Reads a backup file name; undefined for anything else. */
export function parseBackupName(file: string): { takenAt: Date; origin: BackupOrigin } | undefined {
  const m = NAME.exec(file);
  if (!m) return undefined;
  const [, y, mo, d, h, mi, s, ms, origin] = m;
  const takenAt = new Date(`${y}-${mo}-${d}T${h}:${mi}:${s}.${ms}Z`);
  if (Number.isNaN(takenAt.getTime())) return undefined;
  return { takenAt, origin: origin as BackupOrigin };
}

/** Every backup in a folder, newest first. A missing folder has none. */
export function listBackupFiles(folder: string): BackupFile[] {
  if (!existsSync(folder)) return [];
  const found: BackupFile[] = [];
  for (const file of readdirSync(folder)) {
    const parsed = parseBackupName(file);
    if (!parsed) continue;
    const path = join(folder, file);
    try {
      const st = statSync(path);
      if (st.isFile()) found.push({ file, path, bytes: st.size, ...parsed });
    } catch {
      // removed while listing
    }
  }
  return found.sort((a, b) => b.takenAt.getTime() - a.takenAt.getTime() || (a.file < b.file ? 1 : -1));
}
