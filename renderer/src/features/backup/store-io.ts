// The store side of backups: a consistent snapshot of every table, counts, and whether the
// store holds data (read at every start). Replacing the store is store-replace.ts.
import type { Dexie, Table } from 'dexie';
import type { BackupSnapshot } from '@shared/backup/write';
import { BACKUP_TABLES, type BackupTableName } from '@shared/backup/tables';
import type { AppDatabase } from '../../db/database';

export type TableCounts = Record<BackupTableName, number>;

/** Tables whose rows mean "the store holds data" (settings alone do not). */
export const DATA_TABLES = BACKUP_TABLES.filter((t) => t !== 'settings');

export function table(db: Dexie, name: string): Table<Record<string, unknown>, unknown> {
  return db.table(name);
}

export async function countTables(db: AppDatabase): Promise<TableCounts> {
  const counts = await Promise.all(BACKUP_TABLES.map((t) => table(db, t).count()));
  return Object.fromEntries(BACKUP_TABLES.map((t, i) => [t, counts[i]])) as TableCounts;
}

/** Whether any data table holds a row: one key read per table, where counting walks every key. */
export async function holdsData(db: Dexie): Promise<boolean> {
  const names = DATA_TABLES.filter((t) => db.tables.some((x) => x.name === t));
  const firsts = await Promise.all(names.map((t) => table(db, t).toCollection().limit(1).primaryKeys()));
  return firsts.some((keys) => keys.length > 0);
}

export function dataTotal(counts: Partial<Record<string, number>>): number {
  return DATA_TABLES.reduce((sum, t) => sum + (counts[t] ?? 0), 0);
}

/**
 * Every backed-up table, read in one transaction so the snapshot is of one moment. Works on
 * any version of the schema (also a database opened as it is on disk, before an upgrade).
 */
export async function readSnapshot(db: Dexie): Promise<BackupSnapshot> {
  const names = BACKUP_TABLES.filter((t) => db.tables.some((x) => x.name === t));
  return db.transaction('r', names, async () => {
    const rows = await Promise.all(names.map((t) => table(db, t).toArray()));
    return Object.fromEntries(names.map((t, i) => [t, rows[i]]));
  });
}
