/**
 * What the first launch in a real Electron window would have got wrong, against the `electron`
 * fake (which emits what the renderer starts: reloads, downloads, permission requests) and a
 * real journal: exports reach the disk through main's save path, the clipboard works for the
 * app's own page only, a reload after a restore is let through, notifications survive until
 * clicked, Windows' logoff closes the journal, and development runs keep their own profile.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useBuiltWorker } from '../core/jobs/testing';
import { SHELL_CHANNELS } from '../../common/shell-api';
import { CHROMIUM_DICTIONARY_CDN, createFakeElectron, type FakeElectron, fakeEvent, type FakeMenu, FakeWebContents } from './testing/fake-electron';

// The app's own setup, jobs worker included (built from the sources once per file).
const workerFile = useBuiltWorker();
let dir: string;
let out: string;
let fake: FakeElectron;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'scopebook-launch-'));
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

async function start(args: string[] = ['--data-dir', join(dir, 'journal')], dictionaries = join(dir, 'no-dictionaries')): Promise<void> {
  const { runDesktop } = await import('./app');
  runDesktop({ preload: '/opt/scopebook/preload.js', renderer: join(dir, 'renderer'), dictionaries, jobsWorker: workerFile() }, ['/opt/scopebook/scopebook', ...args], {});
  await fake.ready();
}

const main = () => fake.windows[0]!;
const from = (sender: FakeWebContents, frame = sender.mainFrame) => ({ sender, senderFrame: frame });
const saveFile = (event: unknown, input: unknown) => fake.ipcMain.invoke(SHELL_CHANNELS.saveFile, event, input);

describe('saving a review export from the desktop', () => {
  it('a download is refused, and the export is written by main to the chosen file with its extension', async () => {
    await start();
    // The old way: <a download> becomes a download, which the session cancels.
    expect(main().webContents.startDownload('blob:app://scopebook/1', 'Q1.md')).toBe(false);

    fake.app.paths.set('documents', out);
    fake.dialog.nextSave = { canceled: false, filePath: join(out, 'Q1 review') };
    const answer = await saveFile(from(main().webContents), { suggestedName: 'Q1 review.md', format: 'markdown', content: '# Q1\n\nShipped it.\n' });
    expect(answer).toEqual({ ok: true, path: join(out, 'Q1 review.md') });
    expect(readFileSync(join(out, 'Q1 review.md'), 'utf8')).toBe('# Q1\n\nShipped it.\n');
    expect(readdirSync(out)).toEqual(['Q1 review.md']);
    const [owner, options] = fake.dialog.showSaveDialog.mock.calls[0]! as [unknown, { defaultPath: string; filters: unknown[] }];
    expect(owner).toBe(main());
    expect(options.defaultPath).toBe(join(out, 'Q1 review.md'));
    expect(options.filters).toEqual([{ name: 'Markdown document', extensions: ['md'] }]);
  });

  it('asks before replacing a file the added extension lands on, and keeps it when the user declines', async () => {
    await start();
    const existing = join(out, 'review.html');
    writeFileSync(existing, 'the older export');
    fake.dialog.nextSave = { canceled: false, filePath: join(out, 'review') }; // GTK checked "review", not "review.html"
    fake.dialog.nextMessageBox = 1; // Cancel
    expect(await saveFile(from(main().webContents), { suggestedName: 'review', format: 'html', content: '<p>new</p>' })).toEqual({ ok: true, path: null });
    expect(readFileSync(existing, 'utf8')).toBe('the older export');
    expect(fake.dialog.showMessageBox).toHaveBeenCalledTimes(1);

    fake.dialog.nextMessageBox = 0; // Replace
    expect(await saveFile(from(main().webContents), { suggestedName: 'review', format: 'html', content: '<p>new</p>' })).toEqual({ ok: true, path: existing });
    expect(readFileSync(existing, 'utf8')).toBe('<p>new</p>');
    expect(readdirSync(out)).toEqual(['review.html']);
  });

  it('does not ask again when the dialog itself already had the full name (its own prompt covered it)', async () => {
    await start();
    writeFileSync(join(out, 'a.md'), 'old');
    fake.dialog.nextSave = { canceled: false, filePath: join(out, 'a.md') };
    expect(await saveFile(from(main().webContents), { suggestedName: 'a', format: 'markdown', content: 'new' })).toEqual({ ok: true, path: join(out, 'a.md') });
    expect(fake.dialog.showMessageBox).not.toHaveBeenCalled();
    expect(readFileSync(join(out, 'a.md'), 'utf8')).toBe('new');
  });

  it('refuses other pages, unknown formats and missing content with a clear answer, writing nothing', async () => {
    await start();
    fake.dialog.nextSave = { canceled: false, filePath: join(out, 'x.md') };
    const contents = main().webContents;
    expect(await saveFile(from(contents, { url: 'https://example.com/', parent: null }), { format: 'markdown', content: 'x' })).toMatchObject({ ok: false, message: expect.stringMatching(/^Refused/) });
    expect(await saveFile(from(contents), { format: 'exe', content: 'x' })).toEqual({ ok: false, message: 'Cannot save a file of type “exe”.' });
    expect(await saveFile(from(contents), { format: 'markdown' })).toMatchObject({ ok: false, message: expect.stringMatching(/^Nothing to save/) });
    expect(fake.dialog.showSaveDialog).not.toHaveBeenCalled();
    expect(readdirSync(out)).toEqual([]);
  });

  it('a folder that cannot be written gets a readable error and no temp file', async () => {
    await start();
    fake.dialog.nextSave = { canceled: false, filePath: join(out, 'gone', 'x.md') };
    expect(await saveFile(from(main().webContents), { format: 'markdown', content: 'x' })).toMatchObject({ ok: false, message: expect.stringMatching(/^The file could not be saved: .*ENOENT/) });
    expect(existsSync(join(out, 'gone'))).toBe(false);
  });
});

describe('permissions, navigation and loading in the real window', () => {
  it('the app’s own page may write to the clipboard; nothing else is granted, and no other page gets it', async () => {
    await start();
    const contents = main().webContents;
    expect(await contents.requestPermission('clipboard-sanitized-write')).toBe(true);
    expect(contents.checkPermission('clipboard-sanitized-write')).toBe(true);
    for (const permission of ['clipboard-read', 'notifications', 'media', 'geolocation', 'openExternal']) {
      expect(await contents.requestPermission(permission)).toBe(false);
      expect(contents.checkPermission(permission)).toBe(false);
    }
    const foreign = { url: 'https://example.com/', parent: null };
    const subFrame = { url: 'app://scopebook/index.html', parent: contents.mainFrame };
    expect(await contents.requestPermission('clipboard-sanitized-write', foreign)).toBe(false);
    expect(await contents.requestPermission('clipboard-sanitized-write', subFrame)).toBe(false);
    expect(contents.checkPermission('clipboard-sanitized-write', foreign)).toBe(false);
  });

  it('a reload after a restore goes through; navigating anywhere else is refused and web links open in the browser', async () => {
    await start();
    const contents = main().webContents;
    const reloaded = vi.fn();
    contents.on('did-finish-load', reloaded);
    expect(contents.navigateFromPage().defaultPrevented).toBe(false);
    await Promise.resolve();
    expect(reloaded).toHaveBeenCalledTimes(1);
    expect(contents.navigateFromPage('app://scopebook/index.html#/today').defaultPrevented).toBe(false);
    expect(contents.navigateFromPage('https://example.com/').defaultPrevented).toBe(true);
    expect(fake.shell.openExternal).toHaveBeenCalledWith('https://example.com/');
    expect(contents.navigateFromPage('file:///etc/passwd').defaultPrevented).toBe(true);
    expect(contents.navigateFromPage('app://evil/index.html').defaultPrevented).toBe(true);
  });

  it('quitting while the page loads leaves no unhandled rejection', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      const { loadSafely } = await import('./window');
      const win = new fake.BrowserWindow({});
      win.loadError = new Error("ERR_ABORTED (-3) loading 'app://scopebook/index.html'");
      const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
      await loadSafely(win as never, 'app://scopebook/index.html');
      win.loadError = new Error('ERR_FILE_NOT_FOUND (-6)');
      await loadSafely(win as never, 'app://scopebook/index.html');
      await new Promise((r) => setTimeout(r, 10));
      expect(unhandled).not.toHaveBeenCalled();
      expect(errors).toHaveBeenCalledTimes(1); // the abort is expected; the missing file is reported
      errors.mockRestore();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});

describe('right-click in the window', () => {
  const labels = (menu: FakeMenu) => menu.template.map((i) => ('type' in i && i.type === 'separator' ? '—' : i.label));
  const lastMenu = () => fake.Menu.state.built.at(-1)!;

  it('on a misspelled word offers the suggestions, Add to dictionary and the editing commands, over the window', async () => {
    await start();
    const contents = main().webContents;
    await Promise.resolve();
    const before = fake.Menu.state.built.length;
    contents.rightClick({
      isEditable: true,
      spellcheckEnabled: true,
      misspelledWord: 'recieve',
      dictionarySuggestions: ['receive', 'relieve', 'reprieve', 'recitative', 'receiver', 'recede'],
      selectionText: '',
      editFlags: { canUndo: true, canRedo: false, canCut: false, canCopy: false, canPaste: true, canDelete: false, canSelectAll: true, canEditRichly: true },
    });
    expect(fake.Menu.state.built.length).toBe(before + 1);
    const menu = lastMenu();
    expect(labels(menu)).toEqual(['receive', 'relieve', 'reprieve', 'recitative', 'receiver', '—', 'Add to dictionary', '—', 'Cut', 'Copy', 'Paste', '—', 'Select all']);
    expect(menu.shownIn).toBe(main());
    expect(menu.template.filter((i) => i.role).map((i) => [i.role, i.enabled])).toEqual([['cut', false], ['copy', false], ['paste', true], ['selectAll', true]]);
    (menu.item('receive')!.click as () => void)();
    expect(contents.edits).toEqual(['replaceMisspelling:receive']);
    (menu.item('Add to dictionary')!.click as () => void)();
    expect(await fake.session.defaultSession.listWordsInSpellCheckerDictionary()).toEqual(['recieve']);
  });

  it('a misspelled word without suggestions says so; selected page text offers Copy; a plain spot gets no menu', async () => {
    await start();
    const contents = main().webContents;
    contents.rightClick({ isEditable: true, misspelledWord: 'Zyxwq', dictionarySuggestions: [] });
    expect(labels(lastMenu()).slice(0, 3)).toEqual(['No spelling suggestions', '—', 'Add to dictionary']);
    expect(lastMenu().item('No spelling suggestions')!.enabled).toBe(false);

    contents.rightClick({ selectionText: 'Led the migration', editFlags: { canUndo: false, canRedo: false, canCut: false, canCopy: true, canPaste: false, canDelete: false, canSelectAll: true, canEditRichly: false } });
    expect(labels(lastMenu())).toEqual(['Copy', '—', 'Select all']);
    expect(lastMenu().item('Copy')).toMatchObject({ role: 'copy', enabled: true });

    const built = fake.Menu.state.built.length;
    contents.rightClick({});
    expect(fake.Menu.state.built.length).toBe(built);
  });
});

describe('spell checking leaves nothing to the network', () => {
  it('the first page load fetches no dictionary from the Google CDN: only this machine is asked', async () => {
    // Without the app's setting, Chromium's spellchecker fetches from the CDN (what the fake models).
    const bare = createFakeElectron({ platform: 'linux' });
    bare.session.defaultSession.pageLoaded(new FakeWebContents());
    expect(bare.session.defaultSession.fetched).toEqual([`${CHROMIUM_DICTIONARY_CDN}en-us-10-1.bdic`]);

    fake = createFakeElectron({ platform: 'linux' });
    vi.doMock('electron', () => fake);
    await start();
    await new Promise((r) => setTimeout(r, 0));
    const fetched = fake.session.defaultSession.fetched;
    expect(fetched.length).toBeGreaterThan(0); // the page loaded and the spellchecker looked
    for (const url of fetched) expect(new URL(url).protocol, url).toBe('file:');
    expect(fetched[0]).toBe(pathToFileURL(join(dir, 'no-dictionaries', 'en-us-10-1.bdic')).href);
  });

  it('the installed app ships resources/dictionaries; development uses build/dictionaries of the source tree', async () => {
    const { bundledDictionaryFolder } = await import('./spellcheck');
    expect(bundledDictionaryFolder(true, '/opt/Scopebook/resources', '/opt/Scopebook/resources/app.asar/dist/main')).toBe('/opt/Scopebook/resources/dictionaries');
    const root = join(__dirname, '..', '..');
    expect(bundledDictionaryFolder(false, '', join(root, 'dist', 'main'))).toBe(join(root, 'build', 'dictionaries'));
    expect(existsSync(join(root, 'build', 'dictionaries'))).toBe(true);
  });

  it('a dictionary shipped with the app is in place before the first page loads, so nothing is fetched at all', async () => {
    const shipped = join(dir, 'dictionaries');
    mkdirSync(shipped);
    writeFileSync(join(shipped, 'en-US-10-1.bdic'), 'BDic\u0002 (a Hunspell dictionary)');
    fake = createFakeElectron({ platform: 'linux' });
    vi.doMock('electron', () => fake);
    await start(undefined, shipped);
    await new Promise((r) => setTimeout(r, 0));
    expect(fake.session.defaultSession.dictionaries()).toEqual(['en-US-10-1.bdic']);
    expect(fake.session.defaultSession.fetched).toEqual([]);
    expect(readFileSync(join(fake.app.getPath('userData'), 'Dictionaries', 'en-US-10-1.bdic'), 'utf8')).toContain('Hunspell');
  });
});

/** Node's garbage collector, for tests of what Electron keeps alive (or does not). */
async function collectGarbage(): Promise<void> {
  const { setFlagsFromString } = await import('node:v8');
  const { runInNewContext } = await import('node:vm');
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((r) => setTimeout(r, 0));
  }
}

