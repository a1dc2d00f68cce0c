/**
 * The desktop app's main process: one instance per journal, the journal opened (and locked)
 * in userData or --data-dir / SCOPEBOOK_DATA_DIR, the contract bound to IPC, a locked-down
 * window loaded from app://, the menu, and an orderly quit (the page flushes, then the
 * database closes).
 */
import {
  app,
  BrowserWindow,
  dialog,
  globalShortcut,
  ipcMain,
  Menu,
  nativeImage,
  nativeTheme,
  Notification,
  powerMonitor,
  protocol,
  screen,
  session,
  shell,
  Tray,
} from 'electron';
import { join } from 'node:path';
import { CHANGE_EVENT_CHANNEL, touches } from '../../common/contract';
import { createChangeFeed } from '../core/changes';
import type { OpenJournal } from '../core/journal';
import { dataDirOverride } from '../core/paths';
import { journalFolder } from '../core/settings/journal-location';
import { type MenuCommand, SHELL_CHANNELS } from '../../common/shell-api';
import { quitWhenAllWindowsClosed, requestedWindow } from './behaviour';
import { installContextMenu } from './context-menu';
import { deepLinkTarget, registerDeepLinks } from './deep-link';
import { type Integration, startIntegration } from './integration';
import { launchCommand, loginItem } from './login-item';
import { moveJournalInteractively } from './move-journal';
import { bindContract } from './ipc';
import { withJobs } from './jobs';
import { buildMenuTemplate } from './menu';
import { registerAppScheme, serveApp } from './protocol';
import { openDesktopJournal } from './recover';
import { bindSavePdf } from './save-pdf';
import { bindSaveFile } from './save-file';
import { enableShortcutsPortal, isWaylandSession } from './shortcut';
import { hardenContents, isTrustedSender, lockDownSession } from './security';
import { keepSpellcheckLocal } from './spellcheck';
import { createMainWindow } from './window';
import { WINDOW_STATE_FILE } from './window-state';

/** Windows' AppUserModelId: electron-builder's appId, so toasts show under the installed app. */
export const APP_USER_MODEL_ID = 'app.scopebook.desktop';

/** The profile folder (in appData) of development runs (`npm start`), never the installed app's. */
export const DEV_PROFILE_DIR = 'Scopebook (development)';

export interface DesktopPaths {
  /** dist/preload/preload.js */
  preload: string;
  /** dist/renderer */
  renderer: string;
  /** dist/main/tray, the tray images (scripts/icons.mjs); without it the tray uses a drawn glyph. */
  trayIcons?: string;
  /** The jobs worker bundle; default dist/main/jobs-worker.js next to this one (tests pass a build). */
  jobsWorker?: string;
  /** The bundled Hunspell dictionaries (see spellcheck.ts); without them, the profile's own Dictionaries folder. */
  dictionaries?: string;
}

