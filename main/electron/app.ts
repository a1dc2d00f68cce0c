/**
 * The desktop app's main process: one instance per journal, the journal opened (and locked)
 * in userData or --data-dir / SCOPEBOOK_DATA_DIR, the contract bound to IPC, a locked-down
 * window loaded from app://, the menu, and an orderly quit (the page flushes, then the
 * database closes).
 */
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, screen, session, shell } from 'electron';
import { join } from 'node:path';
import { CoreError } from '../core/errors';
import { type OpenJournal, openJournal } from '../core/journal';
import { dataDirOverride } from '../core/paths';
import { type MenuCommand, SHELL_CHANNELS } from '../../preload/shell-api';
import { bindContract } from './ipc';
import { buildMenuTemplate } from './menu';
import { registerAppScheme, serveApp } from './protocol';
import { denyAllPermissions, hardenContents, isTrustedSender } from './security';
import { createMainWindow } from './window';
import { WINDOW_STATE_FILE } from './window-state';

export interface DesktopPaths {
  /** dist/preload/preload.js */
  preload: string;
  /** dist/renderer */
  renderer: string;
}

/** Starts the desktop app. Call once, synchronously, when the main script loads. */
export function runDesktop(paths: DesktopPaths, argv: readonly string[] = process.argv, env: NodeJS.ProcessEnv = process.env): void {
  // A chosen data directory also holds Chromium's profile and the single-instance lock, so
  // two data directories are two independent apps (tests, portable use).
  const override = dataDirOverride(argv.slice(1), env);
  if (override) app.setPath('userData', override);

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.enableSandbox();
  registerAppScheme(protocol);

  const isDev = !app.isPackaged;
  let journal: OpenJournal | null = null;
  let mainWindow: BrowserWindow | null = null;
  let quitting = false;

  app.on('web-contents-created', (_event, contents) => hardenContents(contents, (url) => void shell.openExternal(url)));

  const openWindow = (): BrowserWindow => {
    const win = createMainWindow({
      BrowserWindow,
      ipcMain,
      screen,
      preloadPath: paths.preload,
      stateFile: join(app.getPath('userData'), WINDOW_STATE_FILE),
      isDev,
      isQuitting: () => quitting,
      resumeQuit: () => app.quit(),
    });
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null;
    });
    mainWindow = win;
    return win;
  };

  const sendMenuCommand = (command: MenuCommand) => {
    if (mainWindow && !mainWindow.isDestroyed()) {
      mainWindow.webContents.send(SHELL_CHANNELS.menu, command);
      return;
    }
    const win = openWindow();
    win.webContents.once('did-finish-load', () => win.webContents.send(SHELL_CHANNELS.menu, command));
  };

  app.on('second-instance', () => {
    if (!mainWindow || mainWindow.isDestroyed()) {
      if (journal) openWindow();
      return;
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });

  void app.whenReady().then(() => {
    const dataDir = app.getPath('userData');
    try {
      journal = openJournal(dataDir, 'desktop');
    } catch (err) {
      const message = err instanceof CoreError ? err.message : `Cannot open the journal in ${dataDir}: ${(err as Error).message}`;
      dialog.showErrorBox('Scopebook cannot open your journal', message);
      app.exit(1);
      return;
    }
    denyAllPermissions(session.defaultSession);
    serveApp(protocol, paths.renderer);
    bindContract(ipcMain, () => journal?.core ?? null, (event) => isTrustedSender(event, () => mainWindow));
    Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ platform: process.platform, isDev, send: sendMenuCommand })));
    openWindow();
  });

  app.on('activate', () => {
    if (journal && (!mainWindow || mainWindow.isDestroyed())) openWindow();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('will-quit', () => {
    journal?.close();
    journal = null;
  });
}
