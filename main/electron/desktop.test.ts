/**
 * Desktop integration against the faithful `electron` fake: the global capture shortcut and
 * its conflicts, the capture window's lock-down, the tray and its menu, single-instance
 * `--capture` forwarding, launch at login, quit conventions and reminder notifications.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SHELL_CHANNELS } from '../../common/shell-api';
import { createFakeElectron, type FakeElectron, fakeEvent, type FakeWebContents } from './testing/fake-electron';
import { useBuiltWorker } from '../core/jobs/testing';

/** The journal worker, built as the app ships it: every contract call goes through it. */
const workerFile = useBuiltWorker();

let dir: string;
let dataDir: string;
let fake: FakeElectron;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'scopebook-desktop-'));
  dataDir = join(dir, 'journal');
  mkdirSync(join(dir, 'renderer'));
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Scopebook</title>');
  vi.resetModules();
  fake = createFakeElectron();
  vi.doMock('electron', () => fake);
});

afterEach(() => {
  vi.useRealTimers();
  for (const w of fake.windows) w.destroy();
  fake.app.emit('will-quit', fakeEvent());
  rmSync(dir, { recursive: true, force: true });
});

async function start(extra: string[] = [], env: NodeJS.ProcessEnv = { XDG_CONFIG_HOME: join(dir, 'config') }): Promise<void> {
  const { runDesktop } = await import('./app');
  runDesktop({ preload: '/opt/scopebook/preload.js', renderer: join(dir, 'renderer'), jobsWorker: workerFile() }, ['/opt/scopebook/scopebook', '--data-dir', dataDir, ...extra], env);
  await fake.ready();
}

const main = () => fake.windows[0]!;
const captureWindows = () => fake.windows.filter((w) => w.loadedURL?.endsWith('#/capture') && !w.destroyed);
const from = (sender: FakeWebContents) => ({ sender, senderFrame: sender.mainFrame });

async function settings(patch: object): Promise<unknown> {
  return fake.ipcMain.invoke('settings:update', from(main().webContents), patch);
}

