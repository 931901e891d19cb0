// The app's own backup service: the store's database, the host's backup folder under
// Electron (or the browser's OPFS), and the marker outside IndexedDB.
import { host } from '../../host';
import { getDatabase } from '../../db/app-database';
import { createBackupService, type BackupService } from './backup-service';
import { hostMarkers, localStorageMarkers, observableMarkers, type ObservableMarkers } from './marker-store';
import { browserShelf, folderShelf, type BackupShelf } from './shelf';

let shelf: BackupShelf | null | undefined;
let markers: ObservableMarkers | undefined;
let service: BackupService | undefined;

export function appShelf(): BackupShelf | null {
  if (shelf === undefined) shelf = folderShelf(host) ?? browserShelf();
  return shelf;
}

export function appMarkers(): ObservableMarkers {
  markers ??= observableMarkers(hostMarkers(host) ?? localStorageMarkers());
  return markers;
}

export function backupService(): BackupService {
  service ??= createBackupService({ db: getDatabase(), shelf: appShelf(), markers: appMarkers(), host, appVersion: __APP_VERSION__ });
  return service;
}
