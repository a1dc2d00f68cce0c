#!/usr/bin/env node
/**
 * Builds the real packaged layout for Linux with electron-builder and electron-builder.yml,
 * offline, against a STUB Electron distribution, for scripts/packaged-app.test.ts:
 *   - the stub (`electronDist`) has the file names of Electron's Linux zip, its `version` file,
 *     an empty `resources/` and an `electron` binary that is only the fuse sentinel and wire
 *     (with Electron's default fuse values), so @electron/fuses flips real bytes;
 *   - electron-builder copies it, writes app.asar (+ app.asar.unpacked) from the `files` config,
 *     renames the binary, flips the fuses and runs the deb and AppImage targets up to the point
 *     where they would start fpm / appimagetool (which electron-builder downloads): its
 *     `effectiveOptionComputed` hook hands over what they computed (desktop entry, install
 *     paths of icons and .desktop file, after-install script) and stops them there;
 *   - not done, because each needs a download: rebuilding better-sqlite3 for Electron (headers;
 *     the Node build is packed instead), the .deb/.AppImage files themselves, macOS and Windows.
 * Any download attempt fails fast: the Electron and tool mirrors point at a closed local port.
 * Usage: node scripts/pack-linux-offline.mjs OUT_DIR  → OUT_DIR/linux-unpacked, OUT_DIR/result.json
 */
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { ROOT } from './build.mjs';

/** The fuse sentinel of Electron's binaries (@electron/fuses), then wire version 1 and its length. */
export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/**
 * Electron's shipped defaults, in wire order: RunAsNode on, cookie encryption off, NODE_OPTIONS
 * on, --inspect on, asar integrity off, only-asar off, browser V8 snapshot off, file:// extra
 * privileges on, WASM trap handlers on.
 */
export const STUB_WIRE = '101100011';

/** Writes a stub Electron distribution for Linux into `dir`. */
export function writeStubElectron(dir, version) {
  mkdirSync(join(dir, 'resources'), { recursive: true });
  mkdirSync(join(dir, 'locales'), { recursive: true });
  const binary = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stub Electron: nothing to run" >&2\nexit 1\n'),
    Buffer.alloc(4096),
    Buffer.from(FUSE_SENTINEL, 'latin1'),
    Buffer.from([1, STUB_WIRE.length]),
    Buffer.from(STUB_WIRE, 'latin1'),
    Buffer.alloc(4096),
  ]);
  const files = {
    electron: binary,
    'chrome-sandbox': '#!/bin/sh\n',
    chrome_crashpad_handler: '#!/bin/sh\n',
    'libffmpeg.so': '',
    'libEGL.so': '',
    'libGLESv2.so': '',
    'icudtl.dat': '',
    'resources.pak': '',
    'chrome_100_percent.pak': '',
    'chrome_200_percent.pak': '',
    'snapshot_blob.bin': '',
    'v8_context_snapshot.bin': '',
    'locales/en-US.pak': '',
    version: version,
    LICENSE: 'Electron stub',
    'LICENSES.chromium.html': '<html></html>',
  };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  for (const name of ['electron', 'chrome-sandbox', 'chrome_crashpad_handler']) chmodSync(join(dir, name), 0o755);
}

async function main(outDir) {
  const version = JSON.parse(readFileSync(join(ROOT, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
  const stub = join(outDir, 'stub-electron');
  writeStubElectron(stub, version);
  const closed = 'http://127.0.0.1:9/';
  process.env.ELECTRON_SKIP_BINARY_DOWNLOAD = '1';
  process.env.ELECTRON_MIRROR = closed;
  process.env.ELECTRON_BUILDER_BINARIES_MIRROR = closed;
  process.env.ELECTRON_BUILDER_OFFLINE = 'true';

  const { build, Platform } = await import('electron-builder');
  const result = { electronVersion: version, targets: {} };
  const started = Date.now();
  await build({
    projectDir: ROOT,
    publish: 'never',
    targets: Platform.LINUX.createTarget(['deb', 'AppImage']),
    // electron-builder.yml (found in ROOT) with only these merged over it:
    config: {
      electronVersion: version,
      electronDist: stub,
      npmRebuild: false,
      directories: { output: outDir },
    },
    effectiveOptionComputed: async (options) => {
      if (Array.isArray(options)) {
        // The deb (FpmTarget): [fpm arguments, path of the .desktop file it wrote].
        const [args, desktopFile] = options;
        const value = (flag) => args[args.indexOf(flag) + 1];
        result.targets.deb = {
          desktop: readFileSync(desktopFile, 'utf8'),
          installs: args.filter((a) => typeof a === 'string' && a.includes('=/')).map((a) => a.slice(a.lastIndexOf('=') + 1)),
          maintainer: value('--maintainer'),
          url: value('--url'),
          afterInstall: readFileSync(value('--after-install'), 'utf8'),
        };
      } else if (options?.desktop) {
        result.targets.AppImage = { desktop: options.desktop, desktopFileName: options.desktopFileName };
      }
      return true; // Stop before the external tool.
    },
  });
  result.seconds = (Date.now() - started) / 1000;
  writeFileSync(join(outDir, 'result.json'), JSON.stringify(result, null, 2));
}

const self = createRequire(import.meta.url).resolve('./pack-linux-offline.mjs');
if (process.argv[1] && resolve(process.argv[1]) === self) {
  const out = process.argv[2];
  if (!out) {
    console.error('Usage: node scripts/pack-linux-offline.mjs OUT_DIR');
    process.exit(2);
  }
  main(resolve(out)).catch((err) => {
    console.error(`Packaging failed: ${err?.stack ?? err}`);
    process.exit(1);
  });
}
