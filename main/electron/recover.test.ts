/** The desktop app's start-up on a damaged journal: a native dialog offers the newest verified backup. */
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { MessageBoxOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { openCore } from '../core/api';
import { damageFile } from '../core/safety/testing/damage';
import { doc, fileHash, ok, tempDir } from '../core/test-helpers';
import { openDesktopJournal, type StartupDialog } from './recover';

function fakeDialog(answer: number) {
  const asked: MessageBoxOptions[] = [];
  const errors: string[] = [];
  const dialog: StartupDialog = {
    showMessageBox: (options) => {
      asked.push(options);
      return Promise.resolve({ response: answer, checkboxChecked: false });
    },
    showErrorBox: (title, content) => void errors.push(`${title}: ${content}`),
  };
  return { dialog, asked, errors };
}

function damagedJournalWithBackup() {
  const dataDir = join(tempDir(), 'journal');
  mkdirSync(dataDir);
  const file = join(dataDir, 'scopebook.db');
  const core = openCore(file);
  for (let i = 0; i < 30; i++) ok(core, 'entries:create', { body: doc(`kept ${i} `.repeat(20)), ownershipLevel: 'task' });
  const backup = ok(core, 'data:backupNow', {});
  core.close();
  damageFile(file);
  return { dataDir, file, backup, hash: fileHash(file) };
}

describe('desktop start-up with a damaged journal', () => {
  it('offers the newest verified backup and, on yes, restores it and opens the journal', async () => {
    const { dataDir, file, backup, hash } = damagedJournalWithBackup();
    const { dialog, asked, errors } = fakeDialog(0);
    const journal = await openDesktopJournal(dataDir, dialog);
    expect(errors).toEqual([]);
    expect(asked).toHaveLength(1);
    expect(asked[0]!.detail).toContain(backup.path);
    expect(journal).not.toBeNull();
    expect(ok(journal!.core, 'entries:count', {}).count).toBe(30);
    journal!.close();
    const aside = readdirSync(dataDir).filter((f) => f.includes('.damaged-') && f.endsWith('.db'));
    expect(aside).toHaveLength(1);
    expect(fileHash(join(dataDir, aside[0]!))).toBe(hash);
    expect(fileHash(file)).not.toBe(hash);
  });

  it('changes nothing when the person says Quit', async () => {
    const { dataDir, file, hash } = damagedJournalWithBackup();
    const { dialog } = fakeDialog(1);
    expect(await openDesktopJournal(dataDir, dialog)).toBeNull();
    expect(fileHash(file)).toBe(hash);
    expect(readdirSync(dataDir).filter((f) => f.includes('.damaged-'))).toEqual([]);
  });
});
