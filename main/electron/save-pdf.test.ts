/**
 * Save as PDF and scopebook:// links in the desktop app, against the faithful `electron` fake
 * and a real journal: only the app's own page may print to a file, the file is written whole
 * (or not at all), cancelling writes nothing; the app handles scopebook:// when installed.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pdfFileName, SHELL_CHANNELS } from '../../common/shell-api';
import { deepLinkTarget } from './deep-link';
import { createFakeElectron, type FakeElectron, fakeEvent, type FakeWebContents } from './testing/fake-electron';
import { useBuiltWorker } from '../core/jobs/testing';

/** The journal worker, built as the app ships it: every contract call goes through it. */
const workerFile = useBuiltWorker();

let dir: string;
let out: string;
let fake: FakeElectron;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'scopebook-pdf-'));
  out = join(dir, 'out');
  mkdirSync(out);
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

async function start(extra: string[] = []): Promise<void> {
  const { runDesktop } = await import('./app');
  runDesktop({ preload: '/opt/scopebook/preload.js', renderer: join(dir, 'renderer'), jobsWorker: workerFile() }, ['/opt/scopebook/scopebook', '--data-dir', join(dir, 'journal'), ...extra], {});
  await fake.ready();
}

const main = () => fake.windows[0]!;
const from = (sender: FakeWebContents, frame = sender.mainFrame) => ({ sender, senderFrame: frame });
const savePdf = (event: unknown, suggestedName: unknown = 'Q1 self-review') =>
  fake.ipcMain.invoke(SHELL_CHANNELS.savePdf, event, { suggestedName });

