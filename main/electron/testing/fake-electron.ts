/**
 * A faithful in-memory stand-in for the parts of the `electron` main-process module the shell
 * uses, for Vitest: `vi.mock('electron', () => createFakeElectron())`. It keeps Electron's
 * observable rules that matter here: privileged schemes only before ready, one ipcMain.handle
 * per channel, preventable close/navigate events, and quit = before-quit, close every window
 * (aborted if one refuses), will-quit.
 *
 * A fake is only as good as what it is checked against, so:
 * - every faked object is type-checked against Electron's own declarations
 *   (node_modules/electron/electron.d.ts): each member it fakes must exist there with the same
 *   parameters and a compatible result (`FakeOf`, `satisfies` at the end of this file);
 * - everything crossing IPC is structured-cloned, as Electron does: a function or a class
 *   instance sent to or from the page fails or arrives as a plain object;
 * - it emits what the renderer starts: `will-navigate` for a reload or link, `will-download`,
 *   `context-menu`, permission requests and checks from page APIs, and Chromium's spellchecker
 *   fetching its Hunspell dictionaries when the first page loads;
 * - it models platform differences: login items exist on macOS and Windows only,
 *   `Notification.isSupported()` can be false, the dock exists on macOS only.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Electron from 'electron';
import { vi } from 'vitest';

/** Electron objects a fake returns its own stand-in for (checked separately, by their own fake). */
type ElectronObject =
  | Electron.BaseWindow
  | Electron.BrowserWindow
  | Electron.WebContents
  | Electron.WebFrameMain
  | Electron.Session
  | Electron.NativeImage
  | Electron.Menu
  | Electron.MenuItem
  | Electron.Tray
  | Electron.Notification
  | Electron.Display
  | Electron.Dock;
type Loose<R> = R extends ElectronObject
  ? object
  : R extends Promise<infer P>
    ? Promise<Loose<P>>
    : R extends readonly (infer E)[]
      ? readonly Loose<E>[]
      : R;
/**
 * What a fake of `T` may contain: any of T's members (never one Electron does not have), each
 * accepting the arguments Electron's accepts and answering what Electron's answers (another
 * Electron object may be answered by its fake). Node's EventEmitter methods come from FakeEmitter.
 */
export type FakeOf<T> = {
  [K in Exclude<keyof T, keyof NodeJS.EventEmitter>]?: T[K] extends (...args: infer A) => infer R ? (...args: A) => Loose<R> : Loose<T[K]>;
};
/** Clones like Electron's IPC (the structured clone algorithm): functions and symbols fail. */
export function ipcClone<T>(value: T): T {
  try {
    return structuredClone(value);
  } catch (err) {
    throw new Error(`An object could not be cloned. (${(err as Error).message})`, { cause: err });
  }
}

/** What a test chooses about the machine the fake runs on. */
export interface FakeMachine {
  /** Defaults to process.platform, read at each call (tests may redefine it). */
  platform?: NodeJS.Platform;
  /** Whether the desktop has a notification server (Linux without one answers false). */
  notificationsSupported?: boolean;
  /**
   * A Linux Wayland session: global shortcuts work only through the desktop's GlobalShortcuts
   * portal, which Chromium uses only with `--enable-features=GlobalShortcutsPortal` (the last
   * --enable-features switch wins); without it every registration fails.
   */
  wayland?: { portal: boolean };
}

/** Where Chromium fetches Hunspell dictionaries unless told otherwise (a Google CDN). */
export const CHROMIUM_DICTIONARY_CDN = 'https://redirector.gvt1.com/edgedl/chrome/dict/';
/**
 * Chromium's file name of a language's Hunspell dictionary in userData/Dictionaries (as in
 * Electron's hunspell_dictionaries.zip); its download URL asks for the name in lower case.
 */
