/**
 * Platform conventions as pure decisions, so they are unit-tested without Electron:
 * whether closing the last window quits, and which window a launch (or a second launch)
 * asks for.
 */

/** macOS apps stay alive with no windows; elsewhere the last window quits unless the tray icon keeps the app. */
export function quitWhenAllWindowsClosed(platform: NodeJS.Platform, trayOn: boolean): boolean {
  if (platform === 'darwin') return false;
  return !trayOn;
}

/** The command-line switch (also forwarded from a second launch) that opens quick capture. */
export const CAPTURE_SWITCH = '--capture';

/** The deep link that opens quick capture. */
export const CAPTURE_URL = 'scopebook://capture';

/** What a launch's arguments ask for: the capture window, or the main window. */
export function requestedWindow(argv: readonly string[]): 'capture' | 'main' {
  return argv.some((a) => a === CAPTURE_SWITCH || a.toLowerCase().replace(/\/+$/, '') === CAPTURE_URL) ? 'capture' : 'main';
}
