/**
 * The tray / menu-bar icon and the macOS dock menu: quick capture, open the main window, quit.
 * The menu template is pure; the icon is drawn in code (no asset file to lose in packaging).
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

/** A 16×16 monochrome book glyph as a PNG data URL (template image on macOS). */
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
