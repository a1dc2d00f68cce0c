/**
 * Where the journal lives. The desktop app and the browser host must agree on this, so both
 * open the same journal by default; tests and portable installs point elsewhere with
 * `--data-dir` or SCOPEBOOK_DATA_DIR. Electron-free.
 */
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** The journal's file name inside the data directory. */
export const DB_FILE_NAME = 'scopebook.db';

/** The folder name Electron derives from package.json's productName. */
export const APP_DIR_NAME = 'Scopebook';

/** The environment variable that overrides the data directory. */
export const DATA_DIR_ENV = 'SCOPEBOOK_DATA_DIR';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The directory Electron's `app.getPath('userData')` names for Scopebook on this platform:
 * Linux `$XDG_CONFIG_HOME/Scopebook` (else `~/.config/Scopebook`), macOS
 * `~/Library/Application Support/Scopebook`, Windows `%APPDATA%/Scopebook`.
 */
export function defaultDataDir(platform: NodeJS.Platform = process.platform, env: Env = process.env, home = homedir()): string {
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_DIR_NAME);
  if (platform === 'win32') return join(env.APPDATA || join(home, 'AppData', 'Roaming'), APP_DIR_NAME);
  const xdg = env.XDG_CONFIG_HOME;
  // The XDG spec says a relative XDG_CONFIG_HOME is invalid and must be ignored.
  return join(xdg && xdg.startsWith('/') ? xdg : join(home, '.config'), APP_DIR_NAME);
}

/**
 * The data directory asked for on the command line (`--data-dir DIR` or `--data-dir=DIR`,
 * which wins) or in SCOPEBOOK_DATA_DIR, made absolute; null when neither is given.
 */
export function dataDirOverride(argv: readonly string[], env: Env = process.env, cwd = process.cwd()): string | null {
  const fromArgs = flagValue(argv, '--data-dir');
  const chosen = fromArgs ?? (env[DATA_DIR_ENV] || null);
  return chosen ? resolve(cwd, chosen) : null;
}

/** The value of `--name value` or `--name=value` in argv; the last one wins. */
export function flagValue(argv: readonly string[], name: string): string | null {
  let value: string | null = null;
  argv.forEach((arg, i) => {
    if (arg === name && i + 1 < argv.length) value = argv[i + 1]!;
    else if (arg.startsWith(`${name}=`)) value = arg.slice(name.length + 1);
  });
  return value;
}

/** The journal file inside a data directory. */
export function journalFile(dataDir: string): string {
  return join(dataDir, DB_FILE_NAME);
}
