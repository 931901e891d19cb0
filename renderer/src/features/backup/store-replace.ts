// Replacing the whole store with a verified backup in ONE transaction (all or nothing), the
// ledger aggregates rebuilt inside it so the totals can never disagree with the restored
// entries. Apart from store-io.ts because it pulls in the ledger's aggregate code, which the
// start does not need (the backup service loads this on restore).
import type { BackupContents } from '@shared/backup/read';
import type { LedgerEntry } from '@shared/model/types';
import type { IndustryBase } from '@shared/model/industry-base';
import { BACKUP_TABLES } from '@shared/backup/tables';
import type { AppDatabase } from '../../db/database';
import { nowIso } from '../../db/audit';
import { applyLedgerChanges } from '../../db/repositories/ledger-aggregates';
import { applyBaseChanges } from '../../db/repositories/industry-bases';
import { moveIndustryEntries } from '../../db/migrations/v004-industry-bases';
import { endJournal } from '../../db/journal';
import { table } from './store-io';

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
