import { deleteBackup, listBackups, readBackup, writeBackup } from '../services/backup-files';
import { chooseBackupFolder, getBackupFolder, type BackupFolderDeps } from '../services/backup-folder';
import type { FileDialogs } from '../services/dialogs';
import type { Handle } from './handle';

export function setupBackupIpc(deps: { handle: Handle; backup: BackupFolderDeps; dialogs: FileDialogs }): void {
  const { handle, backup, dialogs } = deps;
  handle('getBackupFolder', () => getBackupFolder(backup));
  handle('chooseBackupFolder', () => chooseBackupFolder({ ...backup, dialogs }));
  handle('writeBackup', (_event, req) => writeBackup(backup, req));
  handle('listBackups', () => listBackups(backup));
  handle('readBackup', (_event, req) => readBackup(backup, req));
  handle('deleteBackup', (_event, req) => deleteBackup(backup, req));
}
