/**
 * better-sqlite3 as the desktop app loads it. The build aliases every `better-sqlite3` import
 * in the Electron bundle to this file. Tests (Node) and the app (Electron) need the native
 * module built for different runtimes: node_modules keeps the Node build, and `npm start`
 * puts an Electron build under .scopebook-dev/native/ (see scripts/native.mjs), which this
 * file loads in development. Packaged apps use node_modules, which electron-builder rebuilt.
 */
import Database from 'better-sqlite3';
import { app } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Where `npm start` puts better-sqlite3 built for this Electron; scripts/native.mjs uses the same layout. */
export function devBindingPath(appPath: string, electronVersion: string, platform: string, arch: string): string {
  return join(appPath, '.scopebook-dev', 'native', `electron-${electronVersion}-${platform}-${arch}`, 'better_sqlite3.node');
}

function forThisRuntime(): typeof Database {
  if (app.isPackaged) return Database;
  const binding = devBindingPath(app.getAppPath(), process.versions.electron ?? '', process.platform, process.arch);
  if (!existsSync(binding)) return Database;
  class ElectronDatabase extends Database {
    constructor(filename?: string | Buffer, options: Database.Options = {}) {
      super(filename, { nativeBinding: binding, ...options });
    }
  }
  return ElectronDatabase as unknown as typeof Database;
}

export default forThisRuntime();