/** Starts the desktop app. Call once, synchronously, when the main script loads. */
export function runDesktop(paths: DesktopPaths, argv: readonly string[] = process.argv, env: NodeJS.ProcessEnv = process.env): void {
  // A chosen data directory also holds Chromium's profile and the single-instance lock, so
  // two data directories are two independent apps (tests, portable use).
  // A development run (`npm start`) without one gets its own profile, so it never opens (or
  // migrates, or locks) the installed app's real journal.
  const override = dataDirOverride(argv.slice(1), env);
  if (override) app.setPath('userData', override);
  else if (!app.isPackaged) app.setPath('userData', join(app.getPath('appData'), DEV_PROFILE_DIR));
  if (process.platform === 'win32') app.setAppUserModelId(APP_USER_MODEL_ID);

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.enableSandbox();
  // Wayland has no global key grabs: the quick-capture shortcut needs the desktop's portal.
  const wayland = isWaylandSession(process.platform, env);
  if (wayland) enableShortcutsPortal(app.commandLine);
  registerAppScheme(protocol);
  registerDeepLinks(app);

  const isDev = !app.isPackaged;
  let journal: OpenJournal | null = null;
  let mainWindow: BrowserWindow | null = null;
  let integration: Integration | null = null;
  let quitting = false;
  // Every successful write (a contract call, or a job such as a restore when it finishes) is
  // announced here: the shell re-applies tray, shortcut and login item when settings may
  // differ, and every window of the app hears what changed to refresh its views.
  const changes = createChangeFeed();
  const jobs = withJobs(() => journal?.core ?? null, changes, paths.jobsWorker);
  changes.subscribe((event) => {
    if (touches(event, ['settings'])) integration?.settingsChanged();
    for (const win of BrowserWindow.getAllWindows()) {
      if (!win.isDestroyed() && !win.webContents.isDestroyed()) win.webContents.send(CHANGE_EVENT_CHANNEL, event);
    }
  });

  app.on('web-contents-created', (_event, contents) => {
    hardenContents(contents, (url) => void shell.openExternal(url));
    installContextMenu(contents, { Menu, windowOf: (c) => BrowserWindow.fromWebContents(c) });
  });

  /** Stops the integration and closes the journal (idempotent). */
  const closeJournal = () => {
    integration?.stop();
    integration = null;
    journal?.close();
    journal = null;
  };

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
      onSessionEnd: closeJournal,
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

  const showMain = () => {
    if (!mainWindow || mainWindow.isDestroyed()) {
      if (journal) openWindow();
      return;
    }
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  };

  app.on('second-instance', (_event, secondArgv: string[] = []) => {
    if (integration && requestedWindow(secondArgv) === 'capture') integration.openCapture();
    else showMain();
  });

  // macOS delivers scopebook:// links as open-url, at launch even before the app is ready.
  let launchLink: 'capture' | 'main' | null = null;
  app.on('open-url', (event, url: string) => {
    const target = deepLinkTarget(url);
    if (!target) return;
    event.preventDefault();
    if (!integration) launchLink = target;
    else if (target === 'capture') integration.openCapture();
    else showMain();
  });

  void app.whenReady().then(async () => {
    // The journal may have been moved (File › Move Journal…): follow the pointer in userData.
    const dataDir = journalFolder(app.getPath('userData'));
    journal = await openDesktopJournal(dataDir, dialog);
    if (!journal) {
      app.exit(1);
      return;
    }
    lockDownSession(session.defaultSession);
    keepSpellcheckLocal(
      session.defaultSession,
      paths.dictionaries ?? join(app.getPath('userData'), 'Dictionaries'),
      app.getPath('userData'),
    );
    serveApp(protocol, paths.renderer);
    bindContract(
      ipcMain,
      jobs.target,
      (event) => isTrustedSender(event, () => mainWindow) || isTrustedSender(event, () => integration?.captureWindow() ?? null),
    );
    const saveDeps = {
      ipcMain,
      dialog,
      BrowserWindow,
      isTrusted: (event: Parameters<typeof isTrustedSender>[0]) => isTrustedSender(event, () => mainWindow),
      defaultFolder: () => {
        try {
          return app.getPath('documents');
        } catch {
          return null;
        }
      },
    };
    bindSavePdf(saveDeps);
    bindSaveFile(saveDeps);
    integration = startIntegration({
      app,
      BrowserWindow,
      Menu,
      Tray,
      Notification,
      globalShortcut,
      powerMonitor,
      nativeImage,
      trayIconDir: paths.trayIcons ?? null,
      darkPanel: () => nativeTheme.shouldUseDarkColorsForSystemIntegratedUI,
      screen,
      platform: process.platform,
      wayland,
      // The login item starts this copy of the app on this journal (a chosen data directory included).
      loginItem: loginItem({
        app,
        platform: process.platform,
        env,
        command: [...launchCommand(process.execPath, env, app.isPackaged, app.getAppPath()), ...(override ? ['--data-dir', override] : [])],
      }),
      preloadPath: paths.preload,
      isDev,
      core: () => journal?.core ?? null,
      openMain: showMain,
      openToday: () => {
        if (mainWindow && !mainWindow.isDestroyed()) showMain();
        sendMenuCommand('today');
      },
    });
    const openCapture = () => integration?.openCapture();
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(buildMenuTemplate({
          platform: process.platform,
          isDev,
          send: sendMenuCommand,
          capture: openCapture,
          moveJournal: () => void moveJournalInteractively({ dialog, app, core: () => journal?.core ?? null, appDataDir: app.getPath('userData') }),
        })),
    );
    if (requestedWindow(argv) === 'capture' || launchLink === 'capture') openCapture();
    else openWindow();
  });

  app.on('activate', () => {
    if (journal && (!mainWindow || mainWindow.isDestroyed())) openWindow();
  });
  app.on('window-all-closed', () => {
    if (quitWhenAllWindowsClosed(process.platform, integration?.trayOn() ?? false)) app.quit();
  });
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('will-quit', (event) => {
    // The journal worker closes first: a running export or import is cancelled and waited for
    // (no temp file is left), its connections close, then the journal and its lock (and the
    // quit resumes). The shortcut, tray and reminders go at once: the app is leaving.
    if (jobs.busy()) {
      event.preventDefault();
      integration?.stop();
      integration = null;
      void jobs.close().finally(() => app.quit());
      return;
    }
    closeJournal();
  });
}
