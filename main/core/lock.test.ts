import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CoreError } from './errors';
import { openJournal } from './journal';
import { acquireLock, LOCK_FILE_NAME } from './lock';

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
});
