/**
 * Save as PDF in the desktop app (the browser host uses the browser's print): the page asks
 * over `shell:savePdf`; main checks it is the app's own page, asks where to save, prints the
 * sender's page with its print stylesheet (webContents.printToPDF), and writes the file
 * atomically, so a failed save never leaves half a PDF where the user looks for it.
 */
import { randomBytes } from 'node:crypto';
import { rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { BrowserWindow, Dialog, IpcMain, IpcMainInvokeEvent, SaveDialogOptions, WebContents } from 'electron';
import { pdfFileName, type SavePdfAnswer, SHELL_CHANNELS } from '../../preload/shell-api';

export interface SavePdfDeps {
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>;
  dialog: Pick<Dialog, 'showSaveDialog'>;
  BrowserWindow: { fromWebContents(contents: WebContents): BrowserWindow | null };
  /** Whether the message comes from the app's own page (security.ts isTrustedSender). */
  isTrusted: (event: IpcMainInvokeEvent) => boolean;
  /** The folder the dialog opens in (e.g. Documents); the dialog's own default when absent. */
  defaultFolder?: () => string | null;
}

/** The answer to a page that is not the app's own. */
export const SAVE_PDF_REFUSED: SavePdfAnswer = { ok: false, message: 'Refused: this request did not come from the Scopebook window.' };

/** Writes `data` to `path` through a temporary file in the same folder and a rename. */
export async function writeFileAtomically(path: string, data: Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, data, { flag: 'wx' });
    await rename(temp, path);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err;
  }
}

/** The chosen path with ".pdf" added when the dialog (Linux) left it off. */
export function withPdfExtension(path: string): string {
  return /\.pdf$/i.test(path) ? path : `${path}.pdf`;
}

/** Registers the `shell:savePdf` handler. Returns a function that removes it. */
export function bindSavePdf(deps: SavePdfDeps): () => void {
  deps.ipcMain.handle(SHELL_CHANNELS.savePdf, async (event, input: unknown): Promise<SavePdfAnswer> => {
    if (!deps.isTrusted(event)) return SAVE_PDF_REFUSED;
    const suggested = input && typeof input === 'object' ? (input as { suggestedName?: unknown }).suggestedName : undefined;
    const name = pdfFileName(suggested);
    const folder = deps.defaultFolder?.() ?? null;
    const options: SaveDialogOptions = {
      title: 'Save as PDF',
      defaultPath: folder ? join(folder, name) : name,
      filters: [{ name: 'PDF document', extensions: ['pdf'] }],
      properties: ['createDirectory', 'showOverwriteConfirmation'],
    };
    const owner = deps.BrowserWindow.fromWebContents(event.sender);
    const chosen = owner ? await deps.dialog.showSaveDialog(owner, options) : await deps.dialog.showSaveDialog(options);
    if (chosen.canceled || !chosen.filePath) return { ok: true, path: null };
    const path = withPdfExtension(chosen.filePath);
    try {
      const pdf = await event.sender.printToPDF({ printBackground: true, preferCSSPageSize: true, generateTaggedPDF: true });
      await writeFileAtomically(path, pdf);
      return { ok: true, path };
    } catch (err) {
      return { ok: false, message: `The PDF could not be saved: ${err instanceof Error ? err.message : String(err)}` };
    }
  });
  return () => deps.ipcMain.removeHandler(SHELL_CHANNELS.savePdf);
}
