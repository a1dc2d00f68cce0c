/**
 * Scopebook as a citizen of the desktop: the global quick-capture shortcut and window, the
 * tray icon and dock menu, reminders as native notifications, and launch at login, all
 * following the journal's settings (re-applied whenever they change or a backup is restored).
 */
import type {
  App,
  BrowserWindow as BrowserWindowType,
  GlobalShortcut,
  Menu as MenuType,
  MenuItemConstructorOptions,
  NativeImage,
  Notification as NotificationType,
  NotificationConstructorOptions,
  PowerMonitor,
  Screen,
  Tray as TrayType,
} from 'electron';
import type { Settings } from '../../common/contract';
import { systemClock } from '../core/clock';
import type { Core } from '../core/api';
import { checkJournalHabits } from '../core/schedule/journal-check';
import { createCaptureWindow } from './capture-window';
import { REMINDER_TEXT, startReminders } from './reminders';
import { CaptureShortcut } from './shortcut';
import type { LoginItem } from './login-item';
import { join } from 'node:path';
import { createTray, TRAY_ICON_DATA_URL, trayIconFile, trayMenuTemplate } from './tray';

export interface IntegrationDeps {
  app: Pick<App, 'quit'> & { dock?: { setMenu(menu: MenuType): void } | undefined };
  BrowserWindow: typeof BrowserWindowType;
  Menu: { buildFromTemplate(template: MenuItemConstructorOptions[]): MenuType };
  Tray: new (image: NativeImage) => TrayType;
  Notification: { new (options: NotificationConstructorOptions): NotificationType; isSupported(): boolean };
  globalShortcut: Pick<GlobalShortcut, 'register' | 'unregister'>;
  powerMonitor: Pick<PowerMonitor, 'on' | 'removeListener'>;
  nativeImage: { createFromDataURL(url: string): NativeImage; createFromPath(path: string): NativeImage };
  /** dist/main/tray (scripts/icons.mjs), or null to use the drawn fallback glyph. */
  trayIconDir?: string | null;
  /** Whether the task bar is dark (Windows picks the tray glyph by it). */
  darkPanel?: () => boolean;
  screen: Pick<Screen, 'getCursorScreenPoint' | 'getDisplayNearestPoint'>;
  platform: NodeJS.Platform;
  /** A Linux Wayland session: the global shortcut goes through the desktop's portal. */
  wayland?: boolean;
  /** Launch at login (Electron's login item, or the XDG autostart entry on Linux). */
  loginItem: LoginItem;
  preloadPath: string;
  isDev: boolean;
  core: () => Core | null;
  /** Shows (or re-creates) the main window. */
  openMain: () => void;
  /** Shows Today in the main window. */
  openToday: () => void;
}

export interface Integration {
  openCapture(): void;
  captureWindow(): BrowserWindowType | null;
  /** Re-reads the settings and applies them (shortcut, tray, login item). */
  settingsChanged(): void;
  trayOn(): boolean;
  /** Notifications shown and not yet clicked or closed (kept alive until then). */
  pendingNotifications(): number;
  /** The last problem registering the shortcut, for tests and logs. */
  shortcutProblem(): string | null;
  stop(): void;
}

/** Starts everything; call once the journal is open. */
export function startIntegration(deps: IntegrationDeps): Integration {
  let capture: BrowserWindowType | null = null;
  let tray: TrayType | null = null;
  let problem: string | null = null;
  let warnedFor: string | null = null;

  // Shown notifications are kept until clicked, closed or failed: a Notification only held by a
  // local variable is garbage-collected, and its click then does nothing (electron#16922).
  const shown = new Set<NotificationType>();
  const notify = (options: NotificationConstructorOptions, onClick?: () => void) => {
    if (!deps.Notification.isSupported()) return;
    const n = new deps.Notification(options);
    const release = () => void shown.delete(n);
    n.on('click', () => {
      release();
      onClick?.();
    });
    n.on('close', release);
    n.on('failed', release);
    shown.add(n);
    n.show();
  };

  const openCapture = () => {
    if (capture && !capture.isDestroyed()) {
      capture.show();
      capture.focus();
      return;
    }
    const win = createCaptureWindow(deps);
    win.on('closed', () => {
      if (capture === win) capture = null;
    });
    capture = win;
  };

  const actions = { capture: openCapture, open: deps.openMain, quit: () => deps.app.quit() };
  const shortcut = new CaptureShortcut(deps.globalShortcut, openCapture, deps.wayland ?? false);
  deps.app.dock?.setMenu(deps.Menu.buildFromTemplate(trayMenuTemplate(actions, false)));

  const readSettings = (): Settings | null => {
    const result = deps.core()?.call('settings:get', {});
    return result?.ok ? (result.value as Settings) : null;
  };

  const apply = () => {
    const settings = readSettings();
    if (!settings) return;
    const registered = shortcut.set(settings.captureShortcut);
    problem = registered.ok ? null : registered.message;
    if (!registered.ok && warnedFor !== registered.accelerator) {
      warnedFor = registered.accelerator;
      notify({ title: 'Quick capture shortcut unavailable', body: registered.message });
    }
    if (settings.tray && !tray) {
      tray = createTray({ Tray: deps.Tray, buildMenu: (t) => deps.Menu.buildFromTemplate(t), icon: () => trayIcon(deps) }, actions);
    } else if (!settings.tray && tray) {
      tray.destroy();
      tray = null;
    }
    try {
      if (deps.loginItem.enabled() !== settings.launchAtLogin) deps.loginItem.set(settings.launchAtLogin);
    } catch (err) {
      console.error(`Scopebook: ${(err as Error).message}`);
    }
  };

  const reminders = startReminders({
    check: (memory) => {
      const core = deps.core();
      return core ? checkJournalHabits(core.db, systemClock, memory) : null;
    },
    now: () => systemClock.now(),
    notify: (kind) => notify({ ...REMINDER_TEXT[kind] }, deps.openToday),
    powerMonitor: deps.powerMonitor,
  });

  apply();
  return {
    openCapture,
    captureWindow: () => (capture && !capture.isDestroyed() ? capture : null),
    settingsChanged: () => {
      apply();
      reminders.checkNow();
    },
    trayOn: () => tray !== null,
    pendingNotifications: () => shown.size,
    shortcutProblem: () => problem,
    stop: () => {
      reminders.stop();
      shortcut.clear();
      tray?.destroy();
      tray = null;
    },
  };
}

function trayIcon(deps: Pick<IntegrationDeps, 'nativeImage' | 'platform' | 'trayIconDir' | 'darkPanel'>): NativeImage {
  const file = deps.trayIconDir ? join(deps.trayIconDir, trayIconFile(deps.platform, deps.darkPanel ?? (() => false))) : null;
  const fromFile = file ? deps.nativeImage.createFromPath(file) : null;
  const image = fromFile && !fromFile.isEmpty() ? fromFile : deps.nativeImage.createFromDataURL(TRAY_ICON_DATA_URL);
  if (deps.platform === 'darwin') image.setTemplateImage(true);
  return image;
}

