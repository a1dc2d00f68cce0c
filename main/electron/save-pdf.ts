/**
 * Save as PDF in the desktop app (the browser host uses the browser's print): the page asks
 * over `shell:savePdf`; main checks it is the app's own page, asks where to save, prints the
 * sender's page with its print stylesheet (webContents.printToPDF), and writes the file
 * through the one save path (save-file.ts: extension, overwrite check, atomic write).
 */
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { type SavePdfAnswer, SHELL_CHANNELS } from '../../common/shell-api';
import { SAVE_REFUSED, type SavePathDeps, saveThroughDialog } from './save-file';

export interface SavePdfDeps extends SavePathDeps {
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  /** Whether the message comes from the app's own page (security.ts isTrustedSender). */
  isTrusted: (event: IpcMainInvokeEvent) => boolean;
}

/** The answer to a page that is not the app's own. */
export const SAVE_PDF_REFUSED: SavePdfAnswer = SAVE_REFUSED;

/** Registers the `shell:savePdf` handler. Returns a function that removes it. */
export function bindSavePdf(deps: SavePdfDeps): () => void {
  deps.ipcMain.handle(SHELL_CHANNELS.savePdf, async (event, input: unknown): Promise<SavePdfAnswer> => {
    if (!deps.isTrusted(event)) return SAVE_PDF_REFUSED;
    const suggested = input && typeof input === 'object' ? (input as { suggestedName?: unknown }).suggestedName : undefined;
    const answer = await saveThroughDialog(
      deps,
      event.sender,
      { title: 'Save as PDF', suggestedName: typeof suggested === 'string' ? suggested : '', filter: { name: 'PDF document', extension: 'pdf' } },
      () => event.sender.printToPDF({ printBackground: true, preferCSSPageSize: true, generateTaggedPDF: true }),
    );
    return answer.ok ? answer : { ok: false, message: answer.message.replace('The file could not be saved', 'The PDF could not be saved') };
  });
  return () => deps.ipcMain.removeHandler(SHELL_CHANNELS.savePdf);
}
