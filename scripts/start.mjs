#!/usr/bin/env node
/**
 * `npm start [-- --data-dir DIR]`: builds, then launches the desktop app. When Electron cannot
 * run here (binary missing and not downloadable, no display, native module not buildable), it
 * says why in two lines and starts the browser mode instead (same as `npm run web`).
 */
import { join } from 'node:path';
import { buildIfChanged, ROOT } from './build.mjs';
import { electronInstallMessage, electronVersion, fetchElectron, findElectronBinary } from './electron-binary.mjs';
import { ensureElectronSqlite } from './native.mjs';
import { foreground, runElectron } from './sandbox.mjs';

const args = process.argv.slice(2);

async function browserMode(problem, remedy) {
  console.log(`Scopebook: ${problem}`);
  console.log(`${remedy} Starting the browser mode instead (what \`npm run web\` does):`);
  return foreground(process.execPath, [join(ROOT, 'dist', 'main', 'web.js'), ...args], { cwd: ROOT });
}

async function main() {
  const version = electronVersion();
  let electron = findElectronBinary();
  let missingReason = null;
  if (!electron) {
    const fetched = fetchElectron({ onDownload: () => console.log(electronInstallMessage(version)) });
    electron = fetched.ok ? findElectronBinary() : null;
    missingReason = fetched.ok ? null : fetched.reason;
  }

  try {
    await buildIfChanged();
  } catch (err) {
    console.error(`Scopebook: the build failed:\n${err?.message ?? err}`);
    return 1;
  }

  if (!electron) {
    return browserMode(
      `the Electron ${version} runtime is not installed and could not be downloaded (${missingReason ?? 'unknown reason'}).`,
      'To get it, allow downloads from github.com (or set ELECTRON_MIRROR) and run `npx install-electron`, then `npm start` again.',
    );
  }
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return browserMode('no graphical display is available here ($DISPLAY and $WAYLAND_DISPLAY are unset).', 'Run `npm start` from a desktop session to get the app window.');
  }
  const sqlite = ensureElectronSqlite(electron, version);
  if (!sqlite.ok) {
    return browserMode(
      `the SQLite module could not be prepared for Electron ${version} (${sqlite.reason}).`,
      'It needs github.com for a prebuilt module, or a C++ toolchain and electronjs.org for headers; fix that and run `npm start` again.',
    );
  }
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  // When Chromium's sandbox cannot start (Ubuntu's AppArmor), this prints the one-line remedy.
  return runElectron(electron, ['.', ...args], { cwd: ROOT, env });
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`Scopebook: could not start: ${String(err?.message ?? err).split('\n')[0]}`);
    process.exit(1);
  },
);
