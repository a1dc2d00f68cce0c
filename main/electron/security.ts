/**
 * The desktop app's security rules in one place: what a page may navigate to or open, which
 * permissions it gets (clipboard writing for its own page, nothing else), and which IPC senders count as the app itself.
 */
import type { IpcMainInvokeEvent, Session, WebContents } from 'electron';
import { APP_HOST, APP_SCHEME } from './protocol';

/** Whether a URL is an ordinary web link that may be handed to the user's browser. */
export function isExternalWebUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return (parsed.protocol === 'https:' || parsed.protocol === 'http:') && parsed.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * Whether a URL belongs to the app's own pages (served on app://scopebook). Compared by scheme
 * and host: Node's URL gives custom schemes an opaque origin ("null").
 */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
  } catch {
    return false;
  }
}

/**
 * Locks down one WebContents: it never navigates away from the app nor opens windows;
 * http(s) links go to the user's browser instead; no <webview> may be attached. A navigation
 * to the app's own pages (the renderer's `location.reload()` after a restore is one: a
 * renderer-initiated navigation that fires `will-navigate`) goes through.
 */
export function hardenContents(contents: WebContents, openExternal: (url: string) => void): void {
  const deflect = (url: string) => {
    if (isExternalWebUrl(url)) openExternal(url);
  };
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    deflect(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    deflect(url);
    return { action: 'deny' };
  });
}

/**
 * The only permissions a page gets, and only the app's own top-level page: writing to the
 * clipboard (Copy, Copy as Markdown, rich copy use navigator.clipboard). Everything else
 * (camera, notifications, clipboard-read, geolocation, …) and everything for any other origin
 * or a sub-frame is refused.
 */
export const APP_PERMISSIONS: readonly string[] = ['clipboard-sanitized-write'];

/** Whether `permission` is granted to a page at `url` (or origin) in a frame (`isMainFrame`). */
export function permissionAllowed(permission: string, url: string | undefined, isMainFrame: boolean): boolean {
  return APP_PERMISSIONS.includes(permission) && isMainFrame && url !== undefined && isAppUrl(url);
}

/**
 * Applies the permission rules to a session, and refuses every download: files the app writes
 * go through main's save path (save-file.ts), never a download.
 */
export function lockDownSession(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(permissionAllowed(permission, details.requestingUrl, details.isMainFrame)),
  );
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    permissionAllowed(permission, details.requestingUrl ?? requestingOrigin, details.isMainFrame),
  );
  session.setDevicePermissionHandler(() => false);
  session.on('will-download', (event) => event.preventDefault());
}

/** The window whose page may use the contract (null before it exists or after it closed). */
export type AppWindowRef = () => { webContents: WebContents; isDestroyed(): boolean } | null;

/** Whether an IPC message comes from the app's own page: our window, its top frame, our origin. */
export function isTrustedSender(event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>, appWindow: AppWindowRef): boolean {
  const win = appWindow();
  if (!win || win.isDestroyed() || event.sender !== win.webContents) return false;
  const frame = event.senderFrame;
  return !!frame && frame.parent === null && isAppUrl(frame.url);
}
