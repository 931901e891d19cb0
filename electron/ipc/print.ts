import type { FilesDeps } from '../services/dialogs-and-files';
import { printContents, printToPdf } from '../services/print';
import type { Handle } from './handle';

// The page printed is the sender's own: handle() has already checked it is our window.
export function setupPrintIpc(deps: { handle: Handle; files: FilesDeps }): void {
  const { handle, files } = deps;
  handle('print', (event, req) => printContents(event.sender, req));
  handle('printToPdf', (event, req) => printToPdf({ ...files, contents: event.sender }, req));
}
