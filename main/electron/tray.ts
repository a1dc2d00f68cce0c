/**
 * The tray / menu-bar icon and the macOS dock menu: quick capture, open the main window, quit.
 * The menu template is pure. The icon images are rendered from build/tray.svg into dist/main/tray
 * at build time (scripts/icons.mjs); a glyph drawn in code stands in where they are missing.
 */
import type { MenuItemConstructorOptions, NativeImage, Tray as TrayType } from 'electron';

export interface AppActions {
  capture: () => void;
  open: () => void;
  quit: () => void;
}

/** The tray's menu ("Quit" is left out of the dock menu: macOS adds its own). */
export function trayMenuTemplate(actions: AppActions, withQuit = true): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [
    { label: 'Quick capture', click: () => actions.capture() },
    { label: 'Open Scopebook', click: () => actions.open() },
  ];
  if (withQuit) items.push({ type: 'separator' }, { label: 'Quit Scopebook', click: () => actions.quit() });
  return items;
}

/**
 * The tray image for a platform, in dist/main/tray (Electron loads the @2x file beside it on
 * HiDPI screens). macOS: a template image (black + alpha) that the menu bar recolours. Windows:
 * a dark or light glyph for a light or dark task bar. Linux: the full-colour app icon, which
 * reads on light and dark panels alike (GNOME's top bar is dark even in a light theme).
 */
export function trayIconFile(platform: NodeJS.Platform, darkPanel: () => boolean): string {
  if (platform === 'darwin') return 'trayTemplate.png';
  if (platform === 'win32') return darkPanel() ? 'tray-dark-panel.png' : 'tray-light-panel.png';
  return 'tray-color.png';
}

/** A 16×16 monochrome glyph as a PNG data URL: the fallback when the image files are missing. */
export const TRAY_ICON_DATA_URL =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAAKUlEQVR42mNgGEzgP4kYqwG4DCVGLfUM+E8ke9QFgzoaKTKAoqQ8MAAA5aJLtSrsGX0AAAAASUVORK5CYII=';

export interface TrayDeps {
  Tray: new (image: NativeImage) => TrayType;
  buildMenu: (template: MenuItemConstructorOptions[]) => Electron.Menu;
  icon: () => NativeImage;
}

/** Shows the tray icon with its menu; returns it (destroy() removes it). */
export function createTray(deps: TrayDeps, actions: AppActions): TrayType {
  const tray = new deps.Tray(deps.icon());
  tray.setToolTip('Scopebook');
  tray.setContextMenu(deps.buildMenu(trayMenuTemplate(actions)));
  return tray;
}
