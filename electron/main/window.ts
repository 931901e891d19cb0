// The one window. Its webPreferences are the Electron hardening list of RELIABILITY.md,
// spelled out so the settings test can check each one against this very object.
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';

export const WINDOW_TITLE = '村企联建';

export function mainWindowOptions(preloadPath: string, isDev = false): BrowserWindowConstructorOptions {
  return {
    title: WINDOW_TITLE,
    // Fits a 1366×768 office screen with the taskbar; the UI is laid out for ≥ 1024 wide.
    width: 1280,
    height: 720,
    minWidth: 1024,
    minHeight: 600,
    show: false,
    backgroundColor: '#f5f5f5',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      // Chromium's spellchecker fetches dictionaries from a Google CDN: no network calls.
      spellcheck: false,
      devTools: isDev,
    },
  };
}

export type WindowConstructor = new (options: BrowserWindowConstructorOptions) => BrowserWindow;

export function createMainWindow(
  BrowserWindowClass: WindowConstructor,
  options: { preloadPath: string; url: string; isDev: boolean },
): BrowserWindow {
  const win = new BrowserWindowClass(mainWindowOptions(options.preloadPath, options.isDev));
  // Shown once painted, so the user never sees a white flash or a half-built page.
  win.once('ready-to-show', () => win.show());
  void win.loadURL(options.url);
  return win;
}
