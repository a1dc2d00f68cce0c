/**
 * Launching the real desktop app for an end-to-end test, where this machine can run it (see
 * e2e/global-setup.ts: an Electron binary, a display — `xvfb-run npm run test:e2e` on a server —
 * and better-sqlite3 built for Electron; otherwise the tests skip saying why).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { _electron as electron, type ElectronApplication, test } from '@playwright/test';
import { sandboxFailed, sandboxRemedy } from '../../scripts/sandbox.mjs';
import { electronBinary, ROOT } from '../paths';

/** Why the Electron tests cannot run here, or '' when they can. */
export const electronSkipReason = process.env.SCOPEBOOK_E2E_ELECTRON_SKIP || (electronBinary() ? '' : 'no Electron binary');

/** Skips the calling spec file when Electron cannot run here, saying why. */
export function skipWithoutElectron(): void {
  test.skip(!!electronSkipReason, `Electron cannot run here: ${electronSkipReason}`);
}

/** A fresh journal folder for one test, removed by `cleanup`. */
export function tempDataDir(prefix: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Starts the app on `dataDir` (nothing of the user's real profile is touched). */
export async function launchApp(dataDir: string, extra: string[] = []): Promise<ElectronApplication> {
  const binary = electronBinary()!;
  const env = { ...process.env } as Record<string, string>;
  delete env.ELECTRON_RUN_AS_NODE;
  const args = [ROOT, '--data-dir', dataDir, ...extra];
  if (process.platform === 'linux' && process.getuid?.() === 0) args.push('--no-sandbox'); // Chromium refuses root otherwise.
  try {
    return await electron.launch({ executablePath: binary, args, env });
  } catch (err) {
    // Ubuntu 23.10+ CI runners: AppArmor keeps the sandbox from starting; say how to fix it.
    if (sandboxFailed(String((err as Error)?.message ?? err))) throw new Error(sandboxRemedy(binary), { cause: err });
    throw err;
  }
}
