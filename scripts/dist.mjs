#!/usr/bin/env node
/**
 * `npm run dist`: builds, then makes installers for this platform with electron-builder
 * (electron-builder.yml: AppImage + deb, dmg, nsis). electron-builder downloads Electron and its
 * packaging tools and rebuilds better-sqlite3 for Electron inside node_modules, so the Node build
 * that the tests use is saved first and always put back. electron-builder's own log goes to
 * .scopebook-dev/dist.log. When it stops (no network, most often), it says what was done, at
 * which stage it stopped and what that stage needs, never as a stack trace; on Linux it then
 * does what works offline: packs and checks the app layout around a stub Electron.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, createWriteStream, existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll, ROOT } from './build.mjs';
import { electronVersion, firstErrorLine } from './electron-binary.mjs';
import { supportsDist } from './node-support.mjs';
import { distStage, signingOverrides } from './packaging.mjs';

const NODE_BINDING = join(ROOT, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node');
const BACKUP = join(ROOT, '.scopebook-dev', 'node-binding', 'better_sqlite3.node');
const LOG = join(ROOT, '.scopebook-dev', 'dist.log');

function restoreNodeBinding() {
  if (!existsSync(BACKUP)) return;
  mkdirSync(dirname(NODE_BINDING), { recursive: true });
  copyFileSync(BACKUP, NODE_BINDING);
}

/** Runs electron-builder in a child process; its output goes to the log, progress lines to the console. */
function packageApp() {
  return new Promise((resolvePromise) => {
    mkdirSync(dirname(LOG), { recursive: true });
    const log = createWriteStream(LOG);
    // Without npm's `nodedir` (set by some npm configs), node-gyp would build against Node's
    // headers and the packaged app would get a module Electron cannot load.
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^npm_config_(nodedir|target|runtime|disturl)$/i.test(k)));
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--package'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let tail = '';
    let partial = '';
    const take = (chunk) => {
      const text = chunk.toString();
      log.write(text);
      tail = (tail + text).slice(-20_000);
      const lines = (partial + text).split('\n');
      partial = lines.pop() ?? '';
      // eslint-disable-next-line no-control-regex -- strips terminal colour codes
      for (const line of lines.map((l) => l.replace(/\x1b\[[0-9;]*m/g, ''))) if (/^\s*•\s*\S/.test(line)) console.log(line);
    };
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    child.on('exit', (code) => log.end(() => resolvePromise({ code: code ?? 1, tail })));
  });
}

const isNetworkReason = (reason) => /^cannot reach |no network access/.test(reason);

/**
 * What still works offline on Linux: electron-builder packs the app around a stub Electron
 * (scripts/pack-linux-offline.mjs, what the packaging test checks) into release/offline-layout,
 * so the asar, fuses and desktop entry are made and checked. Not an app to run.
 */
function checkLayoutOffline() {
  const out = join(ROOT, 'release', 'offline-layout');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const child = spawnSync(process.execPath, [join(ROOT, 'scripts', 'pack-linux-offline.mjs'), out], { cwd: ROOT, encoding: 'utf8' });
  if (child.status !== 0) {
    console.error(`Scopebook: the offline layout check failed too: ${firstErrorLine(`${child.stderr}\n${child.stdout}`)}.`);
    return;
  }
  const resources = join(out, 'linux-unpacked', 'resources');
  const mb = (bytes) => (bytes / 1e6).toFixed(1);
  const size = (path) => (statSync(path).isDirectory() ? readdirSync(path).reduce((sum, name) => sum + size(join(path, name)), 0) : statSync(path).size);
  console.error(
    `What works offline was done instead: the app packed by electron-builder with its fuses flipped, around a stub Electron, in ${join(out, 'linux-unpacked')} (app.asar ${mb(size(join(resources, 'app.asar')))} MB + ${mb(size(join(resources, 'app.asar.unpacked')))} MB unpacked). It checks the packaging; it is not an app to run.`,
  );
}

async function main() {
  if (!supportsDist(process.versions.node)) {
    console.warn(
      `Scopebook: Node ${process.versions.node} is older than Electron's packaging tools support (they require Node 22.12+; use Node 22.13+ or 24). Trying anyway.`,
    );
  }
  const signingNote = signingOverrides().notes[process.platform];
  if (signingNote) console.log(signingNote);
  restoreNodeBinding(); // In case an earlier run was interrupted mid-rebuild.
  await buildAll();
  if (existsSync(NODE_BINDING)) {
    mkdirSync(dirname(BACKUP), { recursive: true });
    copyFileSync(NODE_BINDING, BACKUP);
  }
  try {
    const { code, tail } = await packageApp();
    if (code === 0) {
      console.log(`Installers are in ${join(ROOT, 'release')}.`);
      return 0;
    }
    const marker = tail.lastIndexOf('SCOPEBOOK_DIST_ERROR:');
    const thrown = marker >= 0 ? tail.slice(marker + 'SCOPEBOOK_DIST_ERROR:'.length).split('\n')[0].trim() : null;
    const scanned = firstErrorLine(tail);
    // A network failure wins over the wrapper's message ("node-gyp failed to rebuild ..." is a missing download).
    const reason = [scanned, firstErrorLine(thrown ?? '')].find(isNetworkReason) ?? thrown ?? scanned;
    const offline = isNetworkReason(reason);
    const { stage, needs } = distStage(tail, electronVersion());
    console.error(`Scopebook: no installer was made. Done: the app and its icons (dist/). Stopped while ${stage}: ${reason} (full log: ${LOG}).`);
    if (needs) console.error(needs);
    if (offline) {
      console.error('Allow github.com and electronjs.org (or set ELECTRON_MIRROR and ELECTRON_BUILDER_BINARIES_MIRROR), then run `npm run dist` again.');
    }
    restoreNodeBinding();
    if (offline && process.platform === 'linux') checkLayoutOffline();
    return 1;
  } finally {
    restoreNodeBinding();
  }
}

if (process.argv[2] === '--package' && resolve(process.argv[1] ?? '') === fileURLToPath(import.meta.url)) {
  // Child mode: electron-builder itself.
  const { build } = await import('electron-builder');
  try {
    // electron-builder.yml (found in ROOT), with the signing choice from the environment merged over it.
    await build({ projectDir: ROOT, config: signingOverrides().config, publish: 'never' });
  } catch (err) {
    console.error(`SCOPEBOOK_DIST_ERROR: ${String(err?.message ?? err).split('\n')[0]}`);
    process.exit(1);
  }
} else {
  main().then(
    (code) => process.exit(code),
    (err) => {
      restoreNodeBinding();
      console.error(`Scopebook: could not build the installers: ${String(err?.message ?? err).split('\n')[0]}`);
      process.exit(1);
    },
  );
}
