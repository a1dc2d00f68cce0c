#!/usr/bin/env node
/**
 * Builds everything the app runs from into dist/:
 *   dist/main/electron.js  the desktop main process (CJS; electron and better-sqlite3 external)
 *   dist/main/web.js       the browser host (`npm run web`)
 *   dist/main/jobs-worker.js the worker thread both hosts run long work in (main/core/jobs)
 *   dist/preload/preload.js the sandboxed preload: ONE CommonJS file requiring only 'electron'
 *   dist/cli.js            the command line, `scopebook` (bin/build-cli.mjs)
 *   dist/renderer/         the React app (vite, renderer/vite.config.ts)
 *   dist/main/tray/, dist/icons/ the tray images and the installers' app icons (scripts/icons.mjs)
 * Usage: node scripts/build.mjs
 */
import { rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { buildCli } from '../bin/build-cli.mjs';
import { buildIcons } from './icons.mjs';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Where the app is built: dist/, or SCOPEBOOK_DIST (so parallel builds and test runs can each use their own folder). */
export const DIST = process.env.SCOPEBOOK_DIST ? resolve(process.env.SCOPEBOOK_DIST) : join(ROOT, 'dist');

/**
 * In the Electron bundle every `better-sqlite3` import goes through main/electron/sqlite-binding.ts,
 * which picks the native module built for Electron (see scripts/native.mjs).
 */
const sqliteForElectron = {
  name: 'sqlite-for-electron',
  setup(build) {
    const shim = join(ROOT, 'main', 'electron', 'sqlite-binding.ts');
    build.onResolve({ filter: /^better-sqlite3$/ }, (args) =>
      args.importer === shim ? { path: 'better-sqlite3', external: true } : { path: shim },
    );
  },
};

/** In the jobs worker every `better-sqlite3` import goes through main/core/jobs/worker-sqlite.ts (native module chosen by the host). */
const sqliteForJobsWorker = {
  name: 'sqlite-for-jobs-worker',
  setup(build) {
    const shim = join(ROOT, 'main', 'core', 'jobs', 'worker-sqlite.ts');
    build.onResolve({ filter: /^better-sqlite3$/ }, (args) =>
      args.importer === shim ? { path: 'better-sqlite3', external: true } : { path: shim },
    );
  },
};

/** The esbuild options of the three bundles, writing under `outDir` (normally dist/). */
export function bundleOptions(outDir = DIST) {
  const common = { bundle: true, absWorkingDir: ROOT, sourcemap: true, logLevel: 'warning', legalComments: 'none' };
  return {
    electron: {
      ...common,
      entryPoints: [join(ROOT, 'main/electron/main.ts')],
      outfile: join(outDir, 'main/electron.js'),
      platform: 'node',
      format: 'cjs',
      target: 'node22',
      external: ['electron', 'better-sqlite3'],
      plugins: [sqliteForElectron],
    },
    web: {
      ...common,
      entryPoints: [join(ROOT, 'main/web/cli.ts')],
      outfile: join(outDir, 'main/web.js'),
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['better-sqlite3', 'electron'],
    },
    // Long work (exports, imports, backups, restores) in a worker thread; both hosts start it from their own folder.
    jobsWorker: {
      ...common,
      entryPoints: [join(ROOT, 'main/core/jobs/worker-entry.ts')],
      outfile: join(outDir, 'main/jobs-worker.js'),
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      external: ['better-sqlite3', 'electron'],
      plugins: [sqliteForJobsWorker],
    },
    preload: {
      ...common,
      entryPoints: [join(ROOT, 'preload/preload.ts')],
      outfile: join(outDir, 'preload/preload.js'),
      // Sandboxed preloads get a browser-like environment whose require() knows only 'electron'.
      platform: 'browser',
      format: 'cjs',
      target: 'chrome120',
      external: ['electron'],
    },
  };
}

/** Builds all bundles and the renderer. */
export async function buildAll() {
  const started = Date.now();
  rmSync(join(DIST, 'main'), { recursive: true, force: true });
  rmSync(join(DIST, 'preload'), { recursive: true, force: true });
  await Promise.all([...Object.values(bundleOptions()).map((options) => esbuild.build(options)), buildCli(), buildIcons(DIST)]);
  // Vite's notice about its future config loader is not actionable here.
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
  const { build: viteBuild } = await import('vite');
  await viteBuild({
    configFile: join(ROOT, 'renderer', 'vite.config.ts'),
    logLevel: 'warn',
    build: { outDir: join(DIST, 'renderer'), emptyOutDir: true },
  });
  console.log(`Built ${DIST} (desktop main, browser host, preload, renderer) in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildAll().catch((err) => {
    console.error(`Build failed: ${err?.message ?? err}`);
    process.exit(1);
  });
}
