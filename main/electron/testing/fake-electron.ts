/**
 * A faithful in-memory stand-in for the parts of the `electron` main-process module the shell
 * uses, for Vitest: `vi.mock('electron', () => createFakeElectron())`. It keeps Electron's
 * observable rules that matter here: privileged schemes only before ready, one ipcMain.handle
 * per channel, preventable close/navigate events, and quit = before-quit, close every window
 * (aborted if one refuses), will-quit.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { vi } from 'vitest';

type Listener = (...args: any[]) => unknown; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Node-style events, enough for Electron's emitters. */
export class FakeEmitter {
  private readonly map = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.map.set(event, [...(this.map.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    const wrapped: Listener = (...args) => {
      this.removeListener(event, wrapped);
      return listener(...args);
    };
    (wrapped as { original?: Listener }).original = listener;
    return this.on(event, wrapped);
  }
  removeListener(event: string, listener: Listener): this {
    this.map.set(
      event,
      (this.map.get(event) ?? []).filter((l) => l !== listener && (l as { original?: Listener }).original !== listener),
    );
    return this;
  }
  off(event: string, listener: Listener): this {
    return this.removeListener(event, listener);
  }
  emit(event: string, ...args: unknown[]): boolean {
    const ls = [...(this.map.get(event) ?? [])];
    for (const l of ls) l(...args);
    return ls.length > 0;
  }
  listenerCount(event: string): number {
    return this.map.get(event)?.length ?? 0;
  }
  eventNames(): string[] {
    return [...this.map.keys()].filter((k) => this.listenerCount(k) > 0);
  }
}

/** A preventable Electron event. */
export interface FakeEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
  [key: string]: unknown;
}

export function fakeEvent(extra: Record<string, unknown> = {}): FakeEvent {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
    ...extra,
  };
}

export interface FakeFrame {
  url: string;
  parent: FakeFrame | null;
}

let nextId = 1;

export class FakeWebContents extends FakeEmitter {
  readonly id = nextId++;
  readonly sent: unknown[][] = [];
  readonly mainFrame: FakeFrame = { url: '', parent: null };
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  destroyed = false;
  crashed = false;
  /** Test control: makes the next printToPDF fail with this error. */
  printError: Error | null = null;
  /** Like Electron: the page printed with its print stylesheet, as PDF bytes. */
  printToPDF = vi.fn(async (_options: Record<string, unknown> = {}): Promise<Buffer> => {
    if (this.destroyed) throw new Error('Object has been destroyed');
    const error = this.printError;
    this.printError = null;
    if (error) throw error;
    return Buffer.from(`%PDF-1.7\n% printed ${this.mainFrame.url}\n%%EOF\n`);
  });
  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    this.sent.push([channel, ...args]);
    this.emit('fake:sent', channel, ...args);
  }
  /** The session this page belongs to (set by the fake BrowserWindow). */
  session: { permissionRequestHandler: Listener | null; permissionCheckHandler: Listener | null; emit(event: string, ...args: unknown[]): boolean } | null = null;
  /** Like the renderer's `location.reload()` / `location.href = …`: a renderer-initiated navigation. */
  navigateFromPage(url: string = this.mainFrame.url): FakeEvent {
    const event = fakeEvent({ url, isMainFrame: true, isSameDocument: false, initiator: this.mainFrame });
    this.emit('will-navigate', event);
    if (!event.defaultPrevented) {
      this.mainFrame.url = url;
      queueMicrotask(() => {
        if (!this.destroyed) this.emit('did-finish-load');
      });
    }
    return event;
  }
  /** Like a page API (navigator.clipboard.write, Notification.requestPermission, …) asking for a permission. */
  requestPermission(permission: string, frame: FakeFrame = this.mainFrame): Promise<boolean> {
    const handler = this.session?.permissionRequestHandler;
    if (!handler) return Promise.resolve(true); // Electron's default grants everything.
    return new Promise((resolve) => handler(this, permission, resolve, { requestingUrl: frame.url, isMainFrame: frame.parent === null }));
  }
  /** Like Chromium checking a permission synchronously for `frame`. */
  checkPermission(permission: string, frame: FakeFrame = this.mainFrame): boolean {
    const handler = this.session?.permissionCheckHandler;
    if (!handler) return true;
    const origin = /^[a-z]+:\/\/[^/]+/i.exec(frame.url)?.[0] ?? '';
    return Boolean(handler(this, permission, origin, { requestingUrl: frame.url, isMainFrame: frame.parent === null, securityOrigin: origin }));
  }
  /** Like `<a download>` or a navigation to a file: the session's will-download. Whether it was let through. */
  startDownload(url: string, filename: string): boolean {
    const item = { getURL: () => url, getFilename: () => filename, cancel: vi.fn(), setSavePath: vi.fn() };
    const event = fakeEvent();
    this.session?.emit('will-download', event, item, this);
    return !event.defaultPrevented;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isCrashed(): boolean {
    return this.crashed;
  }
}

