/**
 * The one main-process save path: every file the desktop app writes where the user chose
 * (review exports, PDFs, journal exports) goes through here. The session refuses every
 * download, so nothing can reach the disk through `<a download>`; instead:
 *   1. a save dialog owned by the asking window, proposing a safe name in Documents;
 *   2. the extension added when the dialog (GTK on Linux) left it off, and, because the
 *      dialog's own overwrite prompt checked the name without it, an overwrite question for
 *      the name actually written;
 *   3. an atomic write: a temp file in the same folder, written and fsynced, renamed over the
 *      target, and the folder fsynced, so a crash or a full disk never leaves half a file
 *      where the user looks for it (nor a temp file beside it).
 */
import { randomBytes } from 'node:crypto';
import { open, rename, unlink } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import type { BrowserWindow, Dialog, IpcMain, IpcMainInvokeEvent, SaveDialogOptions, WebContents } from 'electron';
import { safeFileName, SAVE_FORMATS, type SaveFileAnswer, type SaveFormat, SHELL_CHANNELS } from '../../common/shell-api';

export interface SavePathDeps {
  dialog: Pick<Dialog, 'showSaveDialog' | 'showMessageBox'>;
  BrowserWindow: { fromWebContents(contents: WebContents): BrowserWindow | null };
  /** The folder the dialog opens in (e.g. Documents); the dialog's own default when absent. */
  defaultFolder?: () => string | null;
}

export interface SaveRequest {
  /** The dialog's title, e.g. "Export review". */
  title: string;
  /** The proposed file name (made safe; the extension is added). */
  suggestedName: string;
  /** The file type: its name in the dialog and its extension (without the dot). */
  filter: { name: string; extension: string };
}

/** The chosen path with `.ext` added when the dialog left it off (case-insensitive). */
export function withExtension(path: string, extension: string): string {
  return extname(path).toLowerCase() === `.${extension.toLowerCase()}` ? path : `${path}.${extension}`;
}

/**
 * Asks where to save. Resolves to the path to write (extension included), or null when the
 * user cancelled, including declining to replace a file the added extension landed on.
 */
export async function chooseSavePath(deps: SavePathDeps, sender: WebContents, request: SaveRequest): Promise<string | null> {
  const name = safeFileName(request.suggestedName, request.filter.extension);
  const folder = deps.defaultFolder?.() ?? null;
  const options: SaveDialogOptions = {
    title: request.title,
    defaultPath: folder ? join(folder, name) : name,
    filters: [{ name: request.filter.name, extensions: [request.filter.extension] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const owner = deps.BrowserWindow.fromWebContents(sender);
  const chosen = owner ? await deps.dialog.showSaveDialog(owner, options) : await deps.dialog.showSaveDialog(options);
  if (chosen.canceled || !chosen.filePath) return null;
  const path = withExtension(chosen.filePath, request.filter.extension);
  if (path !== chosen.filePath && existsSync(path)) {
    const question = {
      type: 'question' as const,
      buttons: ['Replace', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
      message: `“${basename(path)}” already exists. Replace it?`,
      detail: `A file with this name is already in ${dirname(path)}. Replacing it overwrites its contents.`,
    };
    const answer = owner ? await deps.dialog.showMessageBox(owner, question) : await deps.dialog.showMessageBox(question);
    if (answer.response !== 0) return null;
  }
  return path;
}

/**
 * Writes `data` to `path` atomically: a temp file in the same folder (never an existing one),
 * fsynced, renamed over `path`, then the folder fsynced (POSIX). On any failure the temp file
 * is removed and an existing file at `path` is left as it was.
 */
export async function writeFileAtomically(path: string, data: Uint8Array | string): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx');
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err;
  }
  if (process.platform !== 'win32') {
    // The rename itself is durable only once the folder's entry is on disk.
    const folder = await open(dirname(path), 'r').catch(() => null);
    if (folder) await folder.sync().catch(() => undefined).finally(() => folder.close());
  }
}

/** Dialog, then `produce` (only once a path was chosen), then the atomic write. */
export async function saveThroughDialog(
  deps: SavePathDeps,
  sender: WebContents,
  request: SaveRequest,
  produce: () => Promise<Uint8Array | string> | Uint8Array | string,
): Promise<SaveFileAnswer> {
  const path = await chooseSavePath(deps, sender, request);
  if (!path) return { ok: true, path: null };
  try {
    await writeFileAtomically(path, await produce());
    return { ok: true, path };
  } catch (err) {
    return { ok: false, message: `The file could not be saved: ${err instanceof Error ? err.message : String(err)}` };
  }
}

/** The answer to a page that is not the app's own. */
export const SAVE_REFUSED: SaveFileAnswer = { ok: false, message: 'Refused: this request did not come from the Scopebook window.' };

/** The largest text file the page may hand over to be saved (a review or an export is far smaller). */
export const MAX_SAVE_TEXT_CHARS = 64 * 1024 * 1024;

/** Registers `shell:saveFile` (a text the page produced, e.g. a review as Markdown or HTML). */
export function bindSaveFile(deps: SavePathDeps & { ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>; isTrusted: (event: IpcMainInvokeEvent) => boolean }): () => void {
  deps.ipcMain.handle(SHELL_CHANNELS.saveFile, async (event, input: unknown): Promise<SaveFileAnswer> => {
    if (!deps.isTrusted(event)) return SAVE_REFUSED;
    const request = (input && typeof input === 'object' ? input : {}) as { suggestedName?: unknown; format?: unknown; content?: unknown };
    if (typeof request.format !== 'string' || !Object.hasOwn(SAVE_FORMATS, request.format)) {
      return { ok: false, message: `Cannot save a file of type “${String(request.format)}”.` };
    }
    if (typeof request.content !== 'string' || request.content.length > MAX_SAVE_TEXT_CHARS) {
      return { ok: false, message: 'Nothing to save: the file’s contents are missing or too large.' };
    }
    const format = SAVE_FORMATS[request.format as SaveFormat];
    const content = request.content;
    return saveThroughDialog(
      deps,
      event.sender,
      { title: format.title, suggestedName: typeof request.suggestedName === 'string' ? request.suggestedName : '', filter: { name: format.name, extension: format.extension } },
      () => content,
    );
  });
  return () => deps.ipcMain.removeHandler(SHELL_CHANNELS.saveFile);
}
