/**
 * Change events in the desktop shell, with the jobs worker built and found as the app finds
 * it: a restore started from the Backups view (`jobs:start`) re-applies tray, shortcut and
 * login item from the restored settings, and every window hears what each write changed.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BackupInfo, ChangeEvent, Entry, JobStatus, Result } from '../../common/contract';
import { CHANGE_EVENT_CHANNEL } from '../../common/contract';
import { useBuiltWorker } from '../core/jobs/testing';
import { createFakeElectron, type FakeElectron, fakeEvent, type FakeWebContents } from './testing/fake-electron';

const workerFile = useBuiltWorker();
let dir: string;
let dataDir: string;
let fake: FakeElectron;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'scopebook-changes-'));
  dataDir = join(dir, 'journal');
  mkdirSync(join(dir, 'renderer'));
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Scopebook</title>');
  vi.resetModules();
  fake = createFakeElectron();
  vi.doMock('electron', () => fake);
});

afterEach(async () => {
  for (const w of fake.windows) w.destroy();
  fake.app.emit('will-quit', fakeEvent());
  await new Promise((r) => setTimeout(r, 50));
  fake.app.emit('will-quit', fakeEvent());
  rmSync(dir, { recursive: true, force: true });
});

async function start(): Promise<void> {
  const { runDesktop } = await import('./app');
  runDesktop(
    { preload: '/opt/scopebook/preload.js', renderer: join(dir, 'renderer'), jobsWorker: workerFile() },
    ['/opt/scopebook/scopebook', '--data-dir', dataDir],
    {},
  );
  await fake.ready();
}

const main = () => fake.windows[0]!;
const from = (sender: FakeWebContents) => ({ sender, senderFrame: sender.mainFrame });
async function invoke<T>(channel: string, input: unknown): Promise<T> {
  const result = (await fake.ipcMain.invoke(channel, from(main().webContents), input)) as Result<T>;
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}
const events = (contents: FakeWebContents) =>
  contents.sent.filter(([channel]) => channel === CHANGE_EVENT_CHANNEL).map(([, event]) => event as ChangeEvent);

async function finished(id: string): Promise<JobStatus> {
  for (;;) {
    const status = await invoke<JobStatus>('jobs:status', { id });
    if (status.state !== 'running') return status;
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('change events in the desktop shell', () => {
  it('a restore through jobs:start puts back the tray the restored settings say', async () => {
    await start();
    const backup = await invoke<BackupInfo>('data:backupNow', {});
    await invoke('settings:update', { tray: true });
    const tray = fake.trays[0]!;
    expect(tray.destroyed).toBe(false);

    const { id } = await invoke<{ id: string }>('jobs:start', { op: 'data:restoreBackup', input: { file: backup.file } });
    const status = await finished(id);
    expect(status.state).toBe('done');

    // The backup was taken with the tray off: the shell follows the restored settings.
    expect(tray.destroyed).toBe(true);
    expect(events(main().webContents).at(-1)).toMatchObject({ channel: 'data:restoreBackup', changes: [{ what: 'journal' }] });
  });

  it('tells every window what a write changed, with the entry ids', async () => {
    await start();
    const entry = await invoke<Entry>('entries:create', {
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Shipped the importer' }] }] },
      ownershipLevel: 'task',
    });
    await invoke('entries:update', { id: entry.id, revision: entry.revision, starred: true });
    await invoke('entries:list', {});
    const seen = events(main().webContents);
    expect(seen[0]).toMatchObject({ channel: 'entries:create', changes: [{ what: 'entries', ids: [entry.id] }] });
    expect(seen[1]).toMatchObject({ channel: 'entries:update', changes: [{ what: 'entries', ids: [entry.id] }] });
    // Reads announce nothing; seq increases by one per event.
    expect(seen.every((e) => e.channel !== 'entries:list')).toBe(true);
    expect(seen.map((e) => e.seq)).toEqual(seen.map((_, i) => i + 1));
  });
});
