import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CoreError } from './errors';
import { openJournal } from './journal';
import { acquireLock, LOCK_FILE_NAME, processStart } from './lock';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'scopebook-lock-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function conflictOf(fn: () => unknown): CoreError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(CoreError);
    expect((err as CoreError).code).toBe('conflict');
    return err as CoreError;
  }
  throw new Error('expected a conflict');
}

/** The pid of a process that has certainly exited. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('journal lock', () => {
  it('holds the lock file with this process id until released', () => {
    const lock = acquireLock(dir, 'web');
    const info = JSON.parse(readFileSync(join(dir, LOCK_FILE_NAME), 'utf8'));
    expect(info.pid).toBe(process.pid);
    lock.release();
    expect(existsSync(join(dir, LOCK_FILE_NAME))).toBe(false);
  });

  it('refuses a second holder and says which program has the journal', () => {
    const first = acquireLock(dir, 'web');
    const err = conflictOf(() => acquireLock(dir, 'desktop'));
    expect(err.message).toContain('npm run web');
    expect(err.message).toContain(`process ${process.pid}`);
    first.release();
    acquireLock(dir, 'desktop').release();
  });

  it('names the desktop app when it is the holder', () => {
    const first = acquireLock(dir, 'desktop');
    expect(conflictOf(() => acquireLock(dir, 'web')).message).toContain('desktop app');
    first.release();
  });

  it('takes over a lock left by a process that has died', () => {
    const pid = deadPid();
    writeFileSync(join(dir, LOCK_FILE_NAME), JSON.stringify({ pid, host: hostname(), kind: 'web', startedAt: '', token: 'old' }));
    const lock = acquireLock(dir, 'desktop');
    expect(JSON.parse(readFileSync(join(dir, LOCK_FILE_NAME), 'utf8')).pid).toBe(process.pid);
    lock.release();
  });

  it('takes over a stale lock carrying this process id from an earlier run', () => {
    writeFileSync(join(dir, LOCK_FILE_NAME), JSON.stringify({ pid: process.pid, host: hostname(), kind: 'web', token: 'earlier-run' }));
    acquireLock(dir, 'web').release();
  });

  it('treats a holder on another machine as alive', () => {
    writeFileSync(join(dir, LOCK_FILE_NAME), JSON.stringify({ pid: deadPid(), host: `not-${hostname()}`, kind: 'web' }));
    expect(conflictOf(() => acquireLock(dir, 'web')).message).toContain(`not-${hostname()}`);
  });

  it('waits on a fresh unreadable lock but takes over an old one', () => {
    const path = join(dir, LOCK_FILE_NAME);
    writeFileSync(path, '');
    conflictOf(() => acquireLock(dir, 'web'));
    const old = new Date(Date.now() - 60_000);
    utimesSync(path, old, old);
    acquireLock(dir, 'web').release();
  });

  it('release leaves alone a lock that someone else now owns', () => {
    const lock = acquireLock(dir, 'web');
    const path = join(dir, LOCK_FILE_NAME);
    const foreign = JSON.stringify({ pid: process.pid, host: hostname(), kind: 'web', token: 'someone-else' });
    writeFileSync(path, foreign);
    lock.release();
    expect(readFileSync(path, 'utf8')).toBe(foreign);
  });
});

describe('openJournal', () => {
  it('opens the journal once per data directory and frees it on close', () => {
    const dataDir = join(dir, 'nested', 'data');
    const first = openJournal(dataDir, 'web');
    expect(first.core.call('entries:count', {})).toEqual({ ok: true, value: { count: 0 } });
    conflictOf(() => openJournal(dataDir, 'desktop'));
    first.close();
    const second = openJournal(dataDir, 'desktop');
    expect(existsSync(join(dataDir, 'scopebook.db'))).toBe(true);
    second.close();
    expect(existsSync(join(dataDir, LOCK_FILE_NAME))).toBe(false);
  });

  it('does not leave the lock behind when the database cannot be opened', () => {
    writeFileSync(join(dir, 'scopebook.db'), 'this is not a database, just some text that is long enough to be a header');
    expect(() => openJournal(dir, 'web')).toThrow(/damaged|not a Scopebook journal|Cannot open/);
    expect(existsSync(join(dir, LOCK_FILE_NAME))).toBe(false);
  });

  describe.skipIf(process.platform !== 'linux')('stale locks that look alive', () => {
    it('takes over a lock whose pid is alive but is another program (pid reused)', async () => {
      const other = spawn('sleep', ['30'], { stdio: 'ignore' });
      try {
        await new Promise((r) => setTimeout(r, 100));
        const reused = { pid: other.pid, host: hostname(), kind: 'web', startedAt: new Date().toISOString(), token: 'earlier', procStart: 'another-boot:12345' };
        writeFileSync(join(dir, LOCK_FILE_NAME), JSON.stringify(reused));
        const lock = acquireLock(dir, 'web');
        expect(JSON.parse(readFileSync(join(dir, LOCK_FILE_NAME), 'utf8')).pid).toBe(process.pid);
        lock.release();

        // The same live process with its real start time still holds the journal.
        const real = { ...reused, procStart: processStart(other.pid!) };
        writeFileSync(join(dir, LOCK_FILE_NAME), JSON.stringify(real));
        expect(conflictOf(() => acquireLock(dir, 'desktop')).message).toMatch(/already open in Scopebook's browser mode/);
      } finally {
        other.kill();
      }
    });

    it('takes over PID 1 from another boot (a container) as stale', () => {
      writeFileSync(join(dir, LOCK_FILE_NAME), JSON.stringify({ pid: 1, host: hostname(), kind: 'desktop', startedAt: '2020-01-01T00:00:00.000Z', token: 't', procStart: 'old-boot:1' }));
      acquireLock(dir, 'web').release();
    });
  });

  it('takes over an unreadable lock with a timestamp in the future', () => {
    const path = join(dir, LOCK_FILE_NAME);
    writeFileSync(path, '');
    const future = Date.now() / 1000 + 30 * 24 * 3600;
    utimesSync(path, future, future);
    acquireLock(dir, 'web').release();
    expect(existsSync(path)).toBe(false);
  });

  it('a lock that is a folder: an empty one is removed, one with contents is named in the message', () => {
    const path = join(dir, LOCK_FILE_NAME);
    mkdirSync(path);
    acquireLock(dir, 'web').release();
    mkdirSync(path);
    writeFileSync(join(path, 'something.txt'), 'the person’s');
    let error: CoreError | null = null;
    try {
      acquireLock(dir, 'web');
    } catch (err) {
      error = err as CoreError;
    }
    expect(error?.code).toBe('storage');
    expect(error?.message).toContain(`${path} is a folder`);
    expect(readFileSync(join(path, 'something.txt'), 'utf8')).toBe('the person’s');
  });
});
