// Test rig for the backup service over fake-indexeddb: a fresh store, an in-memory shelf
// standing in for the backup folder, markers in memory, a host whose saveFile records.
import { ok, type HostApi } from '@shared/ipc/contract';
import type { StoreMarker } from '@shared/backup/marker';
import { createBackupService } from '@renderer/features/backup/backup-service';
import { observableMarkers } from '@renderer/features/backup/marker-store';
import { memoryShelf } from '@renderer/features/backup/shelf';
import type { AppDatabase } from '@renderer/db/database';
import { freshStore } from '../helpers';

export function memoryMarkers(initial: StoreMarker | null = null) {
  let stored = initial;
  return observableMarkers({ read: async () => stored, write: async (m) => void (stored = m) });
}

export function rig(options: { folder?: boolean; now?: () => Date; store?: ReturnType<typeof freshStore> } = {}) {
  const store = options.store ?? freshStore();
  const shelf = { ...memoryShelf(), kind: options.folder === false ? ('browser' as const) : ('folder' as const) };
  const downloads: { name: string; bytes: Uint8Array }[] = [];
  const host = {
    capabilities: { nativeFileDialogs: false, directPdf: false, backupFolder: options.folder !== false },
    saveFile: async (req: { defaultName: string; bytes: Uint8Array }) => {
      downloads.push({ name: req.defaultName, bytes: req.bytes });
      return ok({ location: req.defaultName });
    },
  } as unknown as Pick<HostApi, 'saveFile' | 'capabilities'>;
  const markers = memoryMarkers();
  const service = createBackupService({ db: store.db, shelf, markers, host, appVersion: '0.1.0', now: options.now });
  return { store, db: store.db, shelf, downloads, markers, service };
}

/**
 * Every table's rows, attachments with their bytes instead of Blobs, for comparisons. The
 * operation journal is left out: it is bookkeeping of operations, not data (a failed write
 * may leave its entry, which then reads at start-up as "interrupted, nothing changed").
 */
export async function dump(db: AppDatabase): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of db.tables) {
    if (table.name === 'journal') continue;
    const rows = await table.toArray();
    out[table.name] =
      table.name === 'attachments'
        ? await Promise.all(rows.map(async ({ blob, ...rest }) => ({ ...rest, bytes: [...new Uint8Array(await (blob as Blob).arrayBuffer())], type: (blob as Blob).type })))
        : rows;
  }
  return out;
}

/**
 * A Dexie middleware that fails every write after the next `n` rows with QuotaExceededError,
 * as IndexedDB does when the disk is full. Middleware applies from the next open.
 */
export async function quotaAfter(db: AppDatabase, n: number): Promise<{ armed: boolean }> {
  const state = { armed: true };
  const wasOpen = db.isOpen();
  db.close();
  let written = 0;
  db.use({
    stack: 'dbcore',
    name: 'quota-fault',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req) => {
            written += 'values' in req && req.values ? req.values.length : 1;
            if (state.armed && written > n) return Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
            return table.mutate(req);
          },
        };
      },
    }),
  });
  if (wasOpen) await db.open();
  return state;
}
