/**
 * What the hosts (Electron main, browser host, CLI) call around opening a journal. The
 * contract's `data:*` operations cover everything else.
 *
 * Start-up:
 *   const file = journalFile(dataDir);
 *   openJournal(dataDir, kind, { beforeMigrate: backupBeforeMigrate(file) })  // backup before any migration
 *   ensureDailyBackup(journal.core)                                         // at most one a day, then rotation
 * If opening fails:
 *   journalHealth(file) === 'damaged' → offer newestVerifiedBackup(recoveryFolders(file)),
 *   and on the user's yes: recoverFromBackup(file, backup.path), then open again.
 */
export { backupBeforeMigrate, ensureDailyBackup, type DailyBackupResult } from './backup';
export { journalHealth, newestVerifiedBackup, recoverFromBackup, recoveryFolders, type JournalState, type Recovered } from './recovery';
export { exportJournalJson } from './export-json';
export { exportMarkdown } from './export-markdown';
export { exportHtml } from './export-html';
export { Cancelled, type LongWork } from './progress';
