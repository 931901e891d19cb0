// Every Electron setting RELIABILITY.md asks for, read from the real configuration: the real
// window options, the real security setup, the real CSP, and the real main/index.ts run
// against a fake `electron`. Removing any one of the settings fails the test named after it.
import path from 'node:path';
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/csp';
import { APP_ID, setupAppIdentity, USER_DATA_DIR_NAME } from '../../../electron/main/identity';
import { setupSingleInstance } from '../../../electron/main/single-instance';
import { mainWindowOptions } from '../../../electron/main/window';
import { app, FakeBrowserWindow, protocol, session } from './fake-electron';

vi.mock('electron', () => import('./fake-electron').then((m) => m.electronModule));

const before = { userData: [] as unknown[][], sandbox: 0, scheme: [] as unknown[][], windows: -1, lock: 0 };
let win: FakeBrowserWindow;

beforeAll(async () => {
  delete process.env.CQ_DEV_SERVER_URL;
  await import('../../../electron/main/index');
  before.userData = app.setPath.mock.calls.filter(([name]) => name === 'userData');
  before.sandbox = app.enableSandbox.mock.calls.length;
  before.scheme = protocol.registerSchemesAsPrivileged.mock.calls;
  before.windows = FakeBrowserWindow.instances.length;
  before.lock = app.requestSingleInstanceLock.mock.calls.length;
  app.becomeReady();
  await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1));
  win = FakeBrowserWindow.instances[0]!;
});

describe('window webPreferences (the options object the window is built from)', () => {
  const prefs = mainWindowOptions('/preload.cjs').webPreferences!;

  it('contextIsolation: true', () => expect(prefs.contextIsolation).toBe(true));
  it('sandbox: true', () => expect(prefs.sandbox).toBe(true));
  it('nodeIntegration: false', () => expect(prefs.nodeIntegration).toBe(false));
  it('nodeIntegrationInWorker: false', () => expect(prefs.nodeIntegrationInWorker).toBe(false));
  it('nodeIntegrationInSubFrames: false', () => expect(prefs.nodeIntegrationInSubFrames).toBe(false));
  it('webSecurity: true', () => expect(prefs.webSecurity).toBe(true));
  it('allowRunningInsecureContent: false', () => expect(prefs.allowRunningInsecureContent).toBe(false));
  it('webviewTag: false', () => expect(prefs.webviewTag).toBe(false));
  it('preload: the path given', () => expect(prefs.preload).toBe('/preload.cjs'));
  it('devTools: only in development', () => {
    expect(prefs.devTools).toBe(false);
    expect(mainWindowOptions('/p', true).webPreferences!.devTools).toBe(true);
  });
  it('the window main/index.ts creates uses exactly these options', () => {
    const preload = path.join('/fake/app', 'dist-electron', 'preload', 'index.cjs');
    expect(win.options).toEqual(mainWindowOptions(preload, false));
  });
  it('show: false until ready-to-show', () => {
    expect(win.options.show).toBe(false);
    expect(win.show).not.toHaveBeenCalled();
    win.emit('ready-to-show');
    expect(win.show).toHaveBeenCalledTimes(1);
  });
  it('title 村企联建 and a minimum size', () => {
    expect(win.options).toMatchObject({ title: '村企联建', minWidth: 1024, minHeight: 600 });
  });
});

describe('Content-Security-Policy', () => {
  const directives = CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim());
  const byName = (name: string) => directives.find((d) => d.split(/\s+/)[0] === name);

  it.each([
    "default-src 'self'",
    "script-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ])('%s', (directive) => {
    expect(byName(directive.split(' ')[0]!)).toBe(directive);
  });
  it('no remote origins (http:, https:, ws:, wss:, *)', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|wss?:|\*/);
  });
  it('no unsafe-eval anywhere', () => expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval'));
});

