/**
 * The desktop shell's only messages besides the contract: menu commands (main → renderer) and
 * the flush handshake before a window closes. Shared by the main process, the preload and the
 * renderer (types only there), so all three agree on the names. Pure: no Node, no Electron.
 *
 * Flush on close: when a window is about to close (or the app to quit), main sends
 * `shell:flush` with a request id; the preload runs the renderer's flush callback (which saves
 * any pending edit through the contract) and answers `shell:flushed` with the same id. Main
 * waits for that answer, at most FLUSH_TIMEOUT_MS, and only then closes the window; the
 * database is closed after the last window. IPC messages arrive in order, so every save the
 * renderer sent before its answer has been committed by then.
 *
 * Save as PDF: the page asks main (`shell:savePdf`) to print itself to a PDF file the user
 * picks; main answers a SavePdfAnswer (the path, or null when the user cancelled).
 */

/** App actions the menu (and its shortcuts) asks the renderer to perform. */
export const MENU_COMMANDS = ['new-entry', 'today', 'timeline', 'people', 'search', 'settings'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

/** IPC channel names of the shell messages (never contract channels: those are `domain:verb`). */
export const SHELL_CHANNELS = {
  menu: 'shell:menu',
  flush: 'shell:flush',
  flushed: 'shell:flushed',
  savePdf: 'shell:savePdf',
  saveFile: 'shell:saveFile',
} as const;

/** How long main waits for the renderer to save before closing anyway. */
export const FLUSH_TIMEOUT_MS = 3000;

/** What the preload exposes as `window.scopebookShell` (desktop app only; absent in the browser). */
export interface DesktopShell {
  /** Calls `listener` with each menu command; returns a function that stops listening. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /**
   * Registers the function that saves pending edits before the window closes (replacing any
   * earlier one). Main waits for the promise it returns, up to FLUSH_TIMEOUT_MS.
   * Returns a function that unregisters it.
   */
  onFlushRequest(flush: () => void | Promise<void>): () => void;
  /**
   * Prints the page (with its print stylesheet) to a PDF file the user chooses in a save
   * dialog. Resolves to the file's path, or null when the user cancelled; rejects with a
   * readable message when the file could not be written.
   */
  savePdf(options: SavePdfOptions): Promise<string | null>;
  /**
   * Saves a text the page produced (a review as Markdown or HTML) to a file the user chooses
   * in a save dialog, written atomically by main. Resolves to the file's path, or null when
   * the user cancelled; rejects with a readable message when the file could not be written.
   */
  saveFile(options: SaveFileOptions): Promise<string | null>;
}

/** The kinds of text file the page may ask main to save: dialog title, filter name, extension. */
export const SAVE_FORMATS = {
  markdown: { title: 'Export as Markdown', name: 'Markdown document', extension: 'md' },
  html: { title: 'Export as HTML', name: 'Web page', extension: 'html' },
} as const;
export type SaveFormat = keyof typeof SAVE_FORMATS;

export interface SaveFileOptions {
  /** The file name the save dialog proposes (the format's extension is added). */
  suggestedName: string;
  format: SaveFormat;
  content: string;
}

/** What main answers to `shell:saveFile`. */
export type SaveFileAnswer = SavePdfAnswer;

export interface SavePdfOptions {
  /** The file name the save dialog proposes (".pdf" is added). */
  suggestedName: string;
}

/** What main answers to `shell:savePdf`. */
export type SavePdfAnswer = { ok: true; path: string | null } | { ok: false; message: string };

/** A safe file name for a PDF from any suggested name: no folders, no reserved characters, ".pdf" at the end. */
export function pdfFileName(suggested: unknown): string {
  return safeFileName(suggested, 'pdf');
}

/** A safe file name from any suggested name: no folders, no reserved characters, `.extension` at the end. */
export function safeFileName(suggested: unknown, extension: string): string {
  const ext = extension.replace(/[^a-z0-9]/gi, '');
  const base = (typeof suggested === 'string' ? suggested : '')
    .replace(new RegExp(`\\.${ext}$`, 'i'), '')
    .replace(/[\\/:*?"<>|]+/g, '-')
    .replace(/\s+/g, ' ')
    .replace(/\p{Cc}+/gu, '')
    .trim()
    .replace(/^[.\s-]+|[.\s]+$/g, '')
    .slice(0, 120);
  return `${base || 'Scopebook review'}.${ext}`;
}

/** Whether a value received over IPC is a known menu command. */
export function isMenuCommand(value: unknown): value is MenuCommand {
  return typeof value === 'string' && (MENU_COMMANDS as readonly string[]).includes(value);
}
