/**
 * Serving the built renderer (dist/renderer) safely: a URL path maps to a file inside the
 * renderer folder or to nothing. Used by the browser host and the desktop app's app:// protocol.
 */
import { statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

/** The Content-Type for a file, by extension; unknown kinds are served as opaque bytes. */
export function contentTypeOf(file: string): string {
  return TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * The file a URL path names inside `rootDir`, or null when it is outside it, hidden, or not a
 * regular file. A path with no extension (a client-side route) gets `index.html`.
 */
export function resolveStaticFile(rootDir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const parts = decoded.split('/').filter((p) => p !== '');
  if (parts.some((p) => p === '..' || p.startsWith('.'))) return null;
  if (parts.length === 0 || extname(parts[parts.length - 1]!) === '') return fileOrNull(join(rootDir, 'index.html'));
  const root = normalize(rootDir + sep);
  const file = normalize(join(rootDir, ...parts));
  if (!file.startsWith(root)) return null;
  return fileOrNull(file);
}

function fileOrNull(file: string): string | null {
  try {
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}
