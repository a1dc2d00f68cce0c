/** Locations the end-to-end harness needs, resolved from the repository root. */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '..');
/** The built app: dist/, or SCOPEBOOK_DIST when the build went elsewhere (see scripts/build.mjs). */
const DIST = process.env.SCOPEBOOK_DIST ? resolve(process.env.SCOPEBOOK_DIST) : join(ROOT, 'dist');
export const WEB_HOST_SCRIPT = join(DIST, 'main', 'web.js');
export const ELECTRON_MAIN = join(DIST, 'main', 'electron.js');

/** The Electron executable from node_modules/electron, or null (never downloads). */
export function electronBinary(): string | null {
  const dir = join(ROOT, 'node_modules', 'electron');
  try {
    const relative = readFileSync(join(dir, 'path.txt'), 'utf8').trim();
    const binary = join(process.env.ELECTRON_OVERRIDE_DIST_PATH || join(dir, 'dist'), relative || 'electron');
    return existsSync(binary) ? binary : null;
  } catch {
    return null;
  }
}
