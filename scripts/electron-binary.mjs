/**
 * Finding (and, if allowed, fetching) the Electron binary without `require('electron')`, which
 * would try to download it and throw a stack trace when that is impossible.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
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

/** Where @electron/get keeps downloaded Electron zips (electron_config_cache, else the OS cache folder). */
export function electronCacheRoot(env = process.env, platform = process.platform, home = homedir()) {
  if (env.electron_config_cache) return env.electron_config_cache;
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'electron');
  if (platform === 'win32') return join(env.LOCALAPPDATA || join(home, 'AppData', 'Local'), 'electron', 'Cache');
  return join(env.XDG_CACHE_HOME || join(home, '.cache'), 'electron');
}

/** The cached zip of this Electron for this machine, if an earlier download left one (one folder per mirror URL). */
export function cachedElectronZip(version, { env = process.env, platform = process.platform, arch = process.arch, home = homedir() } = {}) {
  const p = env.ELECTRON_INSTALL_PLATFORM || env.npm_config_platform || platform;
  const a = env.ELECTRON_INSTALL_ARCH || env.npm_config_arch || arch;
  const name = `electron-v${version}-${p}-${a}.zip`;
  const root = electronCacheRoot(env, platform, home);
  let folders;
  try {
    folders = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory());
  } catch {
    return null;
  }
  for (const folder of folders) if (existsSync(join(root, folder.name, name))) return join(root, folder.name, name);
  return null;
}

/**
 * What `npm start` says when it runs Electron's installer: "Downloading" only when there is
 * no earlier download of this version in @electron/get's cache (then it only unpacks).
 */
export function electronInstallMessage(version, options = {}) {
  return cachedElectronZip(version, options)
    ? `Installing Electron ${version} from the download cache…`
    : `Downloading Electron ${version} (it is not installed yet; about 100 MB, once)…`;
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
