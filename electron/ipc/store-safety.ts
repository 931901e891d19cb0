import type { ExitBackup } from '../services/exit-backup';
import type { MarkerFile } from '../services/store-marker';
import type { Handle } from './handle';

export function setupStoreSafetyIpc(deps: { handle: Handle; marker: MarkerFile; exit: ExitBackup }): void {
  const { handle, marker, exit } = deps;
  handle('readStoreMarker', () => marker.read());
  handle('writeStoreMarker', (_event, value) => marker.write(value));
  handle('waitForExitRequest', () => exit.waitForExitRequest());
  handle('exitBackupDone', async () => exit.exitBackupDone());
}
