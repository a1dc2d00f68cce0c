import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../common/contract';
import { acquireLock, LOCK_FILE_NAME } from '../core/lock';
import { CONTENT_SECURITY_POLICY } from '../shared/csp';
import { FLUSH_TIMEOUT_MS, SHELL_CHANNELS } from '../../common/shell-api';
import { createFakeElectron, type FakeElectron, fakeEvent, FakeWebContents } from './testing/fake-electron';
import { useBuiltWorker } from '../core/jobs/testing';

/** The journal worker, built as the app ships it: every contract call goes through it. */
const workerFile = useBuiltWorker();


let dir: string;
let dataDir: string;
let rendererDir: string;
let fake: FakeElectron;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'scopebook-shell-'));
  dataDir = join(dir, 'journal');
  rendererDir = join(dir, 'renderer');
  mkdirSync(rendererDir);
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Scopebook</title>');
  writeFileSync(join(dir, 'secret.txt'), 'not part of the app');
  freshElectron();
});

/** A new Electron for the next import of the shell, as if the app were launched again. */
function freshElectron(): void {
  vi.resetModules();
  const next = createFakeElectron();
  vi.doMock('electron', () => next);
  fake = next;
}

afterEach(() => {
  vi.useRealTimers();
  // Quit so the journal closes and its lock is released.
  if (fake.windows.some((w) => !w.destroyed)) for (const w of fake.windows) w.destroy();
  fake.app.emit('will-quit', fakeEvent());
  rmSync(dir, { recursive: true, force: true });
});

async function start(argv: string[] = ['--data-dir', dataDir], env: NodeJS.ProcessEnv = {}): Promise<void> {
  const { runDesktop } = await import('./app');
  runDesktop({ preload: '/opt/scopebook/dist/preload/preload.js', renderer: rendererDir, jobsWorker: workerFile() }, ['/opt/scopebook/scopebook', ...argv], env);
  await fake.ready();
}

const win = () => fake.windows[0]!;
const contents = () => win().webContents;
const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Led the migration' }] }] };

function eventFrom(sender: FakeWebContents, frame: { url: string; parent: unknown } | null = sender.mainFrame) {
  return { sender, senderFrame: frame };
}

describe('desktop shell: window security', () => {
  it('opens one window that is context-isolated, sandboxed and has no Node', async () => {
    await start();
    expect(fake.windows).toHaveLength(1);
    expect(win().options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/opt/scopebook/dist/preload/preload.js',
    });
    expect(fake.app.enableSandbox).toHaveBeenCalled();
  });

  it('loads the app from its own app:// origin, not the network or file://', async () => {
    await start();
    expect(win().loadedURL).toBe('app://scopebook/index.html');
    expect(fake.protocol.schemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }]);
  });

  it('serves the app files with the strict CSP, and nothing outside them', async () => {
    await start();
    const serve = fake.protocol.handlers.get('app')!;
    const page = await serve(new Request('app://scopebook/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await page.text()).toContain('<title>Scopebook</title>');
    for (const url of ['app://scopebook/%2e%2e/secret.txt', 'app://scopebook/..%2fsecret.txt', 'app://elsewhere/index.html']) {
      const res = await serve(new Request(url));
      expect(res.status, url).toBe(404);
      expect(await res.text()).not.toContain('not part of the app');
    }
  });

  it('never navigates away; web links open in the user browser, other schemes nowhere', async () => {
    await start();
    for (const url of ['https://example.com/report', 'http://intranet.local/', 'file:///etc/passwd', 'app://evil/index.html', 'javascript:alert(1)']) {
      const event = fakeEvent({ url });
      contents().emit('will-navigate', event);
      expect(event.defaultPrevented, url).toBe(true);
    }
    expect(fake.shell.openExternal.mock.calls).toEqual([['https://example.com/report'], ['http://intranet.local/']]);
  });

  it('never opens new windows; web links go to the user browser', async () => {
    await start();
    for (const url of ['https://example.com/', 'file:///home', 'data:text/html,<b>x</b>', 'app://scopebook/index.html']) {
      expect(contents().openWindowFromPage(url), url).toEqual({ action: 'deny' });
    }
    expect(fake.shell.openExternal.mock.calls).toEqual([['https://example.com/']]);
    const webview = fakeEvent();
    contents().emit('will-attach-webview', webview);
    expect(webview.defaultPrevented).toBe(true);
    expect(fake.windows).toHaveLength(1);
  });

  it('denies every permission request and check', async () => {
    await start();
    const session = fake.session.defaultSession;
    for (const permission of ['media', 'notifications', 'clipboard-read', 'geolocation', 'openExternal']) {
      const answer = vi.fn();
      session.permissionRequestHandler!(contents(), permission, answer, {});
      expect(answer, permission).toHaveBeenCalledWith(false);
      expect(session.permissionCheckHandler!(contents(), permission, 'app://scopebook', {})).toBe(false);
    }
    expect(session.devicePermissionHandler!({ deviceType: 'usb' })).toBe(false);
  });
});

