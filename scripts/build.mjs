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
 * Usage: node scripts/build.mjs [--if-changed]
 *   --if-changed: skip the build when nothing it reads changed since the last build into the
 *   same folder (a hash of the sources, the lockfile and the build scripts, kept in
 *   dist/.build-inputs). `npm start` and `npm run web` use it; tests always build.
>>>>>>> 8318355 (npm start and npm run web skip the build when its inputs are unchanged)
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** What the bundles are built from: folders walked for sources, and single files. */
const INPUT_DIRS = ['main', 'common', 'preload', 'renderer', 'bin'];
const INPUT_FILES = ['package.json', 'package-lock.json', 'tsconfig.json', 'scripts/build.mjs', 'scripts/icons.mjs', 'build/icon.svg', 'build/tray.svg'];
const INPUTS_STAMP = '.build-inputs';

/** A hash over every build input's path and content (test files and build output left out). */
export function inputsHash(root = ROOT) {
  const hash = createHash('sha256');
  const add = (rel) => {
    hash.update(rel);
    hash.update('\0');
    hash.update(readFileSync(join(root, rel)));
    hash.update('\0');
  };
  const walk = (rel) => {
    const entries = readdirSync(join(root, rel), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
    for (const entry of entries) {
      const child = `${rel}/${entry.name}`;
      if (entry.isDirectory()) {
        if (entry.name !== 'node_modules' && entry.name !== 'dist') walk(child);
      } else if (entry.isFile() && !/\.test\.tsx?$/.test(entry.name)) add(child);
    }
  };
  for (const dir of INPUT_DIRS) if (existsSync(join(root, dir))) walk(dir);
  for (const file of INPUT_FILES) if (existsSync(join(root, file))) add(file);
  return hash.digest('hex');
}

/** True when DIST holds a build of exactly the current inputs. */
export function buildIsCurrent(hash = inputsHash(), dist = DIST) {
  const stamp = join(dist, INPUTS_STAMP);
  return existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === hash;
}

/** Builds unless DIST already holds a build of the current inputs; true when it built. */
export async function buildIfChanged() {
  const hash = inputsHash();
  if (buildIsCurrent(hash)) {
    console.log(`Build is up to date (${DIST}): nothing changed since the last build.`);
    return false;
  }
  await buildAll(hash);
  return true;
}

/** Builds all bundles and the renderer. */
export async function buildAll(hash = inputsHash()) {
  const started = Date.now();
  rmSync(join(DIST, INPUTS_STAMP), { force: true });
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
  // Written last: a build that failed halfway leaves no stamp, so the next start builds again.
  writeFileSync(join(DIST, INPUTS_STAMP), `${hash}\n`);
  console.log(`Built ${DIST} (desktop main, browser host, preload, renderer) in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  (process.argv.includes('--if-changed') ? buildIfChanged() : buildAll()).catch((err) => {
    console.error(`Build failed: ${err?.message ?? err}`);
    process.exit(1);
  });
}
