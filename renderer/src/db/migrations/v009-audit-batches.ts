// v009 (1): the operation log keeps only the indexes its readers use. An import now writes one
// entry per batch and table for the records it creates (see repositories/import-batches), so
// the log's indexes are what an import pays for per entry. Kept: `time`, `[entity+time]` and
// `[action+time]` (the 操作日志 page's three queries), `batchId` (undo of an import) and
// `entityId` (a record's 变更记录, and the batch entry found by its batch id). Dropped:
// `entity` and `action` alone, which no query uses (the compound ones answer them).
// Older per-record entries stay as they are (undo reads both shapes).
//
// v009 (2) adds `townshipAggregates`: the ledger's running totals per township × year × type
// (the sums of the per-pairing `ledgerAggregates` rows), built here from those rows and kept
// from then on in the same transactions (repositories/township-aggregates), so the annual
// table reads them instead of thousands of per-pairing rows.
import type { Table, Transaction } from 'dexie';
import type { LedgerAggregate } from '@shared/model/types';
import { townshipRowsOf, type TownshipAggregate } from '@shared/model/township-aggregate';
import type { Migration } from './types';

async function upgrade(tx: Transaction): Promise<void> {
  const rows = await (tx.table('ledgerAggregates') as Table<LedgerAggregate, string>).toArray();
  const totals = tx.table('townshipAggregates') as Table<TownshipAggregate, string>;
  await totals.clear();
  await totals.bulkAdd(townshipRowsOf(rows));
}

export const v009AuditBatches: Migration = {
  version: 9,
  name: 'audit-batches',
  stores: {
    audit: '++seq, time, entityId, batchId, [entity+time], [action+time]',
    townshipAggregates: 'id, year, [year+type]',
    // [year+type]: the annual table reads the 技能培训 / 学习交流 rows of a year per pairing.
    ledgerAggregates: 'id, pairingId, townshipId, year, type, [year+townshipId], [year+type]',
  },
  upgrade,
};
