import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './build.mjs';
import { enginesRange, supportsDist, supportsNode } from './node-support.mjs';
import { builderConfig, defaultDebDepends, signingOverrides } from './packaging.mjs';

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
