/**
 * Ubuntu 23.10+ (and other distributions) restrict unprivileged user namespaces with AppArmor,
 * so Chromium's sandbox cannot start for an Electron binary that no AppArmor profile allows
 * (`npm start`'s node_modules/electron, an AppImage): Electron aborts before the app's code
 * runs. `npm start` recognises that from the child's output and prints the one-line remedy
 * instead of a bare exit code. (The .deb installs electron-builder's AppArmor profile for
 * /opt/Scopebook/scopebook, so the installed app is not affected.)
 */
import { spawn } from 'node:child_process';
import { constants } from 'node:os';
import { dirname, join } from 'node:path';

/** Chromium's messages when no sandbox can start. */
const SANDBOX_FAILURES = [
  /The SUID sandbox helper binary was found, but is not configured correctly/,
  /No usable sandbox!/,
  /apparmor-userns-restrictions/,
];

/** Whether a child's output says Chromium's sandbox could not start. */
export function sandboxFailed(output) {
  return SANDBOX_FAILURES.some((re) => re.test(output));
}

/** The one-line remedy for the Electron binary at `electronPath` (its chrome-sandbox made setuid root). */
export function sandboxRemedy(electronPath) {
  const helper = `'${join(dirname(electronPath), 'chrome-sandbox').replace(/'/g, `'\\''`)}'`;
  return `Scopebook: Chromium's sandbox cannot start here (AppArmor restricts user namespaces, Ubuntu 23.10+). Fix it once with: sudo chown root:root ${helper} && sudo chmod 4755 ${helper}`;
}

/** Keeps the last `limit` characters written to it (a child's stderr, shown and remembered). */
export function tail(limit = 64 * 1024) {
  let text = '';
  return {
    push(chunk) {
      text = (text + String(chunk)).slice(-limit);
    },
    get text() {
      return text;
    },
  };
}

/** What Ctrl+C and friends send: passed on to the child, whose exit by them is a normal end. */
const FORWARDED = ['SIGINT', 'SIGTERM', 'SIGHUP'];

/**
 * Runs a program in the foreground, passing Ctrl+C on; resolves with its exit code (a crash by
 * a signal such as Chromium's SIGTRAP abort is 128 + its number, like a shell says). With
 * `errors`, its stderr is shown as it comes and also kept there (to explain a failure).
 */
export function foreground(command, argv, { cwd, env = process.env, errors = null } = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, argv, { cwd, stdio: ['inherit', 'inherit', errors ? 'pipe' : 'inherit'], env });
    child.stderr?.on('data', (chunk) => {
      process.stderr.write(chunk);
      errors.push(chunk);
    });
    const forward = (signal) => child.kill(signal);
    for (const s of FORWARDED) process.on(s, forward);
    const done = (code) => {
      for (const s of FORWARDED) process.off(s, forward);
      resolve(code);
    };
    child.on('error', (err) => {
      console.error(`Scopebook: could not start ${command}: ${err.message}`);
      done(1);
    });
    // 'close' comes after the child's stderr is read to its end.
    child.on('close', (code, signal) => {
      if (code !== null) done(code);
      else done(FORWARDED.includes(signal) ? 0 : 128 + (constants.signals[signal] ?? 0));
    });
  });
}

/** Runs Electron; when it dies because the sandbox cannot start, prints the remedy. Resolves with its exit code. */
export async function runElectron(electron, argv, options = {}) {
  const errors = tail();
  const code = await foreground(electron, argv, { ...options, errors });
  if (code !== 0 && sandboxFailed(errors.text)) console.error(sandboxRemedy(electron));
  return code;
}
