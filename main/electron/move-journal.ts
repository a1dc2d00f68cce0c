/**
 * File › Move Journal…: the user picks a folder; the core copies the journal there and
 * verifies the copy (main/core/settings/move-journal.ts); the app then records the new
 * location and restarts on it. Any failure is explained and the journal in use stays as it was.
 */
import type { App, Dialog } from 'electron';
import type { Core } from '../core/api';
import { setJournalFolder } from '../core/settings/journal-location';
import { copyJournalTo } from '../core/settings/move-journal';

export interface MoveDeps {
  dialog: Pick<Dialog, 'showOpenDialog' | 'showMessageBox' | 'showErrorBox'>;
  app: Pick<App, 'relaunch' | 'quit'>;
  core: () => Core | null;
  /** The app's own data folder, where the pointer to the journal is kept. */
  appDataDir: string;
}

/** Runs the whole move; resolves with what happened. */
export async function moveJournalInteractively(deps: MoveDeps): Promise<'moved' | 'cancelled' | 'failed'> {
  const core = deps.core();
  if (!core) return 'failed';
  const picked = await deps.dialog.showOpenDialog({
    title: 'Move the journal to…',
    buttonLabel: 'Move here',
    properties: ['openDirectory', 'createDirectory'],
  });
  const folder = picked.filePaths[0];
  if (picked.canceled || !folder) return 'cancelled';
  let moved;
  try {
    moved = copyJournalTo(core.db, core.path, folder);
    setJournalFolder(deps.appDataDir, moved.folder);
  } catch (err) {
    deps.dialog.showErrorBox('The journal was not moved', err instanceof Error ? err.message : String(err));
    return 'failed';
  }
  await deps.dialog.showMessageBox({
    type: 'info',
    message: 'Your journal was copied and checked.',
    detail: `Scopebook now restarts to use it in ${moved.folder}. The old copy stays in ${core.path}; delete it once you are happy.`,
    buttons: ['Restart now'],
  });
  deps.app.relaunch();
  deps.app.quit();
  return 'moved';
}
