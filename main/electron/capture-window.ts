/**
 * The quick-capture window: small, always on top, with exactly the main window's security
 * settings and preload (secureWebPreferences), loading the app at `#/capture`. Its draft
 * lives in the page's storage, so closing it never loses text and needs no flush handshake.
 */
import type { BrowserWindow as BrowserWindowType, Screen } from 'electron';
import { APP_START_URL } from './protocol';
import { loadSafely, secureWebPreferences } from './window';

export interface CaptureWindowDeps {
  BrowserWindow: typeof BrowserWindowType;
  screen: Pick<Screen, 'getCursorScreenPoint' | 'getDisplayNearestPoint'>;
  preloadPath: string;
  isDev: boolean;
}

export const CAPTURE_SIZE = { width: 520, height: 260 } as const;
export const CAPTURE_URL_HASH = '#/capture';

/** Where the capture window goes: centred near the top of the display the pointer is on. */
export function capturePosition(workArea: { x: number; y: number; width: number; height: number }): { x: number; y: number } {
  return {
    x: Math.round(workArea.x + (workArea.width - CAPTURE_SIZE.width) / 2),
    y: Math.round(workArea.y + Math.min(workArea.height * 0.2, Math.max(0, workArea.height - CAPTURE_SIZE.height))),
  };
}

/** Creates and loads the capture window. */
export function createCaptureWindow(deps: CaptureWindowDeps): BrowserWindowType {
  const display = deps.screen.getDisplayNearestPoint(deps.screen.getCursorScreenPoint());
  const win = new deps.BrowserWindow({
    ...capturePosition(display.workArea),
    ...CAPTURE_SIZE,
    title: 'Quick capture — Scopebook',
    alwaysOnTop: true,
    resizable: false,
    minimizable: false,
    maximizable: false,
    fullscreenable: false,
    skipTaskbar: true,
    show: false,
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    webPreferences: secureWebPreferences(deps.preloadPath, deps.isDev),
  });
  win.once('ready-to-show', () => {
    win.show();
    win.focus();
  });
  void loadSafely(win, `${APP_START_URL}${CAPTURE_URL_HASH}`);
  return win;
}
