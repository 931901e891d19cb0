import { openFiles, saveFile, saveFiles, type FilesDeps } from '../services/dialogs-and-files';
import type { Handle } from './handle';

export function setupFilesIpc(deps: { handle: Handle; files: FilesDeps }): void {
  const { handle, files } = deps;
  handle('openFiles', (_event, req) => openFiles(files, req));
  handle('saveFile', (_event, req) => saveFile(files, req));
  handle('saveFiles', (_event, req) => saveFiles(files, req));
}
