/**
 * The desktop app's start-up around the journal: open it with its safety backups, and when
 * the file is damaged offer the newest verified backup in a native dialog. Nothing is changed
 * without the person's yes, and the damaged file is moved aside, never deleted.
 */
import type { MessageBoxOptions, MessageBoxReturnValue } from 'electron';
import { CoreError } from '../core/errors';
import type { OpenJournal } from '../core/journal';
import { damagedJournal, openJournalForHost, recoverJournal } from '../core/safety/host-open';

/** The part of Electron's `dialog` this needs (a fake in tests). */
export interface StartupDialog {
  showMessageBox(options: MessageBoxOptions): Promise<MessageBoxReturnValue>;
  showErrorBox(title: string, content: string): void;
}

const CANNOT_OPEN = 'Scopebook cannot open your journal';

/** Opens the journal for the desktop app; null (after telling the person why) when it cannot. */
export async function openDesktopJournal(dataDir: string, dialog: StartupDialog): Promise<OpenJournal | null> {
  const first = tryOpen(dataDir);
  if (first.journal) return first.journal;

  const damage = damagedJournal(dataDir, first.error);
  if (!damage) {
    dialog.showErrorBox(CANNOT_OPEN, messageOf(first.error, dataDir));
    return null;
  }
  if (!damage.backup) {
    dialog.showErrorBox(
      CANNOT_OPEN,
      `The journal at ${damage.file} is damaged, and no verified backup of it was found.\n\nThe file has not been changed. Keep a copy of it before trying anything else.`,
    );
    return null;
  }
  const taken = new Date(damage.backup.takenAt).toLocaleString();
  const { response } = await dialog.showMessageBox({
    type: 'warning',
    title: 'Your journal is damaged',
    message: 'Your journal file is damaged and cannot be opened.',
    detail:
      `The newest verified backup was taken ${taken}:\n${damage.backup.path}\n\n` +
      'Restoring it moves the damaged file aside under a timestamped name (it is never deleted) and puts the backup in its place. ' +
      'Anything written after the backup is not in it.',
    buttons: ['Restore the backup', 'Quit'],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  });
  if (response !== 0) return null;
  try {
    recoverJournal(dataDir, 'desktop', damage.backup.path);
  } catch (err) {
    dialog.showErrorBox(CANNOT_OPEN, `The backup could not be restored: ${messageOf(err, dataDir)}\n\nThe damaged journal has not been deleted.`);
    return null;
  }
  const again = tryOpen(dataDir);
  if (!again.journal) dialog.showErrorBox(CANNOT_OPEN, messageOf(again.error, dataDir));
  return again.journal;
}

function tryOpen(dataDir: string): { journal: OpenJournal; error?: never } | { journal: null; error: unknown } {
  try {
    const { journal, dailyError } = openJournalForHost(dataDir, 'desktop');
    // A missed daily backup is not worth a dialog at start-up; "Back up now" is one click away.
    if (dailyError) console.error(`Scopebook: today's backup could not be taken: ${dailyError}`);
    return { journal };
  } catch (err) {
    return { journal: null, error: err };
  }
}

function messageOf(err: unknown, dataDir: string): string {
  return err instanceof CoreError ? err.message : `Cannot open the journal in ${dataDir}: ${err instanceof Error ? err.message : String(err)}`;
}
