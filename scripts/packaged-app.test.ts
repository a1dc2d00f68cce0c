/**
 * The packaged app, as electron-builder lays it out for Linux from electron-builder.yml
 * (scripts/pack-linux-offline.mjs: a stub Electron distribution, no downloads; the deb and
 * AppImage targets stop where they would start fpm / appimagetool). Asserts what ships.
 * Runs as its own step of `npm test` (vitest.packaging.config.ts), after the build.
 */
import * as asar from '@electron/asar';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { trayIconFile } from '../main/electron/tray';
import { ROOT } from './build.mjs';
import { LINUX_SIZES } from './icons.mjs';
import { builderConfig } from './packaging.mjs';
import { STUB_WIRE } from './pack-linux-offline.mjs';

interface PackResult {
  targets: {
    deb?: { desktop: string; installs: string[]; maintainer: string; url: string; afterInstall: string };
    AppImage?: { desktop: string; desktopFileName: string };
  };
}

const work = mkdtempSync(join(tmpdir(), 'scopebook-packaged-'));
const appDir = join(work, 'linux-unpacked');
const resources = join(appDir, 'resources');
const archive = join(resources, 'app.asar');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const config = builderConfig();
let result: PackResult;
let files: string[];

function run(script: string, args: string[]): void {
  const child = spawnSync(process.execPath, [join(ROOT, 'scripts', script), ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env } });
  if (child.status !== 0) throw new Error(`${script} failed (${child.status}):\n${child.stdout}\n${child.stderr}`.slice(-6000));
}

