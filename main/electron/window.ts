/**
 * The main window: locked-down web preferences, remembered size and position, and the flush
 * handshake before it closes.
 */
import type { BrowserWindow as BrowserWindowType, BrowserWindowConstructorOptions, IpcMain, Screen } from 'electron';
import { FLUSH_TIMEOUT_MS } from '../../common/shell-api';
import { requestFlush } from './flush';
import { APP_START_URL } from './protocol';
import { loadWindowState, MIN_WINDOW_SIZE, saveWindowStateForLayout } from './window-state';

export interface MainWindowDeps {
  BrowserWindow: typeof BrowserWindowType;
  ipcMain: Pick<IpcMain, 'on' | 'removeListener'>;
  screen: Pick<Screen, 'getAllDisplays'>;
  preloadPath: string;
  stateFile: string;
  isDev: boolean;
  /** True while the app is quitting: once flushed, quitting resumes instead of just closing. */
  isQuitting: () => boolean;
  resumeQuit: () => void;
  /**
   * Windows logoff/shutdown (which skips before-quit and will-quit): closes the journal,
   * synchronously, before the session ends.
   */
  onSessionEnd?: () => void;
}

/**
 * Loads `url`, never leaving a rejection unhandled: quitting or closing while the page loads
 * rejects loadURL (ERR_ABORTED), which is expected then; any other failure is logged.
 */
export function loadSafely(win: Pick<BrowserWindowType, 'loadURL' | 'isDestroyed'>, url: string): Promise<void> {
  return win.loadURL(url).catch((err: unknown) => {
    const aborted = win.isDestroyed() || /ERR_ABORTED|\(-3\)/.test(String((err as Error)?.message ?? err));
    if (!aborted) console.error(`Scopebook could not load ${url}:`, err);
  });
}

/** The security-relevant web preferences, fixed for every Scopebook window. */
export function secureWebPreferences(preloadPath: string, isDev: boolean): BrowserWindowConstructorOptions['webPreferences'] {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: true,
    devTools: isDev,
  };
}

/** Creates and loads the main window. */
export function createMainWindow(deps: MainWindowDeps): BrowserWindowType {
  const state = loadWindowState(
    deps.stateFile,
    deps.screen.getAllDisplays().map((d) => d.workArea),
  );
  const win = new deps.BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Scopebook',
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: false,
    webPreferences: secureWebPreferences(deps.preloadPath, deps.isDev),
  });
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  const save = () => {
    if (win.isDestroyed()) return;
    saveWindowStateForLayout(
      deps.stateFile,
      { ...win.getNormalBounds(), maximized: win.isMaximized() },
      deps.screen.getAllDisplays().map((d) => d.workArea),
    );
  };
  let saveTimer: ReturnType<typeof setTimeout> | undefined;
  const saveSoon = () => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(save, 500);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize'] as const) win.on(event as 'resize', saveSoon);

  let flushed = false;
  let flushing = false;
  win.on('close', (event) => {
    clearTimeout(saveTimer);
    save();
    if (flushed) return;
    event.preventDefault();
    if (flushing) return;
    flushing = true;
    void requestFlush(deps.ipcMain, win.webContents, FLUSH_TIMEOUT_MS).then(() => {
      flushed = true;
      if (deps.isQuitting()) deps.resumeQuit();
      else if (!win.isDestroyed()) win.close();
    });
  });

  // Windows: a logoff or shutdown asks first (query-session-end) and then ends the session
  // (session-end) without before-quit; the process may be killed as soon as session-end's
  // handlers return. So the page is asked to save at the first, and the journal is closed
  // synchronously at the second (every save that arrived is committed by then).
  win.on('query-session-end', () => void requestFlush(deps.ipcMain, win.webContents, FLUSH_TIMEOUT_MS));
  win.on('session-end', () => {
    flushed = true;
    deps.onSessionEnd?.();
  });

  void loadSafely(win, APP_START_URL);
  return win;
}