export function createFakeElectron() {
  let ready = false;
  let resolveReady!: () => void;
  const readyPromise = new Promise<void>((r) => (resolveReady = r));
  const windows: FakeBrowserWindow[] = [];
  const live = () => windows.filter((w) => !w.destroyed);

  const app = Object.assign(new FakeEmitter(), {
    isPackaged: false,
    singleInstanceAvailable: true,
    paths: ((root) => new Map<string, string>([['appData', root], ['userData', join(root, 'Scopebook')]]))(mkdtempSync(join(tmpdir(), 'scopebook-fake-electron-'))),
    appUserModelId: null as string | null,
    setAppUserModelId: vi.fn((id: string) => void (app.appUserModelId = id)),
    getPath(name: string): string {
      const p = app.paths.get(name);
      if (!p) throw new Error(`Failed to get '${name}' path`);
      return p;
    },
    setPath: vi.fn((name: string, value: string) => void app.paths.set(name, value)),
    loginItem: { openAtLogin: false },
    getLoginItemSettings: () => ({ ...app.loginItem }),
    setLoginItemSettings: vi.fn((settings: { openAtLogin?: boolean }) => {
      if (settings.openAtLogin !== undefined) app.loginItem.openAtLogin = settings.openAtLogin;
    }),
    /** Only on macOS; tests set it to simulate the dock. */
    dock: undefined as undefined | { setMenu: ReturnType<typeof vi.fn> },
    getAppPath: () => process.cwd(),
    requestSingleInstanceLock: vi.fn(() => app.singleInstanceAvailable),
    protocolClients: new Set<string>(),
    setAsDefaultProtocolClient: vi.fn((scheme: string) => {
      app.protocolClients.add(scheme);
      return true;
    }),
    isDefaultProtocolClient: (scheme: string) => app.protocolClients.has(scheme),
    enableSandbox: vi.fn(() => {
      if (ready) throw new Error('app.enableSandbox() can only be called before app is ready');
    }),
    whenReady: () => readyPromise,
    isReady: () => ready,
    exit: vi.fn(),
    relaunch: vi.fn(),
    quit: vi.fn(() => {
      const before = fakeEvent();
      app.emit('before-quit', before);
      if (before.defaultPrevented) return;
      for (const w of live()) w.close();
      if (live().length > 0) return; // A window refused to close: quitting is cancelled.
      const willQuit = fakeEvent();
      app.emit('will-quit', willQuit);
      if (!willQuit.defaultPrevented) app.emit('quit');
    }),
  });

  class FakeBrowserWindow extends FakeEmitter {
    readonly options: Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    readonly webContents = new FakeWebContents();
    loadedURL: string | null = null;
    destroyed = false;
    maximized = false;
    minimized = false;
    shown = false;
    focused = false;
    bounds: { x: number; y: number; width: number; height: number };
    constructor(options: Record<string, any> = {}) { // eslint-disable-line @typescript-eslint/no-explicit-any
      super();
      this.options = options;
      this.bounds = { x: options.x ?? 10, y: options.y ?? 10, width: options.width ?? 800, height: options.height ?? 600 };
      windows.push(this);
      this.webContents.session = defaultSession;
      app.emit('web-contents-created', fakeEvent(), this.webContents);
    }
    /** Test control: the next loadURL rejects like Electron does when the load is aborted. */
    loadError: Error | null = null;
    loadURL(url: string): Promise<void> {
      this.loadedURL = url;
      this.webContents.mainFrame.url = url;
      const error = this.loadError;
      this.loadError = null;
      if (error) return Promise.reject(error);
      queueMicrotask(() => {
        if (!this.destroyed) this.webContents.emit('did-finish-load');
      });
      return Promise.resolve();
    }
    close(): void {
      if (this.destroyed) return;
      const event = fakeEvent();
      this.emit('close', event);
      if (event.defaultPrevented) return;
      this.destroy();
    }
    destroy(): void {
      if (this.destroyed) return;
      this.destroyed = true;
      this.webContents.destroyed = true;
      this.webContents.emit('destroyed');
      this.emit('closed');
      if (live().length === 0) app.emit('window-all-closed');
    }
    isDestroyed = () => this.destroyed;
    isMaximized = () => this.maximized;
    isMinimized = () => this.minimized;
    maximize = () => void (this.maximized = true);
    restore = vi.fn(() => void (this.minimized = false));
    show = vi.fn(() => void (this.shown = true));
    focus = vi.fn(() => void (this.focused = true));
    getNormalBounds = () => ({ ...this.bounds });
    static getAllWindows = () => live();
    static fromWebContents = (contents: unknown) => live().find((w) => w.webContents === contents) ?? null;
  }

  const handlers = new Map<string, Listener>();
  const ipcMain = Object.assign(new FakeEmitter(), {
    handle: vi.fn((channel: string, handler: Listener) => {
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, handler);
    }),
    removeHandler: vi.fn((channel: string) => void handlers.delete(channel)),
    handlers,
    /** What ipcRenderer.invoke would get back. */
    async invoke(channel: string, event: unknown, input: unknown): Promise<unknown> {
      const handler = handlers.get(channel);
      if (!handler) throw new Error(`No handler registered for '${channel}'`);
      return handler(event, input);
    },
  });

  const schemes: { scheme: string; privileges: Record<string, boolean> }[] = [];
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response> | Response>();
  const protocol = {
    registerSchemesAsPrivileged: vi.fn((list: typeof schemes) => {
      if (ready) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
      schemes.push(...list);
    }),
    handle: vi.fn((scheme: string, handler: (request: Request) => Promise<Response> | Response) => {
      protocolHandlers.set(scheme, handler);
    }),
    schemes,
    handlers: protocolHandlers,
  };

  const defaultSession = Object.assign(new FakeEmitter(), {
    permissionRequestHandler: null as Listener | null,
    permissionCheckHandler: null as Listener | null,
    devicePermissionHandler: null as Listener | null,
    setPermissionRequestHandler(h: Listener) {
      defaultSession.permissionRequestHandler = h;
    },
    setPermissionCheckHandler(h: Listener) {
      defaultSession.permissionCheckHandler = h;
    },
    setDevicePermissionHandler(h: Listener) {
      defaultSession.devicePermissionHandler = h;
    },
  });

  const menuState = { application: null as { template: unknown[] } | null };
  const dialog = {
    showErrorBox: vi.fn(),
    /** Test control: what the next folder picker answers. */
    nextOpen: { canceled: true, filePaths: [] as string[] },
    showOpenDialog: vi.fn((): Promise<{ canceled: boolean; filePaths: string[] }> => Promise.resolve(dialog.nextOpen)),
    /** Test control: which button the next message box answers. */
    nextMessageBox: 0,
    showMessageBox: vi.fn((..._args: unknown[]) => Promise.resolve({ response: dialog.nextMessageBox, checkboxChecked: false })),
    /** Test control: what the next save dialog answers. */
    nextSave: { canceled: true, filePath: '' } as { canceled: boolean; filePath: string },
    showSaveDialog: vi.fn((..._args: unknown[]): Promise<{ canceled: boolean; filePath: string }> => Promise.resolve(dialog.nextSave)),
  };
  const Menu = {
    buildFromTemplate: (template: unknown[]) => ({ template }),
    setApplicationMenu: vi.fn((menu: { template: unknown[] } | null) => void (menuState.application = menu)),
    state: menuState,
  };

  // Global shortcuts: like the OS, refuses keys another app holds (test control: `takenByOthers`)
  // and throws on an accelerator Electron cannot parse.
  const shortcuts = new Map<string, Listener>();
  const globalShortcut = {
    takenByOthers: new Set<string>(),
    registered: shortcuts,
    register: vi.fn((accelerator: string, callback: Listener) => {
      if (!/^[\w+!@#$%^&*()\-=[\]{};:'",.<>/?`~|\\]+$/.test(accelerator) || accelerator.split('+').some((p) => p === '' && accelerator !== '+')) {
        throw new TypeError(`Error processing argument at index 0, conversion failure from ${accelerator}`);
      }
      if (globalShortcut.takenByOthers.has(accelerator) || shortcuts.has(accelerator)) return false;
      shortcuts.set(accelerator, callback);
      return true;
    }),
    unregister: vi.fn((accelerator: string) => void shortcuts.delete(accelerator)),
    unregisterAll: vi.fn(() => shortcuts.clear()),
    isRegistered: (accelerator: string) => shortcuts.has(accelerator),
    /** Test control: the user presses the keys. */
    press(accelerator: string): void {
      shortcuts.get(accelerator)?.();
    },
  };

  const trays: FakeTray[] = [];
  class FakeTray extends FakeEmitter {
    contextMenu: { template: unknown[] } | null = null;
    tooltip = '';
    destroyed = false;
    constructor(readonly image: unknown) {
      super();
      trays.push(this);
    }
    setContextMenu(menu: { template: unknown[] } | null): void {
      this.contextMenu = menu;
    }
    setToolTip(tooltip: string): void {
      this.tooltip = tooltip;
    }
    destroy(): void {
      this.destroyed = true;
    }
    isDestroyed(): boolean {
      return this.destroyed;
    }
  }

  const notifications: FakeNotification[] = [];
  class FakeNotification extends FakeEmitter {
    shown = false;
    constructor(readonly options: { title: string; body?: string }) {
      super();
      notifications.push(this);
    }
    show(): void {
      this.shown = true;
    }
    close(): void {
      this.emit('close', fakeEvent());
    }
    static isSupported = () => true;
  }

  const powerMonitor = new FakeEmitter();
  const nativeImage = {
    createFromDataURL: (url: string) => ({ dataURL: url, isEmpty: () => !url.startsWith('data:image/png;base64,'), setTemplateImage: vi.fn() }),
  };

  return {
    app,
    BrowserWindow: FakeBrowserWindow,
    globalShortcut,
    Tray: FakeTray,
    trays,
    Notification: FakeNotification,
    notifications,
    powerMonitor,
    nativeImage,
    ipcMain,
    protocol,
    session: { defaultSession },
    Menu,
    dialog,
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
    screen: {
      getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
      getCursorScreenPoint: () => ({ x: 100, y: 100 }),
      getDisplayNearestPoint: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
    },
    /** Test control: Electron finished starting. */
    async ready(): Promise<void> {
      ready = true;
      app.emit('ready');
      resolveReady();
      await readyPromise;
      await new Promise((r) => setTimeout(r, 0));
    },
    windows,
  };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