beforeAll(() => {
  // `npm test` has just built dist/; run on its own, this test builds first.
  if (!process.env.SCOPEBOOK_PACKAGING_PREBUILT) run('build.mjs', []);
  run('pack-linux-offline.mjs', [work]);
  result = JSON.parse(readFileSync(join(work, 'result.json'), 'utf8')) as PackResult;
  files = asar.listPackage(archive, { isPack: false }).map((f) => f.replaceAll('\\', '/'));
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const isFile = (f: string) => !Object.hasOwn(asar.statFile(archive, f.slice(1)), 'files');
const packagesIn = (list: string[]) => [...new Set(list.map((f) => /^\/node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(f)?.[1]).filter((p): p is string => !!p))].sort();
function sizeOf(path: string): number {
  const s = statSync(path);
  return s.isDirectory() ? readdirSync(path).reduce((sum, name) => sum + sizeOf(join(path, name)), 0) : s.size;
}

describe('app.asar', () => {
  it('holds the app bundles, the tray images and better-sqlite3 with its loader, nothing else', () => {
    const shipped = files.filter(isFile);
    expect(shipped).toContain('/package.json');
    for (const f of ['/dist/main/electron.js', '/dist/main/jobs-worker.js', '/dist/preload/preload.js', '/dist/renderer/index.html']) expect(shipped).toContain(f);
    expect(shipped.filter((f) => !f.startsWith('/node_modules/'))).toEqual(
      shipped.filter((f) => f === '/package.json' || /^\/dist\/(main\/(electron|jobs-worker)\.js|main\/tray\/[\w@-]+\.png|preload\/preload\.js|renderer\/.+)$/.test(f)),
    );
    expect(packagesIn(shipped)).toEqual(['better-sqlite3', 'bindings', 'file-uri-to-path']);
  });

  it('ships no sources, source maps, build tree, test extension or browser host', () => {
    const shipped = files.filter(isFile);
    expect(shipped.filter((f) => /\.(map|ts|tsx|c|cc|cpp|h|hpp|gyp|gypi|o|a|mk|d)$|Makefile$|test_extension|\/src\/|\/deps\//.test(f))).toEqual([]);
    expect(shipped).not.toContain('/dist/main/web.js');
    expect(shipped.filter((f) => f.startsWith('/node_modules/better-sqlite3/'))).toEqual(
      expect.arrayContaining(['/node_modules/better-sqlite3/package.json', '/node_modules/better-sqlite3/lib/index.js', '/node_modules/better-sqlite3/build/Release/better_sqlite3.node']),
    );
  });

  it('has every package the bundles require at run time, and none that they bundle already', () => {
    const external = new Set<string>();
    for (const f of files.filter((f) => /^\/dist\/(main|preload)\/.+\.js$/.test(f))) {
      const code = asar.extractFile(archive, f.slice(1)).toString('utf8');
      for (const [, name] of code.matchAll(/\brequire\(["']([^"'./][^"']*)["']\)/g)) {
        if (!name!.startsWith('node:') && !builtinModules.includes(name!) && name !== 'electron') external.add(name!.split('/')[0]!);
      }
    }
    expect([...external]).toEqual(['better-sqlite3']);
    const shippedPackages = packagesIn(files);
    for (const name of external) expect(shippedPackages).toContain(name);
    // Bundled by esbuild, so not shipped again (and devDependencies in package.json).
    for (const name of ['date-fns', 'zod', 'ical.js', 'isomorphic-git']) {
      expect(shippedPackages).not.toContain(name);
      expect(pkg.dependencies[name]).toBeUndefined();
    }
  });

  it('stays small: under 10 MB with its unpacked files (it was 48.7 MB)', () => {
    expect(sizeOf(archive) + sizeOf(join(resources, 'app.asar.unpacked'))).toBeLessThan(10_000_000);
  });
});

describe('the native module', () => {
  it('is unpacked next to the asar, where Electron can load it', () => {
    const node = 'node_modules/better-sqlite3/build/Release/better_sqlite3.node';
    expect((asar.statFile(archive, node) as { unpacked?: boolean }).unpacked).toBe(true);
    expect(statSync(join(resources, 'app.asar.unpacked', node)).size).toBeGreaterThan(100_000);
  });

  it('loads through the packed better-sqlite3 and its `bindings` lookup, and keeps a journal file', () => {
    // Not rebuilt for Electron here (that downloads headers), so this is the Node build: it
    // proves the shipped JavaScript and its dependencies are complete, not the Electron ABI.
    const extracted = join(work, 'extracted');
    asar.extractAll(archive, extracted);
    cpSync(join(resources, 'app.asar.unpacked'), extracted, { recursive: true });
    const db = join(work, 'journal.db');
    const script = `const D = require(${JSON.stringify(join(extracted, 'node_modules', 'better-sqlite3'))});
      const db = new D(${JSON.stringify(db)}); db.exec("create table e(t text)"); db.prepare("insert into e values (?)").run("shipped"); db.close();
      console.log(new D(${JSON.stringify(db)}, { readonly: true }).prepare("select t from e").pluck().get());`;
    const child = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', cwd: work });
    expect(child.stderr).toBe('');
    expect(child.stdout.trim()).toBe('shipped');
    expect(existsSync(db)).toBe(true);
  });
});

describe('the Electron binary', () => {
  it("has its fuses flipped as electron-builder.yml says, read back with @electron/fuses", async () => {
    const wire = await getCurrentFuseWire(join(appDir, config.linux?.executableName ?? 'scopebook'));
    const want = config.electronFuses!;
    const expected: Record<number, boolean | undefined> = {
      [FuseV1Options.RunAsNode]: want.runAsNode,
      [FuseV1Options.EnableCookieEncryption]: want.enableCookieEncryption,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: want.enableNodeOptionsEnvironmentVariable,
      [FuseV1Options.EnableNodeCliInspectArguments]: want.enableNodeCliInspectArguments,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: want.enableEmbeddedAsarIntegrityValidation,
      [FuseV1Options.OnlyLoadAppFromAsar]: want.onlyLoadAppFromAsar,
      [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: want.loadBrowserProcessSpecificV8Snapshot,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: want.grantFileProtocolExtraPrivileges,
    };
    const state = (i: number) => String.fromCharCode((wire as unknown as Record<number, number>)[i]!);
    for (const [index, on] of Object.entries(expected)) {
      expect(on, FuseV1Options[Number(index)]).toBeTypeOf('boolean');
      expect(state(Number(index)), FuseV1Options[Number(index)]).toBe(on ? '1' : '0');
    }
    // The security-relevant ones differ from Electron's defaults, so a skipped flip shows.
    expect(STUB_WIRE[FuseV1Options.RunAsNode]).toBe('1');
    expect(state(FuseV1Options.RunAsNode)).toBe('0');
    expect(state(FuseV1Options.OnlyLoadAppFromAsar)).toBe('1');
  });
});

describe('the Linux desktop integration (deb and AppImage, as computed before fpm / appimagetool)', () => {
  const entry = (text: string) => Object.fromEntries(text.split('\n').filter((l) => l.includes('=')).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));

  it('installs scopebook.desktop (package.json desktopName) that opens scopebook:// links', () => {
    const deb = result.targets.deb!;
    expect(deb.installs).toContain(`/usr/share/applications/${pkg.desktopName}`);
    const desktop = entry(deb.desktop);
    expect(desktop.Exec).toBe('/opt/Scopebook/scopebook %U');
    expect(desktop.MimeType!.split(';')).toContain('x-scheme-handler/scopebook');
    expect(desktop.StartupWMClass).toBe(pkg.desktopName.replace(/\.desktop$/, ''));
    expect(desktop.Icon).toBe('scopebook');
    const schemes = (config.protocols as { schemes: string[] }[]).flatMap((p) => p.schemes);
    expect(schemes).toEqual(['scopebook']);

    const appImage = result.targets.AppImage!;
    expect(appImage.desktopFileName).toBe(pkg.desktopName);
    expect(entry(appImage.desktop).MimeType!.split(';')).toContain('x-scheme-handler/scopebook');
  });

  it("names the maintainer with an email and the homepage, and installs electron-builder's AppArmor profile", () => {
    const deb = result.targets.deb!;
    expect(deb.maintainer).toBe(`${pkg.author.name} <${pkg.author.email}>`);
    expect(deb.url).toBe(pkg.homepage);
    expect(deb.afterInstall).toContain("APPARMOR_PROFILE_SOURCE='/opt/Scopebook/resources/apparmor-profile'");
    expect(readFileSync(join(resources, 'apparmor-profile'), 'utf8')).toContain('"/opt/Scopebook/scopebook"');
  });

  it('installs the Scopebook icon at every hicolor size, and the tray images ship in the asar', () => {
    for (const size of LINUX_SIZES) expect(result.targets.deb!.installs).toContain(`/usr/share/icons/hicolor/${size}x${size}/apps/scopebook.png`);
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      for (const dark of [false, true]) {
        const file = trayIconFile(platform, () => dark);
        expect(files).toContain(`/dist/main/tray/${file}`);
        expect(files).toContain(`/dist/main/tray/${file.replace('.png', '@2x.png')}`);
      }
    }
  });

  it('ships the spellchecker dictionaries folder where the app looks for it (resources/dictionaries)', () => {
    // main/electron/spellcheck.ts reads join(process.resourcesPath, 'dictionaries') when packaged.
    expect(existsSync(join(resources, 'dictionaries'))).toBe(true);
    const shipped = readdirSync(join(ROOT, 'build', 'dictionaries')).filter((f) => f.endsWith('.bdic')).sort();
    expect(readdirSync(join(resources, 'dictionaries')).filter((f) => f.endsWith('.bdic')).sort()).toEqual(shipped);
  });
});
