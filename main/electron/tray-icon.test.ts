/**
 * The tray shows the image rendered at build time (scripts/icons.mjs → dist/main/tray), the
 * one for this platform, and falls back to the drawn glyph only when the files are missing.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildTrayIcons } from '../../scripts/icons.mjs';
import { useBuiltWorker } from '../core/jobs/testing';
import { createFakeElectron, type FakeElectron, fakeEvent } from './testing/fake-electron';
import { trayIconFile } from './tray';

const workerFile = useBuiltWorker();
let dir: string;
let trayDir: string;
let fake: FakeElectron;

beforeAll(async () => {
  trayDir = mkdtempSync(join(tmpdir(), 'scopebook-tray-images-'));
  await buildTrayIcons(trayDir);
  return () => rmSync(trayDir, { recursive: true, force: true });
});

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'scopebook-tray-'));
  mkdirSync(join(dir, 'renderer'));
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Scopebook</title>');
  vi.resetModules();
  fake = createFakeElectron();
  vi.doMock('electron', () => fake);
});

afterEach(() => {
  for (const w of fake.windows) w.destroy();
  fake.app.emit('will-quit', fakeEvent());
  rmSync(dir, { recursive: true, force: true });
});

async function startWithTray(trayIcons: string | undefined): Promise<{ path?: string; dataURL?: string }> {
  const { runDesktop } = await import('./app');
  runDesktop({ preload: '/opt/scopebook/preload.js', renderer: join(dir, 'renderer'), jobsWorker: workerFile(), trayIcons }, ['/opt/scopebook/scopebook', '--data-dir', join(dir, 'journal')], {
    XDG_CONFIG_HOME: join(dir, 'config'),
  });
  await fake.ready();
  const main = fake.windows[0]!;
  await fake.ipcMain.invoke('settings:update', { sender: main.webContents, senderFrame: main.webContents.mainFrame }, { tray: true });
  return fake.trays[0]!.image as { path?: string; dataURL?: string };
}

describe('the tray image', () => {
  it('is the rendered file for this platform', async () => {
    const image = await startWithTray(trayDir);
    expect(image.path).toBe(join(trayDir, trayIconFile(process.platform, () => false)));
  });

  it('falls back to the drawn glyph when the files are missing', async () => {
    const image = await startWithTray(join(dir, 'no-such-folder'));
    expect(image.path).toBeUndefined();
    expect(image.dataURL).toMatch(/^data:image\/png;base64,/);
  });
});