describe('save as PDF', () => {
  it('prints the main window’s page to the chosen file, adding .pdf, with nothing left beside it', async () => {
    await start();
    fake.app.paths.set('documents', out);
    fake.dialog.nextSave = { canceled: false, filePath: join(out, 'Q1 self-review') };
    const answer = await savePdf(from(main().webContents));
    const file = join(out, 'Q1 self-review.pdf');
    expect(answer).toEqual({ ok: true, path: file });
    expect(readFileSync(file, 'latin1')).toMatch(/^%PDF-1\.7\n% printed app:\/\/scopebook\/index\.html/);
    expect(readdirSync(out)).toEqual(['Q1 self-review.pdf']);
    // The dialog belongs to the window, proposes the suggested name in Documents, and prints with the page's CSS.
    const [owner, options] = fake.dialog.showSaveDialog.mock.calls[0]! as [unknown, { defaultPath: string; filters: unknown[] }];
    expect(owner).toBe(main());
    expect(options.defaultPath).toBe(join(out, 'Q1 self-review.pdf'));
    expect(options.filters).toEqual([{ name: 'PDF document', extensions: ['pdf'] }]);
    expect(main().webContents.printToPDF).toHaveBeenCalledWith(expect.objectContaining({ preferCSSPageSize: true }));
  });

  it('writes nothing when the user cancels', async () => {
    await start();
    fake.dialog.nextSave = { canceled: true, filePath: '' };
    expect(await savePdf(from(main().webContents))).toEqual({ ok: true, path: null });
    expect(main().webContents.printToPDF).not.toHaveBeenCalled();
    expect(readdirSync(out)).toEqual([]);
  });

  it('refuses every page but the app’s own top frame, before asking anything', async () => {
    await start();
    fake.dialog.nextSave = { canceled: false, filePath: join(out, 'stolen.pdf') };
    const contents = main().webContents;
    const subFrame = { url: 'app://scopebook/index.html', parent: contents.mainFrame };
    const otherOrigin = { url: 'https://example.com/', parent: null };
    const stranger = new fake.BrowserWindow({});
    void stranger.loadURL('app://scopebook/index.html');
    fake.globalShortcut.press('CommandOrControl+Shift+J'); // the capture window may use the contract, not this
    const capture = fake.windows.find((w) => w.loadedURL?.endsWith('#/capture'))!;
    for (const event of [from(contents, subFrame), from(contents, otherOrigin), from(stranger.webContents), from(capture.webContents)]) {
      expect(await savePdf(event)).toMatchObject({ ok: false, message: expect.stringMatching(/^Refused/) });
    }
    expect(fake.dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(readdirSync(out)).toEqual([]);
  });

  it('keeps an existing file intact and leaves no temporary file when printing fails', async () => {
    await start();
    const file = join(out, 'review.pdf');
    writeFileSync(file, 'the older PDF');
    fake.dialog.nextSave = { canceled: false, filePath: file };
    main().webContents.printError = new Error('printing failed');
    expect(await savePdf(from(main().webContents))).toEqual({ ok: false, message: 'The PDF could not be saved: printing failed' });
    expect(readFileSync(file, 'utf8')).toBe('the older PDF');
    expect(readdirSync(out)).toEqual(['review.pdf']);
  });

  it('reports a folder that cannot be written, writing nothing', async () => {
    await start();
    fake.dialog.nextSave = { canceled: false, filePath: join(out, 'missing', 'review.pdf') };
    expect(await savePdf(from(main().webContents))).toMatchObject({ ok: false, message: expect.stringMatching(/^The PDF could not be saved: .*ENOENT/) });
    expect(existsSync(join(out, 'missing'))).toBe(false);
  });

  it('turns any suggested name into a plain file name', () => {
    expect(pdfFileName('Q1 2025: self-review')).toBe('Q1 2025- self-review.pdf');
    expect(pdfFileName('../../etc/passwd')).toBe('etc-passwd.pdf');
    expect(pdfFileName('H1 review.PDF')).toBe('H1 review.pdf');
    expect(pdfFileName('   ')).toBe('Scopebook review.pdf');
    expect(pdfFileName(42)).toBe('Scopebook review.pdf');
    expect(pdfFileName('Q1\nreview\u0000')).toBe('Q1 review.pdf');
  });
});

describe('scopebook:// links', () => {
  it('registers the scheme in the installed app, not in a development build', async () => {
    await start();
    expect(fake.app.setAsDefaultProtocolClient).not.toHaveBeenCalled();
    for (const w of fake.windows) w.destroy();
    fake.app.emit('will-quit', fakeEvent());

    vi.resetModules();
    fake = createFakeElectron();
    fake.app.isPackaged = true;
    vi.doMock('electron', () => fake);
    await start();
    expect(fake.app.setAsDefaultProtocolClient).toHaveBeenCalledWith('scopebook');
    expect(fake.app.isDefaultProtocolClient('scopebook')).toBe(true);
  });

  it('declares the scheme to the installers', () => {
    const yml = readFileSync(join(__dirname, '..', '..', 'electron-builder.yml'), 'utf8');
    expect(yml).toMatch(/^protocols:\n\s+- name: .+\n\s+schemes:\n\s+- scopebook$/m);
  });

  it('on macOS, a scopebook://capture link at launch opens only the capture window', async () => {
    const { runDesktop } = await import('./app');
    runDesktop({ preload: '/opt/scopebook/preload.js', renderer: join(dir, 'renderer'), jobsWorker: workerFile() }, ['/opt/scopebook/scopebook', '--data-dir', join(dir, 'journal')], {});
    const event = fakeEvent();
    fake.app.emit('open-url', event, 'scopebook://capture');
    expect(event.defaultPrevented).toBe(true);
    await fake.ready();
    expect(fake.windows).toHaveLength(1);
    expect(fake.windows[0]!.loadedURL).toBe('app://scopebook/index.html#/capture');
  });

  it('on macOS, a link while running opens capture or brings the main window forward; other links are not ours', async () => {
    await start();
    fake.app.emit('open-url', fakeEvent(), 'scopebook://capture/');
    expect(fake.windows.filter((w) => w.loadedURL?.endsWith('#/capture'))).toHaveLength(1);
    fake.app.emit('open-url', fakeEvent(), 'scopebook://today');
    expect(main().show).toHaveBeenCalled();
    const foreign = fakeEvent();
    fake.app.emit('open-url', foreign, 'https://example.com/capture');
    expect(foreign.defaultPrevented).toBe(false);
    expect(fake.windows).toHaveLength(2);
    expect(deepLinkTarget('SCOPEBOOK://capture')).toBe('capture');
    expect(deepLinkTarget('mailto:someone@example.com')).toBeNull();
  });
});