describe('quick capture', () => {
  it('registers Ctrl/Cmd+Shift+J and opens a locked-down, always-on-top capture window', async () => {
    await start();
    expect(fake.globalShortcut.isRegistered('CommandOrControl+Shift+J')).toBe(true);
    fake.globalShortcut.press('CommandOrControl+Shift+J');
    const [capture] = captureWindows();
    expect(capture).toBeDefined();
    expect(capture!.loadedURL).toBe('app://scopebook/index.html#/capture');
    expect(capture!.options).toMatchObject({ alwaysOnTop: true, width: 520 });
    // Exactly the main window's security settings and preload.
    expect(capture!.options.webPreferences).toEqual(main().options.webPreferences);
    // Pressing again focuses the same window instead of opening another.
    fake.globalShortcut.press('CommandOrControl+Shift+J');
    expect(captureWindows()).toHaveLength(1);
    expect(capture!.focus).toHaveBeenCalled();
  });

  it('lets the capture page use the contract, like the main window', async () => {
    await start();
    fake.globalShortcut.press('CommandOrControl+Shift+J');
    const capture = captureWindows()[0]!;
    const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Quick win' }] }] };
    expect(await fake.ipcMain.invoke('entries:create', from(capture.webContents), { body, ownershipLevel: 'task' })).toMatchObject({ ok: true });
    expect(await fake.ipcMain.invoke('entries:count', from(main().webContents), {})).toEqual({ ok: true, value: { count: 1 } });
  });

  it('says clearly when the OS refuses the shortcut, and takes a new one from Settings', async () => {
    fake.globalShortcut.takenByOthers.add('CommandOrControl+Shift+J');
    await start();
    expect(fake.globalShortcut.isRegistered('CommandOrControl+Shift+J')).toBe(false);
    const warning = fake.notifications.find((n) => n.options.title === 'Quick capture shortcut unavailable');
    expect(warning?.shown).toBe(true);
    expect(warning?.options.body).toMatch(/CommandOrControl\+Shift\+J is already used by the system or another app\. Choose another in Settings/);

    expect(await settings({ captureShortcut: 'Alt+Shift+Space' })).toMatchObject({ ok: true });
    expect(fake.globalShortcut.isRegistered('Alt+Shift+Space')).toBe(true);
    fake.globalShortcut.press('Alt+Shift+Space');
    expect(captureWindows()).toHaveLength(1);
  });

  describe('in a Linux Wayland session (no global key grabs: the desktop’s portal grants shortcuts)', () => {
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
    beforeEach(() => Object.defineProperty(process, 'platform', { value: 'linux' }));
    afterEach(() => Object.defineProperty(process, 'platform', platform));
    const wayland = { XDG_SESSION_TYPE: 'wayland', WAYLAND_DISPLAY: 'wayland-0', XDG_CONFIG_HOME: '/nonexistent' };

    it('asks Chromium for the GlobalShortcutsPortal feature before ready, so the shortcut works', async () => {
      fake = createFakeElectron({ wayland: { portal: true } });
      vi.doMock('electron', () => fake);
      fake.app.commandLine.appendSwitch('enable-features', 'WebRTCPipeWireCapturer'); // e.g. from the command line
      await start([], wayland);
      expect(fake.app.commandLine.getSwitchValue('enable-features').split(',')).toEqual(['WebRTCPipeWireCapturer', 'GlobalShortcutsPortal']);
      expect(fake.globalShortcut.isRegistered('CommandOrControl+Shift+J')).toBe(true);
      expect(fake.notifications).toHaveLength(0);
    });

    it('when the portal refuses, says so instead of blaming another app', async () => {
      fake = createFakeElectron({ wayland: { portal: false } });
      vi.doMock('electron', () => fake);
      await start([], wayland);
      const warning = fake.notifications.find((n) => n.options.title === 'Quick capture shortcut unavailable');
      expect(warning?.options.body).toMatch(/^The desktop did not grant the quick capture shortcut CommandOrControl\+Shift\+J\. On Wayland/);
      expect(warning?.options.body).not.toMatch(/another app/);
    });

    it('an X11 session gets no portal switch', async () => {
      await start([], { XDG_SESSION_TYPE: 'x11', DISPLAY: ':0', XDG_CONFIG_HOME: '/nonexistent' });
      expect(fake.app.commandLine.hasSwitch('enable-features')).toBe(false);
      expect(fake.globalShortcut.isRegistered('CommandOrControl+Shift+J')).toBe(true);
    });
  });

  it('swaps the shortcut when it changes, releasing the old one', async () => {
    await start();
    await settings({ captureShortcut: 'CommandOrControl+Alt+K' });
    expect(fake.globalShortcut.isRegistered('CommandOrControl+Shift+J')).toBe(false);
    expect(fake.globalShortcut.isRegistered('CommandOrControl+Alt+K')).toBe(true);
    fake.app.emit('will-quit', fakeEvent());
    expect(fake.globalShortcut.registered.size).toBe(0);
  });

  it('a second launch with --capture opens capture in the running instance', async () => {
    await start();
    expect(fake.app.requestSingleInstanceLock).toHaveBeenCalled();
    fake.app.emit('second-instance', fakeEvent(), ['/opt/scopebook/scopebook', '--capture'], '/');
    expect(captureWindows()).toHaveLength(1);
    expect(fake.windows.filter((w) => !w.destroyed)).toHaveLength(2);
    // Without it, a second launch just brings the main window forward.
    fake.app.emit('second-instance', fakeEvent(), ['/opt/scopebook/scopebook'], '/');
    expect(main().show).toHaveBeenCalled();
    expect(fake.windows).toHaveLength(2);
  });

  it('a first launch with --capture opens only the capture window', async () => {
    await start(['--capture']);
    expect(fake.windows).toHaveLength(1);
    expect(captureWindows()).toHaveLength(1);
  });
});