describe('what crosses IPC, as Electron clones it', () => {
  it('a contract answer reaches the page as a copy, and a page cannot send what IPC cannot clone', async () => {
    await start();
    const contents = main().webContents;
    const first = (await fake.ipcMain.invoke('settings:get', from(contents), {})) as { ok: true; value: Record<string, unknown> };
    const second = (await fake.ipcMain.invoke('settings:get', from(contents), {})) as { ok: true; value: Record<string, unknown> };
    expect(first.ok).toBe(true);
    expect(first.value).toEqual(second.value);
    expect(first.value).not.toBe(second.value);
    await expect(fake.ipcMain.invoke('settings:update', from(contents), { tray: () => true })).rejects.toThrow(/could not be cloned/);
    expect(((await fake.ipcMain.invoke('settings:get', from(contents), {})) as typeof first).value).toEqual(first.value);
  });
});

describe('the desktop around the window', () => {
  it('a reminder notification survives garbage collection until it is clicked, and the click opens Today', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date(2026, 4, 12, 8, 0));
      await start();
      await fake.ipcMain.invoke('settings:update', from(main().webContents), { reminder: { enabled: true, time: '17:30' } });
      vi.setSystemTime(new Date(2026, 4, 12, 21, 0));
      fake.powerMonitor.emit('resume');
      expect(fake.notifications.filter((n) => n.options.title === 'Scopebook')).toHaveLength(1);
      await collectGarbage();
      const reminder = fake.notifications.find((n) => n.options.title === 'Scopebook');
      expect(reminder?.shown).toBe(true); // still there to be clicked (electron#16922)
      reminder!.click();
      expect(main().webContents.sent.at(-1)).toEqual([SHELL_CHANNELS.menu, 'today']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('a desktop without notifications (no notification server) gets none, and nothing fails', async () => {
    fake = createFakeElectron({ notificationsSupported: false });
    vi.doMock('electron', () => fake);
    fake.globalShortcut.takenByOthers.add('CommandOrControl+Shift+J');
    await start();
    expect(fake.notifications).toHaveLength(0);
    expect(await fake.ipcMain.invoke('settings:get', from(main().webContents), {})).toMatchObject({ ok: true });
  });

  it('on Windows the app sets its AppUserModelId before anything shows', async () => {
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
    Object.defineProperty(process, 'platform', { value: 'win32' });
    try {
      const { runDesktop, APP_USER_MODEL_ID } = await import('./app');
      runDesktop({ preload: '/p.js', renderer: join(dir, 'renderer'), jobsWorker: workerFile() }, ['/s', '--data-dir', join(dir, 'journal')], {});
      expect(fake.app.setAppUserModelId).toHaveBeenCalledWith(APP_USER_MODEL_ID);
      expect(APP_USER_MODEL_ID).toBe(/^appId: (.+)$/m.exec(readFileSync(join(__dirname, '..', '..', 'electron-builder.yml'), 'utf8'))![1]);
    } finally {
      Object.defineProperty(process, 'platform', platform);
    }
  });

  it('Windows logoff (session-end, no before-quit) closes the journal after asking the page to save', async () => {
    await start();
    const win = main();
    win.emit('query-session-end', fakeEvent());
    expect(win.webContents.sent.some(([channel]) => channel === SHELL_CHANNELS.flush)).toBe(true);
    const call = (channel: string) => fake.ipcMain.invoke(channel, from(win.webContents), {});
    expect(await call('settings:get')).toMatchObject({ ok: true });
    win.emit('session-end', fakeEvent());
    expect(await call('settings:get')).toEqual({ ok: false, error: { code: 'storage', message: 'The journal is closed.' } });
    // The journal file is closed: another connection can take it over without a busy lock.
    const Database = (await import('better-sqlite3')).default;
    const db = new Database(join(dir, 'journal', 'scopebook.db'));
    expect(db.pragma('journal_mode', { simple: true })).toBeDefined();
    db.close();
  });

  it('a development run without --data-dir uses its own profile, never the installed app’s', async () => {
    await start([]);
    expect(fake.app.getPath('userData')).toBe(join(fake.app.getPath('appData'), 'Scopebook (development)'));
    expect(existsSync(join(fake.app.getPath('appData'), 'Scopebook (development)', 'scopebook.db'))).toBe(true);
    expect(existsSync(join(fake.app.getPath('appData'), 'Scopebook'))).toBe(false);
  });

  it('the installed app without --data-dir uses the ordinary profile', async () => {
    fake.app.isPackaged = true;
    await start([]);
    expect(fake.app.getPath('userData')).toBe(join(fake.app.getPath('appData'), 'Scopebook'));
  });
});