export function bdicFileName(language: string): string {
  const versions: Record<string, string> = { 'en-US': '10-1', 'en-GB': '10-1', 'en-CA': '10-1', 'en-AU': '10-1' };
  return `${language}-${versions[language] ?? '3-0'}.bdic`;
}

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

type MenuTemplate = (Electron.MenuItemConstructorOptions | Electron.MenuItem)[];

/** A menu as Menu.buildFromTemplate builds it; `popup` records where it was shown. */
export class FakeMenu {
  shownIn: unknown = null;
  constructor(readonly template: MenuTemplate) {}
  popup(options: Electron.PopupOptions = {}): void {
    this.shownIn = options.window ?? 'focused window';
  }
  /** Test control: the item with this label (searching submenus), or undefined. */
  item(label: string): Electron.MenuItemConstructorOptions | undefined {
    const find = (items: MenuTemplate): Electron.MenuItemConstructorOptions | undefined => {
      for (const i of items) {
        if (i.label === label) return i as Electron.MenuItemConstructorOptions;
        const sub = Array.isArray(i.submenu) ? find(i.submenu) : undefined;
        if (sub) return sub;
      }
      return undefined;
    };
    return find(this.template);
  }
}
FakeMenu satisfies new (template: MenuTemplate) => FakeOf<Electron.Menu>;

/** The context-menu parameters Chromium sends for a right-click on plain page text. */
export function contextMenuParams(params: Partial<Electron.ContextMenuParams> = {}): Electron.ContextMenuParams {
  return {
    x: 40,
    y: 60,
    frame: null,
    linkURL: '',
    linkText: '',
    pageURL: 'app://scopebook/index.html',
    frameURL: 'app://scopebook/index.html',
    srcURL: '',
    mediaType: 'none',
    hasImageContents: false,
    isEditable: false,
    selectionText: '',
    titleText: '',
    altText: '',
    suggestedFilename: '',
    selectionRect: { x: 0, y: 0, width: 0, height: 0 },
    selectionStartOffset: 0,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin', url: '' },
    misspelledWord: '',
    dictionarySuggestions: [],
    frameCharset: 'UTF-8',
    formControlType: 'none',
    spellcheckEnabled: false,
    menuSourceType: 'mouse',
    mediaFlags: { inError: false, isPaused: false, isMuted: false, hasAudio: false, isLooping: false, isControlsVisible: false, canToggleControls: false, canPrint: false, canSave: false, canShowPictureInPicture: false, isShowingPictureInPicture: false, canRotate: false, canLoop: false },
    editFlags: { canUndo: false, canRedo: false, canCut: false, canCopy: false, canPaste: false, canDelete: false, canSelectAll: true, canEditRichly: false },
    ...params,
  } as Electron.ContextMenuParams;
}

let nextId = 1;

/** A session no handler was set on, for a FakeWebContents made outside a window. */
function detachedSession(): FakeSessionLike {
  return Object.assign(new FakeEmitter(), { permissionRequestHandler: null, permissionCheckHandler: null, pageLoaded: () => undefined });
}

type FakeSessionLike = FakeEmitter & {
  permissionRequestHandler: Listener | null;
  permissionCheckHandler: Listener | null;
  pageLoaded(contents: FakeWebContents): void;
};

