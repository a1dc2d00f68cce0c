/**
 * What `npm run dist` and the packaging test share: electron-builder.yml as electron-builder
 * reads it, electron-builder's own defaults that the config must keep, and the signing choice,
 * which comes from environment variables only (no identity or secret lives in the repo).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { ROOT } from './build.mjs';

export const BUILDER_CONFIG = join(ROOT, 'electron-builder.yml');
// electron-builder's own modules, resolved the way electron-builder resolves them.
const builderRequire = createRequire(createRequire(join(ROOT, 'package.json')).resolve('app-builder-lib'));

/** electron-builder.yml, parsed. */
export function builderConfig() {
  return builderRequire('js-yaml').load(readFileSync(BUILDER_CONFIG, 'utf8'));
}

/** The Depends electron-builder gives a deb when the config names none (a `depends` list replaces them). */
export function defaultDebDepends() {
  const FpmTarget = builderRequire('./targets/FpmTarget').default;
  return FpmTarget.prototype.getDefaultDepends.call(null, 'deb');
}

/**
 * Config overrides for signing, from the environment. macOS: with CSC_LINK (a .p12 file or its
 * base64) or CSC_NAME (a Developer ID in the keychain) electron-builder signs with that identity
 * and the hardened runtime, and notarizes when APPLE_API_KEY/APPLE_API_KEY_ID/APPLE_API_ISSUER,
 * APPLE_ID/APPLE_APP_SPECIFIC_PASSWORD/APPLE_TEAM_ID or APPLE_KEYCHAIN_PROFILE are set. Without
 * an identity the app is signed ad hoc ("-"): it then runs on Apple Silicon (an unsigned or
 * broken signature is killed at launch), but only on the Mac it was built on or after the user
 * clears the quarantine flag; it cannot be notarized. Windows signs with WIN_CSC_LINK / CSC_LINK
 * and stays unsigned otherwise (SmartScreen warns).
 * Returns { config, notes }: electron-builder options to merge over electron-builder.yml, and
 * one line per platform saying what will happen.
 */
export function signingOverrides(env = process.env) {
  const macIdentity = Boolean(env.CSC_LINK?.trim() || env.CSC_NAME?.trim());
  const winIdentity = Boolean(env.WIN_CSC_LINK?.trim() || env.CSC_LINK?.trim());
  const config = {};
  const notes = {};
  if (macIdentity) {
    const notarize = Boolean(env.APPLE_API_KEY || env.APPLE_ID || env.APPLE_KEYCHAIN_PROFILE);
    notes.darwin = `macOS: signing with the identity from ${env.CSC_LINK?.trim() ? 'CSC_LINK' : 'CSC_NAME'}${notarize ? ', then notarizing' : ' (not notarized: no APPLE_* credentials set)'}.`;
  } else {
    config.mac = { identity: '-', hardenedRuntime: false, notarize: false };
    notes.darwin = 'macOS: no CSC_LINK or CSC_NAME set, so the app is signed ad hoc: it runs on this Mac; for other Macs sign and notarize it (see README, Installers).';
  }
  notes.win32 = winIdentity ? 'Windows: signing with the certificate from WIN_CSC_LINK / CSC_LINK.' : 'Windows: no WIN_CSC_LINK or CSC_LINK set, so the installer is unsigned (SmartScreen warns).';
  notes.linux = null;
  return { config, notes };
}

/** electron-builder's progress lines ("  • installing native dependencies  arch=x64"), colour codes removed. */
function progressLines(log) {
  // eslint-disable-next-line no-control-regex -- strips terminal colour codes
  return log.split('\n').map((l) => l.replace(/\x1b\[[0-9;]*m/g, '')).filter((l) => /^\s*•\s*\S/.test(l));
}

/**
 * Why `npm run dist` stopped, from electron-builder's log: the stage it was in (its last
 * progress line), the one-line reason (`reason`, e.g. "no network access for the download")
 * and what that stage needs from the network. Returns { stage, needs }.
 */
export function distStage(log, electronVersion) {
  const lines = progressLines(log);
  const last = (lines.at(-1) ?? '').trim().replace(/^•\s*/, '');
  const all = lines.join('\n');
  if (/installing native dependencies|preparing\s+moduleName|executing @electron\/rebuild/.test(last)) {
    return {
      stage: 'rebuilding better-sqlite3 for Electron',
      needs: `better-sqlite3 must be rebuilt for Electron ${electronVersion}: that needs a prebuilt module from github.com, or Electron's headers from electronjs.org and a C++ toolchain.`,
    };
  }
  if (/downloading\b.*\belectron\b|packaging\s+platform/i.test(last) && !/building\s+target/.test(all)) {
    return { stage: `downloading Electron ${electronVersion}`, needs: `Electron ${electronVersion} comes from github.com (or the mirror in ELECTRON_MIRROR).` };
  }
  if (/building\s+target|downloading/.test(last)) {
    const target = /target=(\S+)/.exec(last)?.[1];
    return {
      stage: target ? `making the ${target}` : 'making the installers',
      needs: "electron-builder's tools (fpm for the deb, appimagetool, NSIS, ...) come from github.com (or the mirror in ELECTRON_BUILDER_BINARIES_MIRROR).",
    };
  }
  return { stage: last || 'starting electron-builder', needs: null };
}
