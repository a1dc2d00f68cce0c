/**
 * The app:// protocol: the renderer is loaded from app://scopebook/…, served from the built
 * files (inside the asar in production), never from the network and not from file://.
 * Every response carries the Content-Security-Policy.
 */
import { readFile } from 'node:fs/promises';
import type { Protocol } from 'electron';
import { securityHeaders } from '../shared/csp';
import { contentTypeOf, resolveStaticFile } from '../shared/static-files';

export const APP_SCHEME = 'app';
export const APP_HOST = 'scopebook';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The first page the window loads. */
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/** Must run before the app is ready: makes app:// a secure, standard origin. */
export function registerAppScheme(protocol: Protocol): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
  ]);
}

/** Serves `rendererDir` on app://scopebook (call once the app is ready). */
export function serveApp(protocol: Protocol, rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => appResponse(rendererDir, request));
}

/** The response for one app:// request: a file of the renderer with the CSP, or 404. */
export async function appResponse(rendererDir: string, request: Request): Promise<Response> {
  const url = new URL(request.url);
  const file = url.host === APP_HOST && request.method === 'GET' ? resolveStaticFile(rendererDir, url.pathname) : null;
  if (!file) return new Response('Not found', { status: 404, headers: securityHeaders() });
  const body = await readFile(file);
  return new Response(new Uint8Array(body), { status: 200, headers: { 'content-type': contentTypeOf(file), ...securityHeaders() } });
}
