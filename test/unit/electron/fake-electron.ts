// A stand-in for the `electron` module: just enough of app, BrowserWindow, ipcMain,
// protocol, session, dialog, Menu, contextBridge and ipcRenderer for the main process and
// the preload to run in Node. Tests use it through
// `vi.mock('electron', () => import('./fake-electron').then((m) => m.electronModule))`.
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

type Listener = (...args: unknown[]) => void;

export type FakeFrame = { url: string; parent: FakeFrame | null };

let nextId = 1;

export class FakeWebContents extends EventEmitter {
  readonly id = nextId++;
  mainFrame: FakeFrame = { url: 'app://bundle/', parent: null };
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null;
  setWindowOpenHandler = vi.fn((handler: (details: { url: string }) => { action: string }) => {
    this.windowOpenHandler = handler;
  });
  print = vi.fn();
  printToPDF = vi.fn(async () => new Uint8Array([0x25, 0x50, 0x44, 0x46]));

  /** Emits like Electron: returns whether a listener called event.preventDefault(). */
  fire(name: string, details: Record<string, unknown> = {}, ...rest: unknown[]): boolean {
    let prevented = false;
    const event = { ...details, preventDefault: () => (prevented = true) };
    this.emit(name, event, ...rest);
    return prevented;
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  destroyed = false;
  minimized = false;
  visible = false;
  loadURL = vi.fn(async (_url: string) => undefined);
  show = vi.fn(() => {
    this.visible = true;
  });
  focus = vi.fn();
  restore = vi.fn(() => {
    this.minimized = false;
  });

  constructor(readonly options: Record<string, unknown>) {
    super();
    FakeBrowserWindow.instances.push(this);
    app.emit('web-contents-created', {}, this.webContents);
  }

  isDestroyed = () => this.destroyed;
  isMinimized = () => this.minimized;
}

let resolveReady: () => void = () => undefined;
const ready = new Promise<void>((resolve) => {
  resolveReady = resolve;
});

class FakeApp extends EventEmitter {
  isPackaged = false;
  lockGranted = true;
  paths = new Map<string, string>([
    ['appData', '/fake/appData'],
    ['documents', '/fake/home/Documents'],
    ['home', '/fake/home'],
  ]);
  setPath = vi.fn((name: string, value: string) => void this.paths.set(name, value));
  getPath = vi.fn((name: string) => this.paths.get(name) ?? `/fake/${name}`);
  getAppPath = vi.fn(() => '/fake/app');
  getVersion = vi.fn(() => '0.1.0');
  setAppUserModelId = vi.fn();
  enableSandbox = vi.fn();
  requestSingleInstanceLock = vi.fn(() => this.lockGranted);
  quit = vi.fn();
  whenReady = vi.fn(() => ready);
  /** Lets the test decide when `ready` happens, to check what was done before it. */
  becomeReady = () => resolveReady();
}

export const app = new FakeApp();

const ipcHandlers = new Map<string, Listener>();
export const ipcMain = {
  handlers: ipcHandlers,
  handle: vi.fn((channel: string, listener: Listener) => {
    if (ipcHandlers.has(channel)) throw new Error(`second handler for ${channel}`);
    ipcHandlers.set(channel, listener);
  }),
};

export const protocol = {
  registerSchemesAsPrivileged: vi.fn(),
  handler: null as ((request: Request) => Promise<Response>) | null,
  handle: vi.fn((_scheme: string, handler: (request: Request) => Promise<Response>) => {
    protocol.handler = handler;
  }),
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
  },
};

export const dialog = {
  showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] as string[] })),
  showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })),
  showMessageBox: vi.fn(async () => ({ response: 0 })),
};

export const Menu = {
  buildFromTemplate: vi.fn((template: unknown[]) => ({ template })),
  setApplicationMenu: vi.fn(),
};

export const contextBridge = {
  exposed: new Map<string, unknown>(),
  exposeInMainWorld: vi.fn((key: string, value: unknown) => void contextBridge.exposed.set(key, value)),
};

export const ipcRenderer = {
  invoke: vi.fn(async (..._args: unknown[]) => ({ ok: true, value: null })),
  send: vi.fn(),
  on: vi.fn(),
};

export const electronModule = {
  app,
  BrowserWindow: FakeBrowserWindow,
  ipcMain,
  protocol,
  session,
  dialog,
  Menu,
  contextBridge,
  ipcRenderer,
  shell: { openExternal: vi.fn(), openPath: vi.fn() },
};
export default electronModule;
