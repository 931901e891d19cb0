// The whole surface the page gets: one object of named functions, each invoking exactly
// its contract channel. ipcRenderer itself never crosses the bridge, so a script in the
// page cannot reach any other channel. Bundled to one CJS file that requires only
// `electron`, because a sandboxed preload cannot require anything else.
import { contextBridge, ipcRenderer } from 'electron';
import { IPC_CHANNELS, type HostBridge } from '@shared/ipc/contract';

const bridge = {
  openFiles: (req) => ipcRenderer.invoke(IPC_CHANNELS.openFiles.channel, req),
  saveFile: (req) => ipcRenderer.invoke(IPC_CHANNELS.saveFile.channel, req),
  saveFiles: (req) => ipcRenderer.invoke(IPC_CHANNELS.saveFiles.channel, req),
  print: (req) => ipcRenderer.invoke(IPC_CHANNELS.print.channel, req),
  printToPdf: (req) => ipcRenderer.invoke(IPC_CHANNELS.printToPdf.channel, req),
  getBackupFolder: () => ipcRenderer.invoke(IPC_CHANNELS.getBackupFolder.channel),
  chooseBackupFolder: () => ipcRenderer.invoke(IPC_CHANNELS.chooseBackupFolder.channel),
  getAppInfo: () => ipcRenderer.invoke(IPC_CHANNELS.getAppInfo.channel),
  writeBackup: (req) => ipcRenderer.invoke(IPC_CHANNELS.writeBackup.channel, req),
  listBackups: () => ipcRenderer.invoke(IPC_CHANNELS.listBackups.channel),
  readBackup: (req) => ipcRenderer.invoke(IPC_CHANNELS.readBackup.channel, req),
  deleteBackup: (req) => ipcRenderer.invoke(IPC_CHANNELS.deleteBackup.channel, req),
  readStoreMarker: () => ipcRenderer.invoke(IPC_CHANNELS.readStoreMarker.channel),
  writeStoreMarker: (marker) => ipcRenderer.invoke(IPC_CHANNELS.writeStoreMarker.channel, marker),
  waitForExitRequest: () => ipcRenderer.invoke(IPC_CHANNELS.waitForExitRequest.channel),
  exitBackupDone: () => ipcRenderer.invoke(IPC_CHANNELS.exitBackupDone.channel),
  parseSpreadsheet: (req) => ipcRenderer.invoke(IPC_CHANNELS.parseSpreadsheet.channel, req),
  parseProgress: (req) => ipcRenderer.invoke(IPC_CHANNELS.parseProgress.channel, req),
  cancelParse: (req) => ipcRenderer.invoke(IPC_CHANNELS.cancelParse.channel, req),
} satisfies Required<HostBridge>;

contextBridge.exposeInMainWorld('cqHost', bridge);
