/** The `data` domain of the contract: backups, restore, export and import, bound to the open journal. */
import type { Handlers } from '../../../common/contract';
import type { Ctx } from '../api';
import { backupFolderOf, checkOutputFile, checkOutputFolder, chooseBackupFolder, requireJournalFile, type Protected } from './locations';
import { listBackups, rotateBackups, takeBackup, usableFolder } from './backup';
import { DEFAULT_POLICY } from './rotation';
import { refuseForeignFile } from './own-files';
import { restoreBackup } from './restore';
import { exportJournalJson } from './export-json';
import { exportMarkdown } from './export-markdown';
import { exportHtml } from './export-html';
import { exportForDownload } from './export-download';
import { readSource } from './import/detect';
import { planImport, previewOf } from './import/plan';
import { commitImport } from './import/commit';
import { readUpload } from './import/upload';

function guard(ctx: Ctx): Protected {
  const journalFile = requireJournalFile(ctx.journalFile);
  return { journalFile, backupFolder: backupFolderOf(ctx.db, journalFile).folder };
}

/** The data handlers of the contract. */
export const dataHandlers: Handlers<Ctx>['data'] = {
  backups(ctx) {
    const folder = backupFolderOf(ctx.db, requireJournalFile(ctx.journalFile));
    return { folder, backups: listBackups(folder.folder) };
  },

  backupNow(ctx) {
    const { folder } = usableFolder(ctx.db, requireJournalFile(ctx.journalFile));
    const backup = takeBackup(ctx.db, folder, 'manual', ctx.clock);
    rotateBackups(folder, DEFAULT_POLICY, ctx.clock);
    return backup;
  },

  restoreBackup(ctx, input) {
    const restored = restoreBackup(ctx.db, requireJournalFile(ctx.journalFile), input.file, ctx.clock);
    return { ...restored, restartRequired: false as const };
  },

  getBackupFolder(ctx) {
    return backupFolderOf(ctx.db, requireJournalFile(ctx.journalFile));
  },

  setBackupFolder(ctx, input) {
    return chooseBackupFolder(ctx.db, requireJournalFile(ctx.journalFile), input.folder);
  },

  exportJson(ctx, input) {
    const path = checkOutputFile(input.path, guard(ctx), 'path', 'json');
    const { entries, bytes } = exportJournalJson(ctx.db, path, ctx.work);
    return { files: [path], entries, bytes };
  },

  exportMarkdown(ctx, input) {
    const folder = checkOutputFolder(input.folder, guard(ctx), 'folder');
    return exportMarkdown(ctx.db, folder, input.layout, input.year, ctx.work, (path) => refuseForeignFile(path, 'markdown', 'folder'));
  },

  exportHtml(ctx, input) {
    const path = checkOutputFile(input.path, guard(ctx), 'path', 'html');
    const { entries, bytes } = exportHtml(ctx.db, path, input.year, ctx.work);
    return { files: [path], entries, bytes };
  },

  exportDownload(ctx, input) {
    return exportForDownload(ctx.db, input.format, input.year, ctx.work);
  },

  importPreview(ctx, input) {
    return previewOf(planImport(ctx.db, readSource(input.path, input.source)), input.path);
  },

  importCommit(ctx, input) {
    return commitImport(ctx.db, planImport(ctx.db, readSource(input.path, input.source)), ctx.clock, ctx.work);
  },

  importPreviewUpload(ctx, input) {
    return previewOf(planImport(ctx.db, readUpload(input.name, input.base64, input.source)), input.name);
  },

  importCommitUpload(ctx, input) {
    return commitImport(ctx.db, planImport(ctx.db, readUpload(input.name, input.base64, input.source)), ctx.clock, ctx.work);
  },
};
