#!/usr/bin/env node
/**
 * better-sqlite3 for both runtimes, without anyone running a rebuild by hand:
 * node_modules keeps the Node build (what `npm install` made; tests use it), and `npm start`
 * calls ensureElectronSqlite(), which — only when an Electron binary exists — builds a copy for
 * Electron into .scopebook-dev/native/electron-<version>-<platform>-<arch>/better_sqlite3.node
 * (once per Electron version; main/electron/sqlite-binding.ts loads it in development).
 * The build runs @electron/rebuild on a staged copy of the module, so node_modules is never
 * touched, and without npm's `nodedir` setting, which would silently produce a Node build.
 * The result is checked by loading it in Electron before it is used.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from './build.mjs';
import { firstErrorLine } from './electron-binary.mjs';

/** Same layout as devBindingPath() in main/electron/sqlite-binding.ts. */
export function electronBindingPath(version, platform = process.platform, arch = process.arch) {
  return join(ROOT, '.scopebook-dev', 'native', `electron-${version}-${platform}-${arch}`, 'better_sqlite3.node');
}

/** Whether Electron can load the binding (run as Node, so no window or display is needed). */
export function loadsInElectron(electronBinary, binding) {
  const result = spawnSync(electronBinary, ['-e', 'require(process.env.SCOPEBOOK_BINDING)'], {
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', SCOPEBOOK_BINDING: binding },
  });
  return result.status === 0 ? { ok: true } : { ok: false, reason: firstErrorLine(`${result.stderr ?? ''}\n${result.error?.message ?? ''}`) };
}

/**
 * Makes sure an Electron build of better-sqlite3 is ready for `electronBinary`.
 * Returns { ok: true, path } or { ok: false, reason } (one line); never throws.
 */
export function ensureElectronSqlite(electronBinary, version) {
  const target = electronBindingPath(version);
  if (existsSync(target) && loadsInElectron(electronBinary, target).ok) return { ok: true, path: target };
  console.log(`Preparing the SQLite module for Electron ${version} (first start only, about a minute)…`);
  const stage = join(ROOT, '.scopebook-dev', 'native', `stage-${version}-${process.platform}-${process.arch}`);
  try {
    rmSync(stage, { recursive: true, force: true });
    const source = join(ROOT, 'node_modules', 'better-sqlite3');
    const pkg = JSON.parse(readFileSync(join(source, 'package.json'), 'utf8'));
    mkdirSync(join(stage, 'node_modules'), { recursive: true });
    writeFileSync(join(stage, 'package.json'), JSON.stringify({ name: 'scopebook-native-stage', version: '0.0.0', private: true, dependencies: { 'better-sqlite3': pkg.version } }));
    cpSync(source, join(stage, 'node_modules', 'better-sqlite3'), {
      recursive: true,
      filter: (path) => !path.startsWith(join(source, 'build') + sep) && path !== join(source, 'build'),
    });
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_config_(nodedir|target|runtime|disturl|arch)$/i.test(k)));
    const rebuild = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--rebuild', stage, version, process.arch], {
      encoding: 'utf8',
      env,
      timeout: 15 * 60_000,
    });
    if (rebuild.status !== 0) return { ok: false, reason: `building it failed: ${firstErrorLine(`${rebuild.stderr}\n${rebuild.stdout}`)}` };
    mkdirSync(dirname(target), { recursive: true });
    cpSync(join(stage, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'), target);
    const check = loadsInElectron(electronBinary, target);
    if (!check.ok) {
      rmSync(target, { force: true });
      return { ok: false, reason: `the build does not load in Electron: ${check.reason}` };
    }
    return { ok: true, path: target };
  } catch (err) {
    return { ok: false, reason: String(err?.message ?? err).split('\n')[0] };
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}

// Child-process mode: `node scripts/native.mjs --rebuild <stageDir> <electronVersion> <arch>`.
if (process.argv[2] === '--rebuild' && resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
  const [, , , buildPath, electronVersion, arch] = process.argv;
  const { rebuild } = await import('@electron/rebuild');
  try {
    await rebuild({ buildPath, electronVersion, arch, onlyModules: ['better-sqlite3'], force: true, mode: 'sequential' });
  } catch (err) {
    console.error(`Error: ${String(err?.message ?? err).split('\n')[0]}`);
    process.exit(1);
  }
}
