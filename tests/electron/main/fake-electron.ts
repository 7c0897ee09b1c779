/**
 * A stand-in for the parts of Electron's main-process API the app uses (the binary cannot run
 * here). Tests mock 'electron' with it:
 * `vi.mock('electron', async () => (await import('./fake-electron')).electronModule)`.
 * Windows and pages are event emitters that behave like Electron's where the app relies on it:
 * `close()` emits a cancellable 'close' and then 'closed'; a new page emits `web-contents-created`.
 */
import { EventEmitter } from 'node:events';
import type { BrowserWindowConstructorOptions, Rectangle } from 'electron';
import { vi, type Mock } from 'vitest';

export interface FakeEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function fakeEvent<T extends object>(fields: T = {} as T): FakeEvent & T {
  return {
    ...fields,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

type PermissionRequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void) => void;
type RequestListener = (details: { url: string }, callback: (response: { cancel: boolean }) => void) => void;

export class FakeSession {
  permissionRequest: PermissionRequestHandler | null = null;
  permissionCheck: ((...args: unknown[]) => boolean) | null = null;
  devicePermission: ((...args: unknown[]) => boolean) | null = null;
  spellChecker = true;
  beforeRequest: RequestListener | null = null;
  readonly webRequest = {
    onBeforeRequest: (listener: RequestListener): void => {
      this.beforeRequest = listener;
    },
  };
  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.permissionRequest = handler;
  }
  setPermissionCheckHandler(handler: (...args: unknown[]) => boolean): void {
    this.permissionCheck = handler;
  }
  setDevicePermissionHandler(handler: (...args: unknown[]) => boolean): void {
    this.devicePermission = handler;
  }
  setSpellCheckerEnabled(enabled: boolean): void {
    this.spellChecker = enabled;
  }
}

export interface FakeFrame {
  processId: number;
  frameToken: string;
  url: string;
}

let nextId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  readonly sent: { channel: string; payload: unknown }[] = [];
  readonly mainFrame: FakeFrame = { processId: 7, frameToken: `frame-${this.id}`, url: 'app://kehoach/index.html' };
  session = defaultSession;
  crashed = false;
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  constructor() {
    super();
    app.emit('web-contents-created', fakeEvent(), this);
  }
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
  isCrashed(): boolean {
    return this.crashed;
  }
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler;
  }
  printToPDF(): Promise<Buffer> {
    return Promise.resolve(Buffer.from('%PDF-1.7'));
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static readonly created: FakeBrowserWindow[] = [];
  static focused: FakeBrowserWindow | null = null;
  static getFocusedWindow(): FakeBrowserWindow | null {
    return FakeBrowserWindow.focused;
  }

  readonly webContents = new FakeWebContents();
  readonly loaded: string[] = [];
  bounds: Rectangle;
  destroyed = false;
  maximized = false;
  minimized = false;
  shown = false;
  title = '';
  edited = false;

  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    this.bounds = { x: options.x ?? 0, y: options.y ?? 0, width: options.width ?? 800, height: options.height ?? 600 };
    FakeBrowserWindow.created.push(this);
  }
  loadURL(url: string): Promise<void> {
    this.loaded.push(url);
    return Promise.resolve();
  }
  loadFile(path: string): Promise<void> {
    this.loaded.push(path);
    return Promise.resolve();
  }
  close(): void {
    const event = fakeEvent();
    this.emit('close', event);
    if (!event.defaultPrevented) this.destroy();
  }
  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    if (FakeBrowserWindow.focused === this) FakeBrowserWindow.focused = null;
    this.emit('closed');
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  getNormalBounds(): Rectangle {
    return this.bounds;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  maximize(): void {
    this.maximized = true;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  restore(): void {
    this.minimized = false;
  }
  focus(): void {
    FakeBrowserWindow.focused = this;
    this.emit('focus');
  }
  show(): void {
    this.shown = true;
  }
  setTitle(title: string): void {
    this.title = title;
  }
  setDocumentEdited(edited: boolean): void {
    this.edited = edited;
  }
}

class FakeApp extends EventEmitter {
  readonly paths = new Map<string, string>();
  isPackaged = false;
  /** Whether this is the first instance. */
  gotLock = true;
  lockData: unknown = undefined;
  readonly quit: Mock = vi.fn();
  readonly exit: Mock = vi.fn();
  private markReady: () => void = () => undefined;
  private readonly readyPromise = new Promise<void>((resolve) => {
    this.markReady = resolve;
  });
  requestSingleInstanceLock(data?: unknown): boolean {
    this.lockData = data;
    return this.gotLock;
  }
  whenReady(): Promise<void> {
    return this.readyPromise;
  }
  /** What Electron does once Chromium has started. */
  becomeReady(): void {
    this.markReady();
  }
  getPath(name: string): string {
    const path = this.paths.get(name);
    if (path === undefined) throw new Error(`no path "${name}" in the fake app`);
    return path;
  }
  getVersion(): string {
    return '0.1.0';
  }
}

class FakeIpcMain extends EventEmitter {
  readonly handlers = new Map<string, (event: unknown, ...args: unknown[]) => unknown>();
  handle(channel: string, handler: (event: unknown, ...args: unknown[]) => unknown): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }
}

export const app = new FakeApp();
export const defaultSession = new FakeSession();
export const ipcMain = new FakeIpcMain();

export const displays: { workArea: Rectangle }[] = [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }];

export const dialog: Record<'showSaveDialog' | 'showOpenDialog' | 'showMessageBox' | 'showErrorBox', Mock> = {
  showSaveDialog: vi.fn(),
  showOpenDialog: vi.fn(),
  showMessageBox: vi.fn(),
  showErrorBox: vi.fn(),
};

export const shell: { showItemInFolder: Mock; openPath: Mock<(path: string) => Promise<string>> } = {
  showItemInFolder: vi.fn(),
  openPath: vi.fn<(path: string) => Promise<string>>(() => Promise.resolve('')),
};

export const protocol: Record<'registerSchemesAsPrivileged' | 'handle', Mock> = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };

export const Menu: { buildFromTemplate: Mock<(template: unknown) => { template: unknown }>; setApplicationMenu: Mock } = {
  buildFromTemplate: vi.fn((template: unknown) => ({ template })),
  setApplicationMenu: vi.fn(),
};

const electronApi = {
  app,
  BrowserWindow: FakeBrowserWindow,
  dialog,
  ipcMain,
  Menu,
  protocol,
  screen: {
    getAllDisplays: (): { workArea: Rectangle }[] => displays,
    getPrimaryDisplay: (): { workArea: Rectangle } | undefined => displays[0],
  },
  session: { defaultSession },
  shell,
};

/** The module as ESM sees it (electron-store imports the default export). */
export const electronModule = { ...electronApi, default: electronApi };

/** Forgets windows and recorded calls between tests. */
export function resetFakeElectron(): void {
  FakeBrowserWindow.created.length = 0;
  FakeBrowserWindow.focused = null;
  vi.clearAllMocks();
}