describe('tray, login item and quitting', () => {
  type Item = { label?: string; type?: string; click?: () => void };

  it('shows a tray icon with Quick capture, Open Scopebook and Quit when turned on', async () => {
    await start();
    expect(fake.trays).toHaveLength(0);
    await settings({ tray: true });
    const tray = fake.trays[0]!;
    const menu = tray.contextMenu!.template as Item[];
    expect(menu.filter((i) => i.label).map((i) => i.label)).toEqual(['Quick capture', 'Open Scopebook', 'Quit Scopebook']);
    menu.find((i) => i.label === 'Quick capture')!.click!();
    expect(captureWindows()).toHaveLength(1);
    await settings({ tray: false });
    expect(tray.destroyed).toBe(true);
  });

  it('on Windows and Linux quits with the last window unless the tray is on', async () => {
    await start();
    await settings({ tray: true });
    main().destroy();
    expect(fake.app.quit).not.toHaveBeenCalled();
    fake.trays[0]!.contextMenu!.template.map((i) => i as Item).find((i) => i.label === 'Open Scopebook')!.click!();
    const reopened = fake.windows.filter((w) => !w.destroyed);
    expect(reopened).toHaveLength(1);
    await fake.ipcMain.invoke('settings:update', from(reopened[0]!.webContents), { tray: false });
    reopened[0]!.destroy();
    expect(fake.app.quit).toHaveBeenCalled();
  });

  it('on macOS and Windows launches at login through Electron’s login item, only when the setting is on', async () => {
    for (const platform of ['darwin', 'win32'] as const) {
      vi.resetModules();
      fake = createFakeElectron({ platform });
      vi.doMock('electron', () => fake);
      const real = Object.getOwnPropertyDescriptor(process, 'platform')!;
      Object.defineProperty(process, 'platform', { value: platform });
      try {
        await start();
        expect(fake.app.setLoginItemSettings).not.toHaveBeenCalled();
        await settings({ launchAtLogin: true });
        expect(fake.app.getLoginItemSettings().openAtLogin).toBe(true);
        await settings({ launchAtLogin: false });
        expect(fake.app.getLoginItemSettings().openAtLogin).toBe(false);
        expect(fake.app.setLoginItemSettings.mock.calls).toEqual([[{ openAtLogin: true }], [{ openAtLogin: false }]]);
        if (platform === 'darwin') expect(fake.app.dock!.setMenu).toHaveBeenCalledTimes(1);
        else expect(fake.app.dock).toBeUndefined();
      } finally {
        Object.defineProperty(process, 'platform', real);
        for (const w of fake.windows) w.destroy();
        fake.app.emit('will-quit', fakeEvent());
      }
    }
  });

  it('on Linux (where Electron’s login item does nothing) writes and removes an XDG autostart entry', async () => {
    const config = join(dir, 'config');
    const entry = join(config, 'autostart', 'scopebook.desktop');
    fake = createFakeElectron({ platform: 'linux' });
    vi.doMock('electron', () => fake);
    await start([], { XDG_CONFIG_HOME: config });
    expect(existsSync(entry)).toBe(false);
    await settings({ launchAtLogin: true });
    const text = readFileSync(entry, 'utf8');
    expect(text).toMatch(/^\[Desktop Entry\]\nType=Application\nName=Scopebook\n/);
    // A development run starts Electron on the app folder, on the same journal.
    expect(execArgv(/^Exec=(.*)$/m.exec(text)![1]!)).toEqual([process.execPath, process.cwd(), '--data-dir', dataDir]);
    expect(readdirSync(join(config, 'autostart'))).toEqual(['scopebook.desktop']); // no temp file beside it
    await settings({ launchAtLogin: false });
    expect(existsSync(entry)).toBe(false);
    expect(fake.app.getLoginItemSettings().openAtLogin).toBe(false);
  });

  it('gives the macOS dock the capture and open actions', async () => {
    fake.app.dock = { setMenu: vi.fn() };
    await start();
    const menu = fake.app.dock.setMenu.mock.calls[0]![0] as { template: Item[] };
    expect(menu.template.map((i) => i.label)).toEqual(['Quick capture', 'Open Scopebook']);
  });
});

/** An Exec value read back as the Desktop Entry Specification says (quotes, backslash escapes, %%). */
function execArgv(exec: string): string[] {
  const args: string[] = [];
  let current: string | null = null;
  let quoted = false;
  for (let i = 0; i < exec.length; i++) {
    const c = exec[i]!;
    if (quoted && c === '\\') current += exec[++i]!;
    else if (c === '"') {
      quoted = !quoted;
      current ??= '';
    } else if (c === ' ' && !quoted) {
      if (current !== null) args.push(current);
      current = null;
    } else current = (current ?? '') + c;
  }
  if (current !== null) args.push(current);
  return args.map((a) => a.replace(/%%/g, '%'));
}

describe('the autostart entry’s command line', () => {
  it('survives spaces, quotes, dollars, backslashes and percent signs in paths', async () => {
    const { autostartEntry } = await import('./login-item');
    const command = ['/home/ana/Apps/Scopebook 1.0.AppImage', '--data-dir', '/home/ana/My "work" $HOME \\ 100%'];
    expect(execArgv(/^Exec=(.*)$/m.exec(autostartEntry(command))![1]!)).toEqual(command);
  });

  it('starts an AppImage by its file, not by the mount it runs from', async () => {
    const { launchCommand } = await import('./login-item');
    expect(launchCommand('/tmp/.mount_ScopeXYZ/scopebook', { APPIMAGE: '/home/ana/Scopebook.AppImage' }, true, '/tmp/.mount_ScopeXYZ/resources/app.asar')).toEqual(['/home/ana/Scopebook.AppImage']);
    expect(launchCommand('/opt/Scopebook/scopebook', {}, true, '/opt/Scopebook/resources/app.asar')).toEqual(['/opt/Scopebook/scopebook']);
  });
});

