import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedElectronZip, electronCacheRoot, electronInstallMessage } from './electron-binary.mjs';

const dir = mkdtempSync(join(tmpdir(), 'scopebook-electron-binary-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm start and the Electron download', () => {
  const home = join(dir, 'home');
  const machine = { env: {}, platform: 'linux' as const, arch: 'x64', home };

  it('says "Downloading" only when there is no earlier download of this version in the cache', () => {
    expect(electronInstallMessage('45.4.1', machine)).toMatch(/^Downloading Electron 45\.4\.1/);
    // @electron/get's cache: one folder per download URL, holding the zip.
    const folder = join(home, '.cache', 'electron', 'a1b2c3');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'electron-v45.4.1-linux-x64.zip'), 'zip');
    expect(cachedElectronZip('45.4.1', machine)).toBe(join(folder, 'electron-v45.4.1-linux-x64.zip'));
    expect(electronInstallMessage('45.4.1', machine)).toBe('Installing Electron 45.4.1 from the download cache…');
    // Another version or architecture is not in the cache.
    expect(electronInstallMessage('46.0.0', machine)).toMatch(/^Downloading/);
    expect(electronInstallMessage('45.4.1', { ...machine, arch: 'arm64' })).toMatch(/^Downloading/);
    expect(electronInstallMessage('45.4.1', { ...machine, env: { ELECTRON_INSTALL_ARCH: 'arm64' } })).toMatch(/^Downloading/);
  });

  it('finds the cache where @electron/get puts it on each platform', () => {
    expect(electronCacheRoot({}, 'linux', '/home/u')).toBe('/home/u/.cache/electron');
    expect(electronCacheRoot({ XDG_CACHE_HOME: '/c' }, 'linux', '/home/u')).toBe('/c/electron');
    expect(electronCacheRoot({}, 'darwin', '/Users/u')).toBe('/Users/u/Library/Caches/electron');
    expect(electronCacheRoot({ LOCALAPPDATA: 'C:\\Users\\u\\AppData\\Local' }, 'win32', 'C:\\Users\\u')).toBe(join('C:\\Users\\u\\AppData\\Local', 'electron', 'Cache'));
    expect(electronCacheRoot({ electron_config_cache: '/custom' }, 'linux', '/home/u')).toBe('/custom');
  });
});
