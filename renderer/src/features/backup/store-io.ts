// The store side of backups: a consistent snapshot of every table, and replacing the whole
// store with a verified backup in ONE transaction (all or nothing), the ledger aggregates
// rebuilt inside it so the totals can never disagree with the restored entries.
import type { Dexie, Table } from 'dexie';
import type { BackupContents } from '@shared/backup/read';
import type { BackupSnapshot } from '@shared/backup/write';
import { BACKUP_TABLES, type BackupTableName } from '@shared/backup/tables';
import type { LedgerEntry } from '@shared/model/types';
import type { IndustryBase } from '@shared/model/industry-base';
import type { AppDatabase } from '../../db/database';
import { nowIso } from '../../db/audit';
import { applyLedgerChanges } from '../../db/repositories/ledger-aggregates';
import { applyBaseChanges } from '../../db/repositories/industry-bases';
import { moveIndustryEntries } from '../../db/migrations/v004-industry-bases';
import { endJournal } from '../../db/journal';

export type TableCounts = Record<BackupTableName, number>;

/** Tables whose rows mean "the store holds data" (settings alone do not). */
export const DATA_TABLES = BACKUP_TABLES.filter((t) => t !== 'settings');

function table(db: Dexie, name: string): Table<Record<string, unknown>, unknown> {
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

export type RestoreNote = { fileName: string; /** The restore's journal entry, deleted with the data. */ journalId?: string };

/**
 * Replaces everything with the backup's contents. Validation happened before (readBackup);
 * inside the transaction there is nothing but Dexie, so a failure (a full disk) aborts it
 * and leaves the store exactly as it was.
 */
export async function replaceStore(db: AppDatabase, contents: BackupContents, note: RestoreNote): Promise<void> {
  const tables = [...BACKUP_TABLES.map((t) => table(db, t)), db.ledgerAggregates, db.townshipAggregates];
  // All tables, the rebuilt totals, the log entry and the journal commit together.
  await db.transaction('rw', [...tables, db.journal], async () => {
    for (const t of tables) await t.clear();
    for (const name of BACKUP_TABLES) {
      const rows = contents.tables[name];
      if (rows.length) await table(db, name).bulkAdd(rows);
    }
    const live = (contents.tables.ledger as unknown as LedgerEntry[]).filter((e) => !e.deleted);
    await applyLedgerChanges(db, live.map((after) => ({ after })));
    await applyBaseChanges(db, (contents.tables.industryBases as unknown as IndustryBase[]).map((after) => ({ after })));
    // A backup made before 产业基地 records existed: its 产业共建 entries become bases, as the upgrade does.
    await moveIndustryEntries(db, nowIso());
    await db.audit.add({
      time: nowIso(),
      action: 'restore',
      entity: 'backup',
      entityId: note.fileName,
      after: { 备份时间: contents.manifest.createdAt, 程序版本: contents.manifest.app.version, 记录数: contents.manifest.counts },
    });
    await endJournal(db, note.journalId);
  });
}
