/**
 * Finding (and, if allowed, fetching) the Electron binary without `require('electron')`, which
 * would try to download it and throw a stack trace when that is impossible.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './build.mjs';

const ELECTRON_DIR = join(ROOT, 'node_modules', 'electron');

/** The Electron version the app is built for. */
export function electronVersion() {
  return JSON.parse(readFileSync(join(ELECTRON_DIR, 'package.json'), 'utf8')).version;
}

/** The Electron executable if it is installed, else null. */
export function findElectronBinary(env = process.env) {
  let relative;
  try {
    relative = readFileSync(join(ELECTRON_DIR, 'path.txt'), 'utf8').trim();
  } catch {
    return null;
  }
  const base = env.ELECTRON_OVERRIDE_DIST_PATH || join(ELECTRON_DIR, 'dist');
  const binary = join(base, relative || 'electron');
  return existsSync(binary) ? binary : null;
}

/**
 * Tries to download Electron once (what `npx install-electron` does), quietly.
 * Returns { ok: true } or { ok: false, reason } with a one-line reason. `onDownload` is called
 * just before a download really starts (not when it is skipped).
 */
export function fetchElectron({ timeoutMs = 10 * 60_000, onDownload = () => {} } = {}) {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return { ok: false, reason: 'ELECTRON_SKIP_BINARY_DOWNLOAD is set' };
  if (!existsSync(join(ELECTRON_DIR, 'install.js'))) return { ok: false, reason: 'the electron package is not installed (run `npm install`)' };
  onDownload(); // Only now does a download really start.
  const result = spawnSync(process.execPath, [join(ELECTRON_DIR, 'install.js')], { encoding: 'utf8', timeout: timeoutMs });
  if (result.error?.code === 'ETIMEDOUT') return { ok: false, reason: 'the download took too long' };
  if (result.status === 0 && findElectronBinary()) return { ok: true };
  return { ok: false, reason: firstErrorLine(`${result.stderr ?? ''}\n${result.stdout ?? ''}`) };
}

/** The most telling line of a failed tool's output, without the stack trace; network trouble is named as such. */
export function firstErrorLine(output) {
  const host = /getaddrinfo \w+ ([\w.-]+)/.exec(output)?.[1];
  if (host) return `cannot reach ${host}`;
  if (/network connectivity|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|ETIMEDOUT|fetch failed|socket hang up/i.test(output)) {
    return 'no network access for the download';
  }
  const lines = output.split('\n').map((l) => l.trim()).filter(Boolean);
  const line = lines.find((l) => /error|failed|\b4\d\d\b|\b5\d\d\b/i.test(l) && !l.startsWith('at ')) ?? lines[0] ?? 'unknown error';
  return line.replace(/^(\w*Error|⨯)\s*:?\s*/, '').slice(0, 200);
}
