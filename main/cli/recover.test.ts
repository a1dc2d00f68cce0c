/** `scopebook recover`: a damaged journal back from its newest verified backup, only with --yes. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openCore } from '../core/api';
import { journalFile } from '../core/paths';
import { damageFile } from '../core/safety/testing/damage';
import { doc, fileHash } from '../core/test-helpers';
import { inJournal, runCli, tempDataDir } from './test-cli';

function damagedWithBackup(): { dir: string; hash: string; backupPath: string } {
  const dir = tempDataDir();
  const core = openCore(journalFile(dir));
  for (let i = 0; i < 30; i++) {
    const r = core.call('entries:create', { body: doc(`kept ${i} `.repeat(20)), ownershipLevel: 'task' });
    if (!r.ok) throw new Error(r.error.message);
  }
  const backup = core.call('data:backupNow', {});
  if (!backup.ok) throw new Error(backup.error.message);
  core.close();
  damageFile(journalFile(dir));
  return { dir, hash: fileHash(journalFile(dir)), backupPath: (backup.value as { path: string }).path };
}

describe('scopebook recover', () => {
  it('points from a failing command to recover, asks for --yes, then restores the backup and keeps the damaged file', async () => {
    const { dir, hash, backupPath } = damagedWithBackup();
    const list = await runCli(dir, ['list']);
    expect(list.code).toBe(2);
    expect(list.stderr).toContain('scopebook recover');

    const asked = await runCli(dir, ['recover']);
    expect(asked.code).toBe(1);
    expect(asked.stderr).toContain(backupPath);
    expect(asked.stderr).toContain('--yes');
    expect(fileHash(journalFile(dir))).toBe(hash);

    const done = await runCli(dir, ['recover', '--yes']);
    expect(done.stderr).toBe('');
    expect(done.code).toBe(0);
    expect(done.stdout).toContain(`Recovered the journal from ${backupPath}`);
    const aside = readdirSync(dir).filter((f) => /^scopebook\.damaged-.*\.db$/.test(f));
    expect(aside).toHaveLength(1);
    expect(fileHash(join(dir, aside[0]!))).toBe(hash);
    expect(inJournal(dir, 'entries:count', {}).count).toBe(30);
  });

  it('refuses when the journal is fine, changing nothing', async () => {
    const dir = tempDataDir();
    openCore(journalFile(dir)).close();
    const hash = fileHash(journalFile(dir));
    const r = await runCli(dir, ['recover', '--yes']);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('nothing to recover');
    expect(fileHash(journalFile(dir))).toBe(hash);
  });
});
