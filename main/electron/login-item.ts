/**
 * Launch at login on every platform. Electron's login items exist on macOS and Windows only
 * (`app.setLoginItemSettings` is a no-op on Linux), so on Linux the app writes, or removes, an
 * XDG autostart entry: `$XDG_CONFIG_HOME/autostart/scopebook.desktop` (~/.config when unset),
 * which GNOME, KDE, Xfce and the other freedesktop sessions start at login.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { App } from 'electron';

/** The autostart entry's file name (the desktop file id). */
export const AUTOSTART_FILE = 'scopebook.desktop';

export interface LoginItemDeps {
  app: Pick<App, 'setLoginItemSettings' | 'getLoginItemSettings'>;
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  /** The command that starts this app: the executable, then its arguments. */
  command: readonly string[];
}

/** Reads and changes whether the app starts at login. */
export interface LoginItem {
  enabled(): boolean;
  /** Sets it; throws with a readable message when the autostart entry cannot be written. */
  set(enabled: boolean): void;
}

/** The folder of XDG autostart entries for this user. */
export function autostartFolder(env: NodeJS.ProcessEnv): string {
  const config = env.XDG_CONFIG_HOME && env.XDG_CONFIG_HOME.startsWith('/') ? env.XDG_CONFIG_HOME : join(env.HOME || homedir(), '.config');
  return join(config, 'autostart');
}

/**
 * The command line that starts this copy of the app: an AppImage by its file ($APPIMAGE, the
 * executable itself lives in a mount that changes at every start), a development run by
 * Electron with the app folder, an installed app by its executable.
 */
export function launchCommand(execPath: string, env: NodeJS.ProcessEnv, isPackaged: boolean, appPath: string): string[] {
  if (env.APPIMAGE) return [env.APPIMAGE];
  return isPackaged ? [execPath] : [execPath, appPath];
}

/** One argument of a desktop entry's Exec key, quoted as the Desktop Entry Specification says. */
export function execArgument(arg: string): string {
  const escaped = arg.replace(/%/g, '%%');
  if (!/[\s"'\\><~|&;$*?#()`]/.test(escaped)) return escaped;
  return `"${escaped.replace(/(["`$\\])/g, '\\$1')}"`;
}

/** The autostart entry's text. */
export function autostartEntry(command: readonly string[]): string {
  return [
    '[Desktop Entry]',
    'Type=Application',
    'Name=Scopebook',
    'Comment=Your private work journal',
    `Exec=${command.map(execArgument).join(' ')}`,
    'Terminal=false',
    'X-GNOME-Autostart-enabled=true',
    '',
  ].join('\n');
}

/** Launch at login for `platform`: Electron's login item, or the XDG autostart entry on Linux. */
export function loginItem(deps: LoginItemDeps): LoginItem {
  if (deps.platform === 'darwin' || deps.platform === 'win32') {
    return {
      enabled: () => deps.app.getLoginItemSettings().openAtLogin,
      set: (enabled) => deps.app.setLoginItemSettings({ openAtLogin: enabled }),
    };
  }
  const folder = autostartFolder(deps.env);
  const file = join(folder, AUTOSTART_FILE);
  const temp = `${file}.${process.pid}.tmp`;
  const wanted = () => autostartEntry(deps.command);
  return {
    // Enabled means our entry starts this copy; an entry pointing elsewhere (an older install) is rewritten.
    enabled: () => existsSync(file) && readFileSync(file, 'utf8') === wanted(),
    set: (enabled) => {
      try {
        if (!enabled) {
          rmSync(file, { force: true });
          return;
        }
        mkdirSync(folder, { recursive: true });
        const fd = openSync(temp, 'w', 0o644);
        try {
          writeSync(fd, wanted());
          fsyncSync(fd);
        } finally {
          closeSync(fd);
        }
        renameSync(temp, file);
      } catch (err) {
        rmSync(temp, { force: true });
        throw new Error(`Launch at login could not be ${enabled ? 'turned on' : 'turned off'}: ${(err as Error).message}`, { cause: err });
      }
    },
  };
}
