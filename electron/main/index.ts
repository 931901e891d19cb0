// The main process, as a table of contents. Identity, sandbox and the app:// scheme must be
// settled before `ready`; the rest needs a ready app.
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron';
import { setupHostIpc } from './host';
import { setupAppIdentity } from './identity';
import { setupMenu } from './menu';
import { createMenuActions } from './menu-actions';
import { APP_URL, createAppUrlCheck, devServerUrl } from './origin';
import { registerAppScheme, setupAppProtocol } from './protocol';
import { setupSecurity, setupSessionSecurity } from './security';
import { setupSingleInstance } from './single-instance';
import { createMainWindow } from './window';

const devUrl = devServerUrl(app.isPackaged, process.env);
const isDev = devUrl !== null;
const isAppUrl = createAppUrlCheck(devUrl);
// app.getAppPath() is the project folder when unpackaged and app.asar when installed.
const rendererRoot = path.join(app.getAppPath(), 'dist', 'renderer');
const preloadPath = path.join(app.getAppPath(), 'dist-electron', 'preload', 'index.cjs');

let mainWindow: BrowserWindow | null = null;
const getWindow = () => mainWindow;

setupAppIdentity(app);
registerAppScheme(protocol);
if (setupSingleInstance(app, getWindow)) {
  setupSecurity(app, isAppUrl);
  app.on('window-all-closed', () => app.quit());
  void app.whenReady().then(() => {
    setupSessionSecurity(session.defaultSession);
    setupAppProtocol(protocol, rendererRoot);
    const services = setupHostIpc({ app, dialog, ipcMain, getWindow, isAppUrl });
    setupMenu(Menu, createMenuActions({ services, getWindow, isDev }));
    mainWindow = createMainWindow(BrowserWindow, { preloadPath, url: devUrl ?? APP_URL, isDev });
    services.exit.attach(mainWindow);
    mainWindow.on('closed', () => {
      mainWindow = null;
    });
  });
}
