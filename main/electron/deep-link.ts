/**
 * scopebook:// links (e.g. scopebook://capture from a launcher or a note): the app registers
 * as their handler in the packaged app only (a development build would otherwise claim the
 * scheme for the bare Electron binary). Windows and Linux pass the link on the command line
 * (a second launch forwards it: behaviour.ts requestedWindow); macOS sends `open-url`.
 */
import type { App } from 'electron';
import { requestedWindow } from './behaviour';

/** The URL scheme of the app's links (electron-builder.yml `protocols` declares it too). */
export const DEEP_LINK_SCHEME = 'scopebook';

/** Makes Scopebook the handler of scopebook:// links when it is the installed app. Returns whether it asked. */
export function registerDeepLinks(app: Pick<App, 'setAsDefaultProtocolClient' | 'isPackaged'>): boolean {
  if (!app.isPackaged) return false;
  app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME);
  return true;
}

/** What a link asks for: quick capture, the main window, or nothing (not one of ours). */
export function deepLinkTarget(url: string): 'capture' | 'main' | null {
  if (!url.toLowerCase().startsWith(`${DEEP_LINK_SCHEME}:`)) return null;
  return requestedWindow([url]);
}