describe('desktop shell: IPC', () => {
  it('registers exactly one handler per contract operation, and Save as PDF, and nothing else', async () => {
    await start();
    expect([...fake.ipcMain.handlers.keys()].sort()).toEqual([...CHANNELS.map((c) => c.channel), SHELL_CHANNELS.savePdf, SHELL_CHANNELS.saveFile].sort());
    expect(fake.ipcMain.eventNames()).toEqual([]);
  });

  it('runs operations from the app page against the journal in the data directory', async () => {
    await start();
    const created = (await fake.ipcMain.invoke('entries:create', eventFrom(contents()), { body: doc, ownershipLevel: 'milestone' })) as {
      ok: boolean;
      value: { id: string };
    };
    expect(created).toMatchObject({ ok: true });
    const db = new Database(join(dataDir, 'scopebook.db'), { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM entries').get()).toEqual({ n: 1 });
    db.close();
    expect(await fake.ipcMain.invoke('entries:get', eventFrom(contents()), { id: 'nope' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', field: 'id' },
    });
  });

  it('refuses messages from other pages, subframes and foreign origins', async () => {
    await start();
    const stranger = new FakeWebContents();
    stranger.mainFrame.url = 'app://scopebook/index.html';
    const refused = [
      eventFrom(stranger),
      eventFrom(contents(), { url: 'app://scopebook/index.html', parent: contents().mainFrame }),
      eventFrom(contents(), { url: 'https://evil.example/', parent: null }),
      eventFrom(contents(), { url: 'file:///tmp/x.html', parent: null }),
      eventFrom(contents(), null),
    ];
    for (const event of refused) {
      expect(await fake.ipcMain.invoke('entries:count', event, {})).toMatchObject({ ok: false, error: { message: expect.stringContaining('Refused') } });
    }
    expect(await fake.ipcMain.invoke('entries:count', eventFrom(contents()), {})).toEqual({ ok: true, value: { count: 0 } });
  });
});

describe('desktop shell: closing and quitting', () => {
  /** Plays the renderer's part: on a flush request, save an entry, then answer. */
  function rendererSavesOnFlush() {
    contents().on('fake:sent', (channel: string, id: unknown) => {
      if (channel !== SHELL_CHANNELS.flush) return;
      void fake.ipcMain.invoke('entries:create', eventFrom(contents()), { body: doc, ownershipLevel: 'task' }).then(() => {
        fake.ipcMain.emit(SHELL_CHANNELS.flushed, { sender: contents() }, id);
      });
    });
  }

  it('asks the page to flush before closing, and closes once it answers', async () => {
    await start();
    win().close();
    expect(win().destroyed).toBe(false);
    const request = contents().sent.find((m) => m[0] === SHELL_CHANNELS.flush)!;
    expect(request).toBeDefined();
    fake.ipcMain.emit(SHELL_CHANNELS.flushed, { sender: new FakeWebContents() }, request[1]);
    fake.ipcMain.emit(SHELL_CHANNELS.flushed, { sender: contents() }, 'some-other-request');
    await Promise.resolve();
    expect(win().destroyed).toBe(false);
    fake.ipcMain.emit(SHELL_CHANNELS.flushed, { sender: contents() }, request[1]);
    await vi.waitFor(() => expect(win().destroyed).toBe(true));
    expect(fake.ipcMain.eventNames()).toEqual([]);
  });

  it('closes anyway when the page does not answer in time', async () => {
    await start();
    vi.useFakeTimers();
    win().close();
    await vi.advanceTimersByTimeAsync(FLUSH_TIMEOUT_MS - 100);
    expect(win().destroyed).toBe(false);
    await vi.advanceTimersByTimeAsync(200);
    expect(win().destroyed).toBe(true);
  });

  it('on quit, saves what the page flushes, then closes the database and frees the journal', async () => {
    await start();
    rendererSavesOnFlush();
    fake.app.quit();
    expect(existsSync(join(dataDir, LOCK_FILE_NAME))).toBe(true);
    await vi.waitFor(() => expect(win().destroyed).toBe(true));
    expect(existsSync(join(dataDir, LOCK_FILE_NAME))).toBe(false);
    const db = new Database(join(dataDir, 'scopebook.db'), { readonly: true });
    expect(db.prepare('SELECT count(*) AS n FROM entries').get()).toEqual({ n: 1 });
    db.close();
  });

  it('remembers the window size and position', async () => {
    await start();
    win().bounds = { x: 120, y: 80, width: 1000, height: 700 };
    win().close();
    win().destroy();
    fake.app.emit('will-quit', fakeEvent());
    freshElectron();
    await start();
    expect(win().options).toMatchObject({ x: 120, y: 80, width: 1000, height: 700 });
  });
});

describe('desktop shell: instances and data directory', () => {
  it('a second launch focuses the first window instead of opening another', async () => {
    await start();
    win().minimized = true;
    fake.app.emit('second-instance', fakeEvent(), ['scopebook'], '/');
    expect(win().restore).toHaveBeenCalled();
    expect(win().focus).toHaveBeenCalled();
    expect(fake.windows).toHaveLength(1);
  });

  it('a second instance quits without touching the journal', async () => {
    fake.app.singleInstanceAvailable = false;
    await start();
    expect(fake.app.quit).toHaveBeenCalled();
    expect(fake.windows).toHaveLength(0);
    expect(fake.ipcMain.handlers.size).toBe(0);
    expect(existsSync(join(dataDir, 'scopebook.db'))).toBe(false);
  });

  it('uses SCOPEBOOK_DATA_DIR, else Electron userData (in the installed app)', async () => {
    await start([], { SCOPEBOOK_DATA_DIR: join(dir, 'from-env') });
    expect(existsSync(join(dir, 'from-env', 'scopebook.db'))).toBe(true);
    fake.app.emit('will-quit', fakeEvent());
    freshElectron();
    fake.app.isPackaged = true;
    const userData = fake.app.getPath('userData');
    await start([], {});
    expect(existsSync(join(userData, 'scopebook.db'))).toBe(true);
    expect(fake.app.setPath).not.toHaveBeenCalled();
  });

  it('says clearly that the journal is open in browser mode, and exits', async () => {
    mkdirSync(dataDir, { recursive: true });
    const held = acquireLock(dataDir, 'web');
    await start();
    expect(fake.dialog.showErrorBox).toHaveBeenCalledWith(expect.any(String), expect.stringContaining('npm run web'));
    expect(fake.app.exit).toHaveBeenCalledWith(1);
    expect(fake.windows).toHaveLength(0);
    held.release();
  });
});

describe('desktop shell: menu', () => {
  type Item = { role?: string; label?: string; accelerator?: string; click?: () => void; submenu?: Item[] };
  const items = () => (fake.Menu.state.application!.template as Item[]);
  const find = (label: string) => items().flatMap((m) => m.submenu ?? []).find((i) => i.label === label)!;

  it('has the standard edit, view and window menus', async () => {
    await start();
    const roles = items().map((m) => m.role ?? m.label);
    expect(roles).toEqual(expect.arrayContaining(['editMenu', 'windowMenu', '&View']));
    const view = items().find((m) => m.label === '&View')!.submenu!.map((i) => i.role);
    expect(view).toEqual(expect.arrayContaining(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']));
  });

  it('sends the app actions to the page with CmdOrCtrl shortcuts', async () => {
    await start();
    const expected: [string, string][] = [
      ['New Entry', 'new-entry'],
      ['Today', 'today'],
      ['Timeline', 'timeline'],
      ['People', 'people'],
      ['Search', 'search'],
    ];
    for (const [label, command] of expected) {
      const item = find(label);
      expect(item.accelerator, label).toMatch(/^CmdOrCtrl\+/);
      item.click!();
      expect(contents().sent.at(-1)).toEqual([SHELL_CHANNELS.menu, command]);
    }
  });
});