describe('reminders', () => {
  it('notifies on waking after the reminder time on an empty day, and the click opens Today', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 4, 12, 8, 0));
    await start();
    await settings({ reminder: { enabled: true, time: '17:30' } });
    expect(fake.notifications).toHaveLength(0);
    // The laptop sleeps through the afternoon and wakes at 21:00.
    vi.setSystemTime(new Date(2026, 4, 12, 21, 0));
    fake.powerMonitor.emit('resume');
    const reminder = fake.notifications.find((n) => n.options.title === 'Scopebook');
    expect(reminder?.shown).toBe(true);
    reminder!.emit('click');
    expect(main().webContents.sent.at(-1)).toEqual([SHELL_CHANNELS.menu, 'today']);
    // Once a day only.
    fake.powerMonitor.emit('resume');
    expect(fake.notifications.filter((n) => n.options.title === 'Scopebook')).toHaveLength(1);
  });

  it('stays quiet on a day already journaled', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 4, 12, 8, 0));
    await start();
    await settings({ reminder: { enabled: true, time: '09:00' } });
    const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Morning win' }] }] };
    // The journal worker keeps real time (only this thread's Date is faked): the day is given.
    await fake.ipcMain.invoke('entries:create', from(main().webContents), { body, ownershipLevel: 'task', occurredOn: '2026-05-12' });
    vi.setSystemTime(new Date(2026, 4, 12, 10, 0));
    fake.powerMonitor.emit('resume');
    expect(fake.notifications).toHaveLength(0);
  });
});

describe('moving the journal (File › Move Journal…)', () => {
  type Item = { label?: string; click?: () => void; submenu?: Item[] };
  const menuItem = (label: string) =>
    (fake.Menu.state.application!.template as Item[]).flatMap((m) => m.submenu ?? []).find((i) => i.label === label)!;
  const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Worth keeping' }] }] };

  it('copies and verifies it, restarts, and the next start opens the copy', async () => {
    await start();
    await fake.ipcMain.invoke('entries:create', from(main().webContents), { body, ownershipLevel: 'value' });
    const target = join(dir, 'Synced');
    mkdirSync(target);
    fake.dialog.nextOpen = { canceled: false, filePaths: [target] };
    menuItem('Move Journal…').click!();
    await vi.waitFor(() => expect(fake.app.relaunch).toHaveBeenCalled());
    expect(fake.dialog.showErrorBox).not.toHaveBeenCalled();

    for (const w of fake.windows) w.destroy();
    fake.app.emit('will-quit', fakeEvent());
    vi.resetModules();
    fake = createFakeElectron();
    vi.doMock('electron', () => fake);
    await start();
    // Entry written after the move goes to the new folder; the old one is left as it was.
    await fake.ipcMain.invoke('entries:create', from(main().webContents), { body, ownershipLevel: 'task' });
    expect(await fake.ipcMain.invoke('entries:count', from(main().webContents), {})).toEqual({ ok: true, value: { count: 2 } });
    const Database = (await import('better-sqlite3')).default;
    const moved = new Database(join(target, 'scopebook.db'), { readonly: true });
    expect(moved.prepare('SELECT count(*) AS n FROM entries').get()).toEqual({ n: 2 });
    moved.close();
  });

  it('a failed move explains why and keeps the journal in use', async () => {
    await start();
    const taken = join(dir, 'Taken');
    mkdirSync(taken);
    writeFileSync(join(taken, 'scopebook.db'), 'another journal');
    fake.dialog.nextOpen = { canceled: false, filePaths: [taken] };
    menuItem('Move Journal…').click!();
    await vi.waitFor(() => expect(fake.dialog.showErrorBox).toHaveBeenCalled());
    expect(fake.dialog.showErrorBox.mock.calls[0]![1]).toMatch(/already holds a Scopebook journal/);
    expect(fake.app.relaunch).not.toHaveBeenCalled();
    expect(await fake.ipcMain.invoke('entries:create', from(main().webContents), { body, ownershipLevel: 'task' })).toMatchObject({ ok: true });
  });
});
