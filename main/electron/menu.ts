/**
 * The application menu: the platform's standard menus (app menu on macOS, Edit, View, Window)
 * plus Scopebook's own actions, which are sent to the renderer as menu commands. Shortcuts use
 * CmdOrCtrl, so they follow each platform's convention.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../common/shell-api';

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Development builds also get Reload and the developer tools. */
  isDev: boolean;
  /** Delivers an app action to the renderer. */
  send: (command: MenuCommand) => void;
  /** Opens the quick-capture window (its global shortcut works from any app; this is the menu route). */
  capture?: () => void;
  /** Moves the journal to another folder (copy, verify, restart on it). */
  moveJournal?: () => void;
}

/** The template for Menu.buildFromTemplate. */
export function buildMenuTemplate({ platform, isDev, send, capture, moveJournal }: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const action = (label: string, command: MenuCommand, accelerator: string): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => send(command),
  });
  const template: MenuItemConstructorOptions[] = [];
  // Settings: Cmd+, in the app menu on macOS; Ctrl+, in File elsewhere.
  const settings = action(mac ? 'Settings…' : 'Settings', 'settings', 'CmdOrCtrl+,');
  if (mac) {
    template.push({
      label: 'Scopebook',
      submenu: [
        { role: 'about' },
        { type: 'separator' },
        settings,
        { type: 'separator' },
        { role: 'services' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    });
  }
  template.push({
    label: '&File',
    submenu: [
      action('New Entry', 'new-entry', 'CmdOrCtrl+N'),
      ...(capture ? [{ label: 'Quick Capture', click: () => capture() } as MenuItemConstructorOptions] : []),
      { type: 'separator' },
      ...(moveJournal ? [{ label: 'Move Journal…', click: () => moveJournal() }, { type: 'separator' }] as MenuItemConstructorOptions[] : []),
      ...(mac ? [] : [settings, { type: 'separator' } as MenuItemConstructorOptions]),
      mac ? { role: 'close' } : { role: 'quit' },
    ],
  });
  template.push({ role: 'editMenu' });
  template.push({
    label: '&View',
    submenu: [
      ...(isDev
        ? ([{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as MenuItemConstructorOptions[])
        : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  });
  template.push({
    label: '&Go',
    submenu: [
      action('Today', 'today', 'CmdOrCtrl+1'),
      action('Timeline', 'timeline', 'CmdOrCtrl+2'),
      action('People', 'people', 'CmdOrCtrl+3'),
      { type: 'separator' },
      action('Search', 'search', 'CmdOrCtrl+F'),
    ],
  });
  template.push({ role: 'windowMenu' });
  return template;
}
