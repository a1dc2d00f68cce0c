import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './build.mjs';
import { enginesRange, supportsDist, supportsNode } from './node-support.mjs';
import { firstErrorLine } from './electron-binary.mjs';
import { builderConfig, defaultDebDepends, distStage, signingOverrides } from './packaging.mjs';

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const config = builderConfig();

describe('installer metadata', () => {
  it('has what the deb target requires: homepage, repository, an author with an email for the maintainer field', () => {
    expect(pkg.homepage).toMatch(/^https:\/\/\S+$/);
    expect(pkg.repository?.url ?? pkg.repository).toMatch(/github\.com\/\S+/);
    expect(pkg.author?.name).toBeTruthy();
    expect(pkg.author?.email).toMatch(/^[^@\s]+@[^@\s]+\.[a-z]{2,}$/);
    // A maintainer in electron-builder.yml would override the author; it must not be a non-address.
    expect(config.linux?.maintainer).toBeUndefined();
  });

  it("names the desktop file after the executable, as Electron's app_id on Linux", () => {
    expect(pkg.desktopName).toBe(`${config.linux?.executableName}.desktop`);
    expect(config.linux?.syncDesktopName).toBe(true);
  });

  it("keeps every Depends electron-builder gives a deb by default (libnotify4, xdg-utils, libsecret-1-0, ...)", () => {
    const defaults = defaultDebDepends();
    expect(defaults).toEqual(expect.arrayContaining(['libnotify4', 'xdg-utils', 'libsecret-1-0']));
    const depends = config.deb?.depends ?? defaults;
    expect(depends).toEqual(expect.arrayContaining(defaults));
    expect(new Set(depends).size).toBe(depends.length);
  });

  it('flips the security fuses and resets the ad-hoc macOS signature after flipping them', () => {
    expect(config.electronFuses).toMatchObject({
      resetAdHocDarwinSignature: true,
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      enableCookieEncryption: true,
    });
  });
});

describe('signing comes from the environment only', () => {
  it('signs macOS ad hoc, without hardened runtime or notarization, when no identity is configured', () => {
    const { config: overrides, notes } = signingOverrides({});
    expect(overrides.mac).toEqual({ identity: '-', hardenedRuntime: false, notarize: false });
    expect(notes.darwin).toMatch(/ad hoc/);
    expect(notes.win32).toMatch(/unsigned/);
  });

  it('leaves the identity to electron-builder when CSC_LINK or CSC_NAME is set, and says whether it notarizes', () => {
    for (const env of [{ CSC_LINK: '/secure/id.p12' }, { CSC_NAME: 'Jane Doe (TEAM123456)' }]) {
      const { config: overrides, notes } = signingOverrides(env);
      expect(overrides.mac).toBeUndefined();
      expect(notes.darwin).toMatch(/not notarized/);
    }
    expect(signingOverrides({ CSC_NAME: 'Jane Doe', APPLE_KEYCHAIN_PROFILE: 'scopebook' }).notes.darwin).toMatch(/then notarizing/);
    expect(signingOverrides({ CSC_NAME: '  ' }).config.mac?.identity).toBe('-');
  });

  it('keeps no identity or secret in electron-builder.yml', () => {
    const text = readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8');
    expect(text).not.toMatch(/^\s*(identity|cscLink|cscKeyPassword|certificatePassword|appleId)\s*:/m);
  });
});

describe('supported Node versions', () => {
  const semver = createRequire(join(ROOT, 'package.json'))('semver') as { satisfies: (v: string, r: string) => boolean };

  it("package.json's engines is the supported list, and agrees with it version by version", () => {
    expect(pkg.engines.node).toBe(enginesRange());
    for (const v of ['18.20.0', '20.18.3', '20.19.0', '20.20.2', '21.7.0', '22.12.0', '22.13.0', '23.11.0', '24.0.0', '24.9.1', '25.0.0']) {
      expect(supportsNode(v), v).toBe(semver.satisfies(v, pkg.engines.node));
    }
  });

  it("packaging needs Electron's tools' minimum (22.12) on top: Node 20 runs the tests but not npm run dist", () => {
    expect(supportsDist('20.20.2')).toBe(false);
    expect(supportsDist('22.13.0')).toBe(true);
    expect(supportsDist('24.1.0')).toBe(true);
    const declared = ['electron', '@electron/fuses', '@electron/get', '@electron/rebuild'].map(
      (name) => JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).engines?.node as string,
    );
    for (const range of declared) expect(semver.satisfies('22.13.0', range) && !semver.satisfies('20.20.2', range), range).toBe(true);
  });

  it('.ci/run checks the same list before installing anything', () => {
    const ci = readFileSync(join(ROOT, '.ci', 'run'), 'utf8');
    expect(ci).toMatch(/node scripts\/node-support\.mjs/);
    expect(ci.indexOf('node-support.mjs')).toBeLessThan(ci.indexOf('npm ci'));
  });
});

