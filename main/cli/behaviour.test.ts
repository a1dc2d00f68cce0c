import Database from 'better-sqlite3';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { version } from '../../package.json';
import { SCHEMA_VERSION } from '../core/db';
import { acquireLock, LOCK_FILE_NAME } from '../core/lock';
import { COMMANDS, isGroup } from './commands';
import { inJournal, ok, runCli, tempDataDir } from './test-cli';

const everyCommand = COMMANDS.flatMap((c) => (isGroup(c) ? c.subcommands.map((s) => s.name) : [c.name]));

describe('help and version', () => {
  it('every command has --help with usage and examples, and reading it touches no journal', async () => {
    const dir = join(tempDataDir(), 'journal');
    for (const name of everyCommand) {
      const run = await runCli(dir, [...name.split(' '), '--help']);
      expect(run.code, name).toBe(0);
      expect(run.stdout, name).toMatch(new RegExp(`^Usage: scopebook ${name.replace('people list', 'people \\[list\\]')}`));
      expect(run.stdout, name).toContain('Examples:\n  scopebook ');
      expect(run.stderr).toBe('');
    }
    expect(existsSync(dir)).toBe(false);
  });

  it('lists the commands with no arguments, --help or help, and prints the version', async () => {
    const bare = await runCli(null, []);
    expect(bare.code).toBe(0);
    for (const name of ['add', 'list', 'search', 'people', 'review', 'stats', 'import', 'export', 'backup', 'restore']) {
      expect(bare.stdout).toMatch(new RegExp(`^  ${name} `, 'm'));
    }
    expect((await runCli(null, ['help', 'people', 'gaps'])).stdout).toMatch(/^Usage: scopebook people gaps/);
    expect((await runCli(null, ['people', '--help'])).stdout).toMatch(/^Usage: scopebook people \[list\|add\|edit\|gaps\]/);
    expect((await runCli(null, ['--version'])).stdout).toBe(`${version}\n`);
  });
});

describe('exit codes', () => {
  it('exits 1 with one line for an unknown command or flag', async () => {
    const dir = tempDataDir();
    const unknown = await runCli(dir, ['lsit']);
    expect(unknown).toMatchObject({ code: 1, stdout: '' });
    expect(unknown.stderr).toBe('scopebook: unknown command "lsit". Did you mean "list"? Run scopebook --help for the list.\n');
    const flagFirst = await runCli(dir, ['--json', 'list']);
    expect(flagFirst.code).toBe(1);
    expect(flagFirst.stderr).toMatch(/Put the command first, e.g. scopebook list --json/);
    const badFlag = await runCli(dir, ['stats', '--since', 'monday']);
    expect(badFlag.stderr).toBe('scopebook: stats: unknown option --since (see scopebook stats --help)\n');
  });

  it('with --json, errors are one JSON line on stderr', async () => {
    const dir = tempDataDir();
    await ok(dir, ['add', 'Something']);
    const run = await runCli(dir, ['list', '--json', '--from', 'never']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(JSON.parse(run.stderr)).toEqual({ error: { code: 'invalid_date', message: expect.stringMatching(/^--from: "never" is not a date/) } });
  });

  it('works beside an app that holds the journal, without taking its lock or migrating', async () => {
    const dir = tempDataDir();
    await ok(dir, ['add', 'Before the app opened']);
    const lock = acquireLock(dir, 'desktop');
    try {
      const run = await runCli(dir, ['add', 'While the app is open']);
      expect(run.code, run.stderr).toBe(0);
      expect(inJournal(dir, 'entries:count', {}).count).toBe(2);
      const listed = await runCli(dir, ['list', '--json']);
      expect(listed.code).toBe(0);
      // The app's lock is still the app's.
      expect(readFileSync(join(dir, LOCK_FILE_NAME), 'utf8')).toContain('"desktop"');

      // A journal of another schema version is never changed under the app: refused, exit 2.
      const db = new Database(join(dir, 'scopebook.db'));
      db.pragma(`user_version = ${SCHEMA_VERSION - 1}`);
      db.close();
      const older = await runCli(dir, ['add', 'Would need a migration']);
      expect(older.code).toBe(2);
      expect(older.stderr).toMatch(/^scopebook: This journal is already open in the Scopebook desktop app .* this command works with version \d+, so it waits/);
      expect(older.stderr.trim().split('\n')).toHaveLength(1);
      const restored = new Database(join(dir, 'scopebook.db'));
      restored.pragma(`user_version = ${SCHEMA_VERSION}`);
      restored.close();
    } finally {
      lock.release();
    }
    expect(inJournal(dir, 'entries:count', {}).count).toBe(2);
    await ok(dir, ['add', 'After the app closed']);
    expect(inJournal(dir, 'entries:count', {}).count).toBe(3);
    // The CLI gives the lock back when it is done, so the app can open the journal.
    expect(existsSync(join(dir, LOCK_FILE_NAME))).toBe(false);
  });

  it('exits 2 without a stack trace for a damaged journal or an unusable folder', async () => {
    const dir = tempDataDir();
    writeFileSync(join(dir, 'scopebook.db'), 'this is not a database, just some text that is long enough'.repeat(100));
    const damaged = await runCli(dir, ['list']);
    expect(damaged.code).toBe(2);
    expect(damaged.stderr).toMatch(/^scopebook: The journal at .* is damaged or is not a Scopebook journal/);
    expect(damaged.stderr).not.toMatch(/\n\s+at /);

    const file = join(dir, 'a-file');
    writeFileSync(file, '');
    const unusable = await runCli(join(file, 'journal'), ['add', 'Nowhere to go']);
    expect(unusable.code).toBe(2);
    expect(unusable.stderr).toMatch(/^scopebook: Cannot create the journal folder/);
    expect(unusable.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('--data-dir wins over SCOPEBOOK_DATA_DIR', async () => {
    const fromEnv = tempDataDir();
    const fromFlag = tempDataDir();
    await ok(fromEnv, ['add', 'Goes to the flag’s journal', '--data-dir', fromFlag]);
    expect(existsSync(join(fromEnv, 'scopebook.db'))).toBe(false);
    expect(inJournal(fromFlag, 'entries:count', {}).count).toBe(1);
  });
});
