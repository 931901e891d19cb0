// What happens before the app is shown: (1) if the database on disk is at an older schema
// version, a backup of it as it is, taken before the upgrade; (2) opening the database, which
// runs the upgrade — if that fails, the database stays at its old version (Dexie upgrades run
// in IndexedDB's versionchange transaction) and the user is told and given that backup;
// (3) the empty-store guard: an empty database while the marker says it held records stops
// here and offers the latest backup.
import { Dexie } from 'dexie';
import { backupFileName, parseBackupName } from '@shared/backup/naming';
import type { StoreMarker } from '@shared/backup/marker';
import type { BackupFileInfo } from '@shared/ipc/contract';
import type { AppDatabase } from '../../db/database';
import { MIGRATIONS, SCHEMA_VERSION } from '../../db/migrations';
import type { MarkerStore } from './marker-store';
import type { BackupShelf } from './shelf';
import { holdsData, readSnapshot } from './store-io';

export type UpgradeBackup = { name: string; bytes: Uint8Array; location?: string };

export type StartupOutcome =
  | { kind: 'ready' }
  | { kind: 'upgrade-failed'; fromVersion: number; reason: string; backup?: UpgradeBackup }
  | { kind: 'newer-data'; reason: string }
  | { kind: 'empty-store'; marker: StoreMarker; latest?: BackupFileInfo };

export type StartupDeps = {
  db: AppDatabase;
  shelf: BackupShelf | null;
  markers: Pick<MarkerStore, 'read'>;
  appVersion: string;
  now?: () => Date;
};

/** The schema version of the database on disk (0 when there is none). */
export async function installedVersion(name: string): Promise<number> {
  const found = (await indexedDB.databases()).find((d) => d.name === name);
  // Dexie stores version n as IndexedDB version n × 10.
  return found?.version ? Math.round(found.version / 10) : 0;
}

async function backupBeforeUpgrade(deps: StartupDeps, fromVersion: number): Promise<UpgradeBackup | undefined> {
  const at = (deps.now ?? (() => new Date()))();
  try {
    // Opened without a schema: Dexie takes the tables as they are and upgrades nothing.
    const old = new Dexie(deps.db.name);
    await old.open();
    let bytes: Uint8Array;
    try {
      const tables = await readSnapshot(old);
      // The backup writer (and its zip library) loads only when an upgrade needs it.
      const { buildBackup } = await import('@shared/backup/write');
      bytes = await buildBackup({ tables, appVersion: deps.appVersion, schemaVersion: fromVersion, createdAt: at.toISOString(), reason: 'upgrade' });
    } finally {
      old.close();
    }
    const name = backupFileName('upgrade', at);
    const written = deps.shelf ? await deps.shelf.write(name, bytes) : undefined;
    return { name, bytes, location: written?.ok ? written.value.location : undefined };
  } catch {
    return undefined;
  }
}

function describe(error: unknown): string {
  const e = error as { name?: string; message?: string; inner?: { message?: string } } | null;
  return e?.inner?.message || e?.message || String(error);
}

/** The newest backup on the shelf with one of our names. */
export async function latestBackup(shelf: BackupShelf | null): Promise<BackupFileInfo | undefined> {
  if (!shelf) return undefined;
  const listed = await shelf.list();
  if (!listed.ok) return undefined;
  return listed.value.filter((f) => parseBackupName(f.name)).sort((a, b) => b.modifiedAt.localeCompare(a.modifiedAt))[0];
}

export async function prepareStore(deps: StartupDeps): Promise<StartupOutcome> {
  const installed = await installedVersion(deps.db.name);
  // Before open, Dexie's verno is the highest version the code declares.
  const target = deps.db.verno || SCHEMA_VERSION;
  if (installed > target) {
    return { kind: 'newer-data', reason: `数据由较新版本的程序保存（数据格式第 ${installed} 版，本程序为第 ${target} 版）` };
  }
  let backup: UpgradeBackup | undefined;
  if (installed > 0 && installed < target) backup = await backupBeforeUpgrade(deps, installed);
  try {
    if (installed > 0) {
      for (const m of MIGRATIONS) if (m.version > installed && m.version <= target) await m.prepare?.();
    }
    await deps.db.open();
  } catch (error) {
    return { kind: 'upgrade-failed', fromVersion: installed, reason: describe(error), backup };
  }
  // Start-up asks only whether the store is empty: counting 100,000 ledger rows would delay the first screen.
  const marker = await deps.markers.read();
  if (marker && marker.total > 0 && !(await holdsData(deps.db))) {
    return { kind: 'empty-store', marker, latest: await latestBackup(deps.shelf) };
  }
  return { kind: 'ready' };
}