describe('npm run dist says how far it got', () => {
  // electron-builder's own output when the network is missing, at each stage (recorded here).
  const head = [
    '  \u001b[34m•\u001b[39m electron-builder  version=26.17.0 os=6.18.44',
    '  • loaded configuration  file=/work/scopebook/electron-builder.yml',
  ];
  const rebuild = [
    ...head,
    '  • executing @electron/rebuild  electronVersion=45.4.1 arch=x64 buildFromSource=false',
    '  • installing native dependencies  arch=x64',
    '  • preparing       moduleName=better-sqlite3 arch=x64',
    '  ⨯ ',
    'Error: This is most likely not a problem with node-gyp or the package itself and',
    'is related to network connectivity. In most cases you are behind a proxy or have bad ',
    '    at go (/work/scopebook/node_modules/node-gyp/lib/install.js:244:21)',
    "SCOPEBOOK_DIST_ERROR: node-gyp failed to rebuild '/work/scopebook/node_modules/better-sqlite3'",
  ].join('\n');
  const electron = [
    ...head,
    '  • skipped dependencies rebuild  reason=npmRebuild is set to false',
    '  • packaging       platform=linux arch=x64 electron=45.4.1 appOutDir=/work/scopebook/release/linux-unpacked',
    'SCOPEBOOK_DIST_ERROR: getaddrinfo ENOTFOUND github.com',
  ].join('\n');
  const tools = [
    ...head,
    '  • packaging       platform=linux arch=x64 electron=45.4.1 appOutDir=/work/scopebook/release/linux-unpacked',
    '  • downloading     url=https://github.com/electron/electron/releases/download/v45.4.1/electron-v45.4.1-linux-x64.zip size=110 MB parts=8',
    '  • executing @electron/fuses  electronPath=/work/scopebook/release/linux-unpacked/scopebook',
    '  • building        target=deb arch=x64 file=/work/scopebook/release/scopebook_0.1.0_amd64.deb',
    'SCOPEBOOK_DIST_ERROR: getaddrinfo ENOTFOUND github.com',
  ].join('\n');

  it('names the stage it stopped at and what that stage needs from the network', () => {
    expect(distStage(rebuild, '45.4.1')).toEqual({
      stage: 'rebuilding better-sqlite3 for Electron',
      needs: expect.stringMatching(/Electron 45\.4\.1.*github\.com.*electronjs\.org/),
    });
    expect(firstErrorLine(rebuild)).toBe('no network access for the download');
    expect(distStage(electron, '45.4.1')).toEqual({ stage: 'downloading Electron 45.4.1', needs: expect.stringMatching(/ELECTRON_MIRROR/) });
    expect(firstErrorLine(electron)).toBe('cannot reach github.com');
    expect(distStage(tools, '45.4.1')).toEqual({ stage: 'making the deb', needs: expect.stringMatching(/fpm.*ELECTRON_BUILDER_BINARIES_MIRROR/) });
  });

  it('falls back to the last step electron-builder announced for any other failure', () => {
    const other = [...head, '  • packaging       platform=linux arch=x64', '  • building        target=AppImage arch=x64', 'SCOPEBOOK_DIST_ERROR: EACCES'].join('\n');
    expect(distStage(other, '45.4.1').stage).toBe('making the AppImage');
    expect(distStage('', '45.4.1')).toEqual({ stage: 'starting electron-builder', needs: null });
  });
});
