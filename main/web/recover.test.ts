/** The browser host's start-up on a journal that needs care: damaged, or about to migrate. */
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openCore } from '../core/api';
import { MIGRATIONS, SCHEMA_VERSION } from '../core/migrations';
import { damageFile as damage } from '../core/safety/testing/damage';
import { doc, fileHash, ok, tempDir } from '../core/test-helpers';
import { runWebHost, type RunWebOptions } from './run';

function setup() {
  const dir = tempDir();
  const rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Scopebook</title>');
  const dataDir = join(dir, 'journal');
  mkdirSync(dataDir);
  return { dir, rendererDir, dataDir, file: join(dataDir, 'scopebook.db') };
}

function run(rendererDir: string, argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const opts: RunWebOptions = { argv, env: {}, rendererDir, print: (l) => out.push(l), printError: (l) => err.push(l) };
  return { start: () => runWebHost(opts), out, err };
}

function entryTexts(path: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare('SELECT body_text FROM entries ORDER BY body_text').pluck().all() as string[]).map((t) => t.trim());
  } finally {
    db.close();
  }
}

describe('browser host start-up with a damaged journal', () => {
  it('names the newest verified backup, changes nothing, and restores it only with --recover', async () => {
    const { rendererDir, dataDir, file } = setup();
    const core = openCore(file);
    for (let i = 0; i < 30; i++) ok(core, 'entries:create', { body: doc(`kept entry ${i} `.repeat(20)), ownershipLevel: 'task' });
    const backup = ok(core, 'data:backupNow', {});
    ok(core, 'entries:create', { body: doc('written after the backup'), ownershipLevel: 'task' });
    core.close();
    damage(file);
    const damagedHash = fileHash(file);

    const plain = run(rendererDir, ['--data-dir', dataDir]);
    expect(await plain.start()).toBeNull();
    const said = plain.err.join('\n');
    expect(said).toContain(`${file} is damaged`);
    expect(said).toContain(backup.path);
    expect(said).toContain('--recover');
    expect(fileHash(file)).toBe(damagedHash);
    expect(readdirSync(dataDir).filter((f) => f.includes('.damaged-'))).toEqual([]);

    const recovering = run(rendererDir, ['--data-dir', dataDir, '--recover']);
    const running = await recovering.start();
    expect(recovering.err).toEqual([]);
    expect(running).not.toBeNull();
    expect(recovering.out.join('\n')).toContain(`Recovered the journal from ${backup.path}`);
    // The restored journal answers over HTTP like any other.
    const res = await fetch(`${running!.host.origin}/api/entries:count`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-scopebook-token': running!.host.token },
      body: '{}',
    });
    expect(await res.json()).toMatchObject({ ok: true });
    await running!.stop();

    const aside = readdirSync(dataDir).filter((f) => /^scopebook\.damaged-\d{8}T\d{9}Z\.db$/.test(f));
    expect(aside).toHaveLength(1);
    expect(fileHash(join(dataDir, aside[0]!))).toBe(damagedHash);
    const texts = entryTexts(file);
    expect(texts).toHaveLength(30);
    expect(texts).not.toContain('written after the backup');
  });

  it('says plainly when there is no backup to offer, and leaves the file alone even with --recover', async () => {
    const { rendererDir, dataDir, file } = setup();
    const core = openCore(file);
    for (let i = 0; i < 30; i++) ok(core, 'entries:create', { body: doc(`entry ${i} `.repeat(20)), ownershipLevel: 'task' });
    core.close();
    damage(file);
    const damagedHash = fileHash(file);
    const attempt = run(rendererDir, ['--data-dir', dataDir, '--recover']);
    expect(await attempt.start()).toBeNull();
    expect(attempt.err.join('\n')).toMatch(/damaged.*no verified backup/);
    expect(fileHash(file)).toBe(damagedHash);
    expect(readdirSync(dataDir).filter((f) => f.includes('.damaged-'))).toEqual([]);
  });
});

describe('browser host start-up backups', () => {
  it('backs the journal up before a pending migration, and takes one daily backup', async () => {
    const { rendererDir, dataDir, file } = setup();
    const older = openCore(file, { migrations: MIGRATIONS.slice(0, -1) });
    ok(older, 'entries:create', { body: doc('before the upgrade'), ownershipLevel: 'project' });
    older.close();

    const first = run(rendererDir, ['--data-dir', dataDir]);
    const running = await first.start();
    expect(first.err).toEqual([]);
    await running!.stop();

    const backups = readdirSync(join(dataDir, 'backups')).filter((f) => f.endsWith('.sqlite'));
    const beforeMigration = backups.filter((f) => f.endsWith('-before-migration.sqlite'));
    expect(beforeMigration).toHaveLength(1);
    const copy = new Database(join(dataDir, 'backups', beforeMigration[0]!), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION - 1);
    copy.close();
    expect(entryTexts(join(dataDir, 'backups', beforeMigration[0]!))).toEqual(['before the upgrade']);
    const daily = backups.filter((f) => !f.endsWith('-before-migration.sqlite'));
    expect(daily).toHaveLength(1);
    expect(entryTexts(join(dataDir, 'backups', daily[0]!))).toEqual(['before the upgrade']);

    // Starting again the same day neither migrates nor takes a second daily backup.
    const second = run(rendererDir, ['--data-dir', dataDir]);
    const again = await second.start();
    await again!.stop();
    expect(readdirSync(join(dataDir, 'backups')).filter((f) => f.endsWith('.sqlite')).sort()).toEqual(backups.sort());
  });
});
