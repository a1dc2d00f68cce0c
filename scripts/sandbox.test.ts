/**
 * `npm start` on Ubuntu 23.10+ where AppArmor keeps Chromium's sandbox from starting: Electron
 * prints its FATAL line and aborts with SIGTRAP before the app runs. The launcher must not end
 * with a bare exit code (nor count the abort as success): it prints the one-line remedy.
 */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { foreground, runElectron, sandboxFailed, sandboxRemedy } from './sandbox.mjs';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'scopebook-sandbox-'));
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

/** An executable standing in for Electron: prints `stderr` and ends as `end` says (a shell line). */
function fakeElectron(stderr: string, end: string): string {
  const folder = join(dir, 'electron dist');
  mkdirSync(folder, { recursive: true });
  const file = join(folder, 'electron');
  writeFileSync(file, `#!/bin/sh\nprintf '%s\\n' '${stderr.replace(/'/g, `'\\''`)}' >&2\n${end}\n`);
  chmodSync(file, 0o755);
  return file;
}

const NO_USABLE_SANDBOX =
  '[1204:FATAL:content/browser/zygote_host/zygote_host_impl_linux.cc:132] No usable sandbox! If you are running on Ubuntu 23.10+ or another Linux distro that has disabled unprivileged user namespaces with AppArmor, see https://chromium.googlesource.com/chromium/src/+/main/docs/security/apparmor-userns-restrictions.md.';
const SUID_MISCONFIGURED =
  "[3981:FATAL:setuid_sandbox_host.cc(158)] The SUID sandbox helper binary was found, but is not configured correctly. Rather than run without sandboxing I'm aborting now. You need to make sure that /x/chrome-sandbox is owned by root and has mode 4755.";

describe.runIf(process.platform !== 'win32')('npm start when the Chromium sandbox cannot start', () => {
  it('an Electron aborted by SIGTRAP after "No usable sandbox!" fails, and the remedy is printed once', async () => {
    const electron = fakeElectron(NO_USABLE_SANDBOX, 'kill -TRAP $$');
    const printed: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => void printed.push(line));
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const code = await runElectron(electron, ['.']);
    expect(code).toBe(128 + 5); // SIGTRAP, never 0
    expect(printed).toEqual([sandboxRemedy(electron)]);
    expect(printed[0]).toContain(`sudo chown root:root '${join(dir, 'electron dist', 'chrome-sandbox')}'`);
    expect(printed[0]).toContain('sudo chmod 4755');
  });

  it('the misconfigured SUID helper is recognised too; an ordinary failure gets no sandbox advice', async () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    expect(await runElectron(fakeElectron(SUID_MISCONFIGURED, 'exit 1'), ['.'])).toBe(1);
    expect(errors).toHaveBeenCalledTimes(1);
    errors.mockClear();
    expect(await runElectron(fakeElectron('Error: Cannot find module dist/main/electron.js', 'exit 1'), ['.'])).toBe(1);
    expect(errors).not.toHaveBeenCalled();
    expect(await runElectron(fakeElectron('', 'exit 0'), ['.'])).toBe(0);
    expect(errors).not.toHaveBeenCalled();
  });

  it('the child’s stderr still reaches the terminal', async () => {
    const written: string[] = [];
    vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(Buffer.from(chunk).toString());
      return true;
    });
    await foreground(fakeElectron('hello from electron', 'exit 0'), [], { errors: { push: () => undefined } });
    expect(written.join('')).toBe('hello from electron\n');
  });

  it('recognises exactly the sandbox messages', () => {
    expect(sandboxFailed(NO_USABLE_SANDBOX)).toBe(true);
    expect(sandboxFailed(SUID_MISCONFIGURED)).toBe(true);
    expect(sandboxFailed('GPU process isn’t usable. Goodbye.')).toBe(false);
  });
});

describe('the installed app (.deb) on Ubuntu 24.04+', () => {
  it('installs electron-builder’s AppArmor profile, which lets /opt/Scopebook/scopebook use user namespaces', () => {
    const root = join(__dirname, '..');
    const config = readFileSync(join(root, 'electron-builder.yml'), 'utf8');
    // Our own afterInstall or appArmorProfile would replace electron-builder's, which install the profile.
    expect(config).not.toMatch(/^\s*(afterInstall|appArmorProfile):/m);
    expect(config).toMatch(/^\s*executableName: scopebook$/m);
    expect(config).toMatch(/^productName: Scopebook$/m);
    const templates = join(root, 'node_modules', 'app-builder-lib', 'templates', 'linux');
    const profile = readFileSync(join(templates, 'apparmor-profile.tpl'), 'utf8');
    expect(profile).toContain('"/opt/${sanitizedProductName}/${executable}" flags=(unconfined)');
    expect(profile).toMatch(/^\s*userns,$/m);
    const afterInstall = readFileSync(join(templates, 'after-install.tpl'), 'utf8');
    expect(afterInstall).toContain("APPARMOR_PROFILE_TARGET='/etc/apparmor.d/${executable}'");
    expect(afterInstall).toContain('apparmor_parser --replace');
  });
});
