// Wires the host contract: real Electron dialogs bound to the window, the settings file,
// the services, and one IPC handler group per capability.
import type { App, BrowserWindow, Dialog, IpcMain } from 'electron';
import { setupAppInfoIpc } from '../ipc/app-info';
import { setupBackupIpc } from '../ipc/backup';
import { setupFilesIpc } from '../ipc/files';
import { createHandle, createSenderCheck } from '../ipc/handle';
import { setupParseIpc } from '../ipc/parse';
import { setupPrintIpc } from '../ipc/print';
import { setupStoreSafetyIpc } from '../ipc/store-safety';
import { appInfo } from '../services/app-info';
import type { BackupFolderDeps } from '../services/backup-folder';
import { createConfigStore } from '../services/config';
import type { FileDialogs } from '../services/dialogs';
import type { FilesDeps } from '../services/dialogs-and-files';
import { createParseService } from '../services/parse-spreadsheet';
import { startParseThread } from '../services/parse-thread';
import { createExitBackup, type ExitBackup } from '../services/exit-backup';
import { createMarkerFile, type MarkerFile } from '../services/store-marker';
import type { UrlCheck } from './origin';

export type HostDeps = {
  app: Pick<App, 'getPath' | 'getVersion'>;
  dialog: Pick<Dialog, 'showOpenDialog' | 'showSaveDialog' | 'showMessageBox'>;
  ipcMain: Pick<IpcMain, 'handle'>;
  getWindow: () => BrowserWindow | null;
  isAppUrl: UrlCheck;
};

export type HostServices = {
  dialogs: FileDialogs;
  files: FilesDeps;
  backup: BackupFolderDeps;
  info: () => ReturnType<typeof appInfo>;
  marker: MarkerFile;
  exit: ExitBackup;
};

/** Dialogs are modal to the app window when there is one. */
export function bindDialogs(dialog: HostDeps['dialog'], getWindow: () => BrowserWindow | null): FileDialogs {
  const parent = () => {
    const win = getWindow();
    return win && !win.isDestroyed() ? win : null;
  };
  return {
    showOpenDialog: (options) => {
      const win = parent();
      return win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options);
    },
    showSaveDialog: (options) => {
      const win = parent();
      return win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options);
    },
    showMessageBox: (options) => {
      const win = parent();
      return win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options);
    },
  };
}

export function createHostServices(deps: Pick<HostDeps, 'app' | 'dialog' | 'getWindow'>): HostServices {
  const userDataDir = deps.app.getPath('userData');
  const documentsDir = deps.app.getPath('documents');
  const config = createConfigStore(userDataDir);
  const dialogs = bindDialogs(deps.dialog, deps.getWindow);
  return {
    dialogs,
    files: { dialogs, config, documentsDir },
    backup: { config, documentsDir, homeDir: deps.app.getPath('home'), userDataDir },
    info: () =>
      appInfo({ version: deps.app.getVersion(), userDataDir, platform: process.platform, arch: process.arch }),
    marker: createMarkerFile(userDataDir),
    exit: createExitBackup(),
  };
}

export function setupHostIpc(deps: HostDeps): HostServices {
  const services = createHostServices(deps);
  const handle = createHandle({
    ipcMain: deps.ipcMain,
    checkSender: createSenderCheck(deps.getWindow, deps.isAppUrl),
  });
  setupFilesIpc({ handle, files: services.files });
  setupPrintIpc({ handle, files: services.files });
  setupBackupIpc({ handle, backup: services.backup, dialogs: services.dialogs });
  setupAppInfoIpc({ handle, info: services.info });
  setupParseIpc({ handle, parser: createParseService({ startThread: (limits) => startParseThread(limits) }) });
  setupStoreSafetyIpc({ handle, marker: services.marker, exit: services.exit });
  return services;
}