export class FakeWebContents extends FakeEmitter implements FakeOf<Electron.WebContents> {
  readonly id = nextId++;
  readonly sent: unknown[][] = [];
  readonly mainFrame: FakeFrame = { url: '', parent: null };
  windowOpenHandler: ((details: Electron.HandlerDetails) => Electron.WindowOpenHandlerResponse) | null = null;
  destroyed = false;
  crashed = false;
  /** Editing commands run on the page (cut, copy, replaceMisspelling …), in order. */
  readonly edits: string[] = [];
  /** Test control: makes the next printToPDF fail with this error. */
  printError: Error | null = null;
  /** Like Electron: the page printed with its print stylesheet, as PDF bytes. */
  printToPDF = vi.fn(async (_options: Electron.PrintToPDFOptions = {}): Promise<Buffer> => {
    if (this.destroyed) throw new Error('Object has been destroyed');
    const error = this.printError;
    this.printError = null;
    if (error) throw error;
    return Buffer.from(`%PDF-1.7\n% printed ${this.mainFrame.url}\n%%EOF\n`);
  });
  /** Like Electron: the arguments are structured-cloned on the way to the page. */
  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed');
    const cloned = args.map((a) => ipcClone(a));
    this.sent.push([channel, ...cloned]);
    this.emit('fake:sent', channel, ...cloned);
  }
  /** The session this page belongs to (the fake BrowserWindow gives its window the default session). */
  session: FakeSessionLike = detachedSession();
  /** Like Chromium once the page has loaded: did-finish-load, and the session's spellchecker starts. */
  finishLoad(): void {
    if (this.destroyed) return;
    this.emit('did-finish-load');
    this.session?.pageLoaded(this);
  }
  /** Like the renderer's `location.reload()` / `location.href = …`: a renderer-initiated navigation. */
  navigateFromPage(url: string = this.mainFrame.url): FakeEvent {
    const event = fakeEvent({ url, isMainFrame: true, isSameDocument: false, initiator: this.mainFrame });
    this.emit('will-navigate', event);
    if (!event.defaultPrevented) {
      this.mainFrame.url = url;
      queueMicrotask(() => this.finishLoad());
    }
    return event;
  }
  reload(): void {
    this.navigateFromPage();
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
  /** Like a right-click (or the menu key) in the page: Chromium's `context-menu` with its parameters. */
  rightClick(params: Partial<Electron.ContextMenuParams> = {}): Electron.ContextMenuParams {
    const full = contextMenuParams({ pageURL: this.mainFrame.url, frameURL: this.mainFrame.url, ...params });
    this.emit('context-menu', fakeEvent(), full);
    return full;
  }
  replaceMisspelling(text: string): void {
    this.edits.push(`replaceMisspelling:${text}`);
  }
  cut(): void {
    this.edits.push('cut');
  }
  copy(): void {
    this.edits.push('copy');
  }
  paste(): void {
    this.edits.push('paste');
  }
  selectAll(): void {
    this.edits.push('selectAll');
  }
  /** Like `window.open(url)` or a target=_blank link in the page: what the window-open handler decides. */
  openWindowFromPage(url: string): Electron.WindowOpenHandlerResponse {
    const details: Electron.HandlerDetails = { url, frameName: '', features: '', disposition: 'foreground-tab', referrer: { url: this.mainFrame.url, policy: 'strict-origin-when-cross-origin' } };
    return this.windowOpenHandler ? this.windowOpenHandler(details) : { action: 'allow' };
  }
  setWindowOpenHandler(handler: (details: Electron.HandlerDetails) => Electron.WindowOpenHandlerResponse): void {
    this.windowOpenHandler = handler;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isCrashed(): boolean {
    return this.crashed;
  }
}

/** The login item Electron reports where login items do not exist (Linux): never enabled. */
const NO_LOGIN_ITEM: Electron.LoginItemSettings = { openAtLogin: false, wasOpenedAtLogin: false, status: 'not-registered', executableWillLaunchAtLogin: false, launchItems: [] };

export function createFakeElectron(machine: FakeMachine = {}) {
  let ready = false;
  let resolveReady!: () => void;
  const readyPromise = new Promise<void>((r) => (resolveReady = r));
  const windows: FakeBrowserWindow[] = [];
  const live = () => windows.filter((w) => !w.destroyed);
  const platform = (): NodeJS.Platform => machine.platform ?? process.platform;
  const loginItemsExist = () => platform() === 'darwin' || platform() === 'win32';

  const switches = new Map<string, string>();
  const commandLine = Object.assign({ switches }, {
    appendSwitch: vi.fn((name: string, value?: string) => {
      if (ready) throw new Error('app.commandLine.appendSwitch has no effect once the app is ready'); // Chromium reads switches at startup.
      switches.set(name, value ?? '');
    }),
    appendArgument: vi.fn(),
    hasSwitch: (name: string) => switches.has(name),
    getSwitchValue: (name: string) => switches.get(name) ?? '',
    removeSwitch: (name: string) => void switches.delete(name),
  });
  commandLine satisfies FakeOf<Electron.CommandLine>;

  const app = Object.assign(new FakeEmitter(), {
    isPackaged: false,
    singleInstanceAvailable: true,
    commandLine,
    paths: ((root) => new Map<string, string>([['appData', root], ['userData', join(root, 'Scopebook')]]))(mkdtempSync(join(tmpdir(), 'scopebook-fake-electron-'))),
    appUserModelId: null as string | null,
    setAppUserModelId: vi.fn((id: string) => void (app.appUserModelId = id)),
    getPath(name: Parameters<Electron.App['getPath']>[0]): string {
      const p = app.paths.get(name);
      if (!p) throw new Error(`Failed to get '${name}' path`);
      return p;
    },
    setPath: vi.fn((name: string, value: string) => void app.paths.set(name, value)),
    getLocale: () => 'en-US',
    loginItem: { openAtLogin: false },
    /** Like Electron: macOS and Windows only; elsewhere it reports no login item. */
    getLoginItemSettings: (_options?: Electron.LoginItemSettingsOptions): Electron.LoginItemSettings =>
      loginItemsExist() ? { ...NO_LOGIN_ITEM, openAtLogin: app.loginItem.openAtLogin, status: app.loginItem.openAtLogin ? 'enabled' : 'not-registered' } : { ...NO_LOGIN_ITEM },
    /** Like Electron: a no-op where login items do not exist (Linux). */
    setLoginItemSettings: vi.fn((settings: Electron.Settings) => {
      if (loginItemsExist() && settings.openAtLogin !== undefined) app.loginItem.openAtLogin = settings.openAtLogin;
    }),
    /** Only on macOS (a FakeMachine with platform 'darwin'); tests may also set it. */
    dock: (machine.platform === 'darwin' ? { setMenu: vi.fn() } : undefined) as undefined | { setMenu: ReturnType<typeof vi.fn> },
    getAppPath: () => process.cwd(),
    requestSingleInstanceLock: vi.fn((_data?: Record<string, unknown>) => app.singleInstanceAvailable),
    protocolClients: new Set<string>(),
    setAsDefaultProtocolClient: vi.fn((scheme: string, _path?: string, _args?: string[]) => {
      app.protocolClients.add(scheme);
      return true;
    }),
    isDefaultProtocolClient: (scheme: string, _path?: string, _args?: string[]) => app.protocolClients.has(scheme),
    enableSandbox: vi.fn(() => {
      if (ready) throw new Error('app.enableSandbox() can only be called before app is ready');
    }),
    whenReady: () => readyPromise,
    isReady: () => ready,
    exit: vi.fn((_code?: number) => undefined),
    relaunch: vi.fn((_options?: Electron.RelaunchOptions) => undefined),
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
  app satisfies FakeOf<Electron.App>;

  class FakeBrowserWindow extends FakeEmitter implements FakeOf<Electron.BrowserWindow> {
    readonly options: Electron.BrowserWindowConstructorOptions & { webPreferences?: Electron.WebPreferences };
    readonly webContents = new FakeWebContents();
    loadedURL: string | null = null;
    destroyed = false;
    maximized = false;
    minimized = false;
    shown = false;
    focused = false;
    bounds: Electron.Rectangle;
    constructor(options: Electron.BrowserWindowConstructorOptions = {}) {
      super();
      this.options = options;
      this.bounds = { x: options.x ?? 10, y: options.y ?? 10, width: options.width ?? 800, height: options.height ?? 600 };
      windows.push(this);
      this.webContents.session = defaultSession;
      app.emit('web-contents-created', fakeEvent(), this.webContents);
    }
    /** Test control: the next loadURL rejects like Electron does when the load is aborted. */
    loadError: Error | null = null;
    loadURL(url: string, _options?: Electron.LoadURLOptions): Promise<void> {
      this.loadedURL = url;
      this.webContents.mainFrame.url = url;
      const error = this.loadError;
      this.loadError = null;
      if (error) return Promise.reject(error);
      queueMicrotask(() => this.webContents.finishLoad());
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
  FakeBrowserWindow satisfies FakeOf<Pick<typeof Electron.BrowserWindow, 'getAllWindows' | 'fromWebContents'>>;

  const handlers = new Map<string, Listener>();
  const ipcMain = Object.assign(new FakeEmitter(), {
    handle: vi.fn((channel: string, handler: Listener) => {
      if (handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      handlers.set(channel, handler);
    }),
    removeHandler: vi.fn((channel: string) => void handlers.delete(channel)),
    handlers,
    /**
     * What the page's ipcRenderer.invoke gets back: the input and the answer are
     * structured-cloned like Electron's IPC, and a handler's throw becomes a rejection
     * carrying only its message.
     */
    async invoke(channel: string, event: unknown, input?: unknown): Promise<unknown> {
      const handler = handlers.get(channel);
      if (!handler) throw new Error(`No handler registered for '${channel}'`);
      const arg = ipcClone(input);
      let answer: unknown;
      try {
        answer = await handler(event, arg);
      } catch (err) {
        throw new Error(`Error invoking remote method '${channel}': ${String(err)}`, { cause: err });
      }
      return ipcClone(answer);
    },
    /** What the page's ipcRenderer.send does: ipcMain's listeners get a cloned copy. */
    sendFromPage(channel: string, event: unknown, ...args: unknown[]): void {
      ipcMain.emit(channel, event, ...args.map((a) => ipcClone(a)));
    },
  });
  ipcMain satisfies FakeOf<Electron.IpcMain>;

  const schemes: Electron.CustomScheme[] = [];
  const protocolHandlers = new Map<string, (request: Request) => Promise<Response> | Response>();
  const protocol = {
    registerSchemesAsPrivileged: vi.fn((list: Electron.CustomScheme[]) => {
      if (ready) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready');
      schemes.push(...list);
    }),
    handle: vi.fn((scheme: string, handler: (request: Request) => Promise<Response> | Response) => {
      protocolHandlers.set(scheme, handler);
    }),
    schemes,
    handlers: protocolHandlers,
  };
  protocol satisfies FakeOf<Electron.Protocol>;

  // The session, with Chromium's spellchecker: when the first page loads (spellcheck on or not,
  // electron#22995) it looks for each language's Hunspell dictionary in userData/Dictionaries
  // and fetches the missing ones from the download URL (macOS uses its own spellchecker).
  const words = new Set<string>();
  const defaultSession = Object.assign(new FakeEmitter(), {
    permissionRequestHandler: null as Listener | null,
    permissionCheckHandler: null as Listener | null,
    devicePermissionHandler: null as Listener | null,
    setPermissionRequestHandler(h: Listener | null) {
      defaultSession.permissionRequestHandler = h;
    },
    setPermissionCheckHandler(h: Listener | null) {
      defaultSession.permissionCheckHandler = h;
    },
    setDevicePermissionHandler(h: Listener | null) {
      defaultSession.devicePermissionHandler = h;
    },
    dictionaryDownloadURL: CHROMIUM_DICTIONARY_CDN,
    spellCheckerLanguages: ['en-US'],
    /** Every request the session made to fetch something (URLs), for "nothing leaves the machine". */
    fetched: [] as string[],
    setSpellCheckerDictionaryDownloadURL: vi.fn((url: string) => void (defaultSession.dictionaryDownloadURL = url)),
    getSpellCheckerLanguages: () => [...defaultSession.spellCheckerLanguages],
    setSpellCheckerLanguages: (languages: string[]) => void (defaultSession.spellCheckerLanguages = [...languages]),
    addWordToSpellCheckerDictionary: vi.fn((word: string) => {
      words.add(word);
      return true;
    }),
    listWordsInSpellCheckerDictionary: () => Promise.resolve([...words]),
    spellcheckerStarted: false,
    pageLoaded(_contents: FakeWebContents) {
      if (defaultSession.spellcheckerStarted || platform() === 'darwin') return;
      defaultSession.spellcheckerStarted = true;
      const folder = join(app.getPath('userData'), 'Dictionaries');
      for (const language of defaultSession.spellCheckerLanguages) {
        const file = bdicFileName(language);
        if (existsSync(join(folder, file))) {
          defaultSession.emit('spellcheck-dictionary-initialized', fakeEvent(), language);
          continue;
        }
        const url = `${defaultSession.dictionaryDownloadURL}${file.toLowerCase()}`;
        defaultSession.fetched.push(url);
        defaultSession.emit('spellcheck-dictionary-download-begin', fakeEvent(), language);
        let source: string | null = null;
        try {
          if (url.startsWith('file:')) source = fileURLToPath(url);
        } catch {
          source = null;
        }
        if (source && existsSync(source)) {
          mkdirSync(folder, { recursive: true });
          copyFileSync(source, join(folder, file));
          defaultSession.emit('spellcheck-dictionary-download-success', fakeEvent(), language);
          defaultSession.emit('spellcheck-dictionary-initialized', fakeEvent(), language);
        } else {
          defaultSession.emit('spellcheck-dictionary-download-failure', fakeEvent(), language);
        }
      }
    },
    /** Test control: the dictionaries the session has, in userData/Dictionaries. */
    dictionaries: () => {
      const folder = join(app.getPath('userData'), 'Dictionaries');
      return existsSync(folder) ? readdirSync(folder).sort() : [];
    },
  });
  defaultSession satisfies FakeOf<Electron.Session>;

  const menuState = { application: null as FakeMenu | null, built: [] as FakeMenu[] };
  const dialog = {
    showErrorBox: vi.fn((_title: string, _content: string) => undefined),
    /** Test control: what the next folder picker answers. */
    nextOpen: { canceled: true, filePaths: [] as string[] },
    showOpenDialog: vi.fn((..._args: unknown[]): Promise<Electron.OpenDialogReturnValue> => Promise.resolve(dialog.nextOpen)),
    /** Test control: which button the next message box answers. */
    nextMessageBox: 0,
    showMessageBox: vi.fn((..._args: unknown[]): Promise<Electron.MessageBoxReturnValue> => Promise.resolve({ response: dialog.nextMessageBox, checkboxChecked: false })),
    /** Test control: what the next save dialog answers. */
    nextSave: { canceled: true, filePath: '' } as { canceled: boolean; filePath: string },
    showSaveDialog: vi.fn((..._args: unknown[]): Promise<Electron.SaveDialogReturnValue> => Promise.resolve(dialog.nextSave)),
  };
  dialog satisfies FakeOf<Electron.Dialog>;
  const Menu = {
    buildFromTemplate: (template: MenuTemplate) => {
      const menu = new FakeMenu(template);
      menuState.built.push(menu);
      return menu;
    },
    setApplicationMenu: vi.fn((menu: Electron.Menu | null) => void (menuState.application = menu as FakeMenu | null)),
    state: menuState,
  };
  Menu satisfies FakeOf<Pick<typeof Electron.Menu, 'buildFromTemplate' | 'setApplicationMenu'>>;

  // Global shortcuts: like the OS, refuses keys another app holds (test control: `takenByOthers`)
  // and throws on an accelerator Electron cannot parse.
  const shortcuts = new Map<string, Listener>();
  const globalShortcut = {
    takenByOthers: new Set<string>(),
    registered: shortcuts,
    register: vi.fn((accelerator: string, callback: () => void) => {
      if (!/^[\w+!@#$%^&*()\-=[\]{};:'",.<>/?`~|\\]+$/.test(accelerator) || accelerator.split('+').some((p) => p === '' && accelerator !== '+')) {
        throw new TypeError(`Error processing argument at index 0, conversion failure from ${accelerator}`);
      }
      if (machine.wayland) {
        const features = switches.get('enable-features')?.split(',') ?? [];
        if (!features.includes('GlobalShortcutsPortal') || !machine.wayland.portal) return false;
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
  globalShortcut satisfies FakeOf<Electron.GlobalShortcut>;

  const trays: FakeTray[] = [];
  class FakeTray extends FakeEmitter implements FakeOf<Electron.Tray> {
    contextMenu: FakeMenu | null = null;
    tooltip = '';
    destroyed = false;
    constructor(readonly image: unknown) {
      super();
      trays.push(this);
    }
    setContextMenu(menu: Electron.Menu | null): void {
      this.contextMenu = menu as FakeMenu | null;
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

  // Held weakly, like Electron: a notification nobody keeps a reference to is garbage-collected
  // and its click is lost (electron#16922).
  const notificationRefs: WeakRef<FakeNotification>[] = [];
  class FakeNotification extends FakeEmitter implements FakeOf<Electron.Notification> {
    shown = false;
    constructor(readonly options: Electron.NotificationConstructorOptions = {}) {
      super();
      notificationRefs.push(new WeakRef(this));
    }
    show(): void {
      this.shown = true;
    }
    close(): void {
      this.emit('close', fakeEvent());
    }
    /** Test control: the user clicks it. */
    click(): void {
      this.emit('click', fakeEvent());
    }
    /** Like Electron: false on a Linux desktop without a notification server. */
    static isSupported = () => machine.notificationsSupported ?? true;
  }
  FakeNotification satisfies FakeOf<Pick<typeof Electron.Notification, 'isSupported'>>;

  const powerMonitor = new FakeEmitter();
  const nativeImage = {
    createFromDataURL: (url: string) => ({ dataURL: url, isEmpty: () => !url.startsWith('data:image/png;base64,'), setTemplateImage: vi.fn() }),
    /** Like Electron: an empty image when the file does not exist. */
    createFromPath: (path: string) => ({ path, isEmpty: () => !existsSync(path), setTemplateImage: vi.fn() }),
  };
  nativeImage satisfies FakeOf<typeof Electron.nativeImage>;
  /** Test control: set the task bar's theme. */
  const nativeTheme = { shouldUseDarkColors: false, shouldUseDarkColorsForSystemIntegratedUI: false };
  nativeTheme satisfies FakeOf<Electron.NativeTheme>;
  const shell = { openExternal: vi.fn((_url: string, _options?: Electron.OpenExternalOptions) => Promise.resolve()) };
  shell satisfies FakeOf<Electron.Shell>;
  const screen = {
    getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
    getCursorScreenPoint: () => ({ x: 100, y: 100 }),
    getDisplayNearestPoint: (_point: Electron.Point) => ({ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
  };
  screen satisfies FakeOf<Electron.Screen>;

  return {
    app,
    BrowserWindow: FakeBrowserWindow,
    globalShortcut,
    Tray: FakeTray,
    trays,
    Notification: FakeNotification,
    /** The notifications made and not yet garbage-collected. */
    get notifications(): FakeNotification[] {
      return notificationRefs.map((r) => r.deref()).filter((n): n is FakeNotification => n !== undefined);
    },
    powerMonitor,
    nativeImage,
    nativeTheme,
    ipcMain,
    protocol,
    session: { defaultSession },
    Menu,
    dialog,
    shell,
    screen,
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
