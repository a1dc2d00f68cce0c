/**
 * Runs once before the end-to-end tests: checks the app is built, and decides whether the
 * real Electron app can be tested here. When it cannot, the reason is printed once and put in
 * SCOPEBOOK_E2E_ELECTRON_SKIP, which the electron project's tests skip on.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { electronBinary, ROOT, WEB_HOST_SCRIPT } from './paths';

function electronSkipReason(): string | null {
  const binary = electronBinary();
  if (!binary) return 'no Electron binary in node_modules/electron/dist (its download is blocked or was never run; `npx install-electron` fetches it)';
  if (process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    return 'no display ($DISPLAY is unset); run under xvfb-run to test the desktop app';
  }
  const version = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')).version as string;
  const native = pathToFileURL(join(ROOT, 'scripts', 'native.mjs')).href;
  const prepared = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', `const m = await import(${JSON.stringify(native)}); console.log(JSON.stringify(m.ensureElectronSqlite(${JSON.stringify(binary)}, ${JSON.stringify(version)})));`],
    { encoding: 'utf8', cwd: ROOT },
  );
  const lastLine = prepared.stdout.trim().split('\n').at(-1) ?? '';
  try {
    const result = JSON.parse(lastLine) as { ok: boolean; reason?: string };
    return result.ok ? null : `better-sqlite3 could not be prepared for Electron (${result.reason})`;
  } catch {
    return `better-sqlite3 could not be prepared for Electron (${prepared.stderr.trim().split('\n')[0] ?? 'unknown error'})`;
  }
}

export default function globalSetup(): void {
  if (!existsSync(WEB_HOST_SCRIPT)) {
    throw new Error(`The app is not built (${WEB_HOST_SCRIPT} is missing). Run \`npm run test:e2e\`, which builds first.`);
  }
  const reason = electronSkipReason();
  process.env.SCOPEBOOK_E2E_ELECTRON_SKIP = reason ?? '';
  if (reason) console.log(`Electron end-to-end tests will be skipped: ${reason}.`);
}