describe('session and navigation', () => {
  const permissions = ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'persistent-storage'];

  it('permission requests: all denied', () => {
    const [handler] = session.defaultSession.setPermissionRequestHandler.mock.calls[0] as unknown as [
      (wc: unknown, permission: string, callback: (granted: boolean) => void) => void,
    ];
    for (const permission of permissions) {
      const callback = vi.fn();
      handler(win.webContents, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
  });
  it('permission checks: all denied', () => {
    const [handler] = session.defaultSession.setPermissionCheckHandler.mock.calls[0] as unknown as [
      (wc: unknown, permission: string) => boolean,
    ];
    for (const permission of permissions) expect(handler(win.webContents, permission)).toBe(false);
  });
  it('will-navigate to another origin is prevented', () => {
    for (const url of ['https://example.com/', 'http://127.0.0.1:5173/', 'file:///etc/passwd', 'app://evil/', 'about:blank']) {
      expect(win.webContents.fire('will-navigate', { url }), url).toBe(true);
    }
  });
  it('will-navigate within app://bundle is allowed', () => {
    expect(win.webContents.fire('will-navigate', { url: 'app://bundle/index.html#/registry' })).toBe(false);
  });
  it('will-redirect away from the app is prevented', () => {
    expect(win.webContents.fire('will-redirect', { url: 'https://example.com/' })).toBe(true);
    expect(win.webContents.fire('will-redirect', { url: 'app://bundle/x' })).toBe(false);
  });
  it('setWindowOpenHandler denies every window, even the app’s own URL', () => {
    expect(win.webContents.windowOpenHandler?.({ url: 'app://bundle/' })).toEqual({ action: 'deny' });
    expect(win.webContents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });
  it('will-attach-webview is prevented', () => {
    expect(win.webContents.fire('will-attach-webview', {}, {}, { src: 'https://example.com/' })).toBe(true);
  });
  it('shell.openExternal is never called from electron/', async () => {
    const root = fileURLToPath(new URL('../../../electron', import.meta.url));
    const files = (await readdir(root, { recursive: true })).filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      expect(await readFile(path.join(root, file), 'utf8'), file).not.toMatch(/openExternal\s*\(/);
    }
  });
});

describe('lifecycle and identity', () => {
  it('app id is cn.gov.zzb.cunqilianjian (set as AppUserModelId on Windows)', () => {
    expect(APP_ID).toBe('cn.gov.zzb.cunqilianjian');
    const fake = { setPath: vi.fn(), getPath: () => '/appData', enableSandbox: vi.fn(), setAppUserModelId: vi.fn() };
    setupAppIdentity(fake, 'win32');
    expect(fake.setAppUserModelId).toHaveBeenCalledWith('cn.gov.zzb.cunqilianjian');
  });
  it('userData is <appData>/cunqi-lianjian, set before ready', () => {
    expect(USER_DATA_DIR_NAME).toBe('cunqi-lianjian');
    expect(before.userData).toEqual([['userData', path.join('/fake/appData', 'cunqi-lianjian')]]);
    expect(before.windows).toBe(0);
  });
  it('sandbox enabled for every renderer before ready', () => expect(before.sandbox).toBe(1));
  it('single-instance lock requested', () => expect(before.lock).toBe(1));
  it('a second instance focuses the first window', () => {
    win.minimized = true;
    app.emit('second-instance', {}, [], '/');
    expect(win.restore).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
  });
  it('without the lock the app quits and opens no window', () => {
    const fake = { requestSingleInstanceLock: () => false, quit: vi.fn(), on: vi.fn() };
    expect(setupSingleInstance(fake as never, () => null)).toBe(false);
    expect(fake.quit).toHaveBeenCalled();
    expect(fake.on).not.toHaveBeenCalled();
  });
  it('app:// registered as privileged before ready: standard, secure, supportFetchAPI, stream', () => {
    expect(before.scheme).toEqual([
      [[{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true } }]],
    ]);
  });
  it('app:// does not bypass the CSP', () => {
    const [[schemes]] = before.scheme as [[{ privileges: Record<string, unknown> }[]]];
    expect(schemes[0]!.privileges).not.toHaveProperty('bypassCSP');
  });
  it('app:// is served by protocol.handle after ready', () => {
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
  });
  it('the window loads app://bundle/, not file://', () => {
    expect(win.loadURL).toHaveBeenCalledWith('app://bundle/');
  });
});
