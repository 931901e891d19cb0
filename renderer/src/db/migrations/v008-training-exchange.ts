// v008: 技能培训基地 (trainingBases) and meetings (交流会、研讨会、通报会). Data steps:
// - the 培训基地 names the 技能培训 entries carry become base records (one per village and
//   name, shared/model/training-base.ts — the same step restores an older backup with), so
//   the base pages show what the ledger already knew;
// - the 学习交流 running totals are recomputed, because 派出党务干部 is now also summed per
//   方向 (LedgerField.sumBy) and the statistics count only what enterprises sent.
import type { Table, Transaction } from 'dexie';
import { basesFromEntries, TRAINING_TYPE } from '@shared/model/training-base';
import { aggregateEntries } from '@shared/reports/statistics/aggregate-entries';
import type { AuditEntry, LedgerAggregate, LedgerEntry } from '@shared/model/types';
import type { Migration } from './types';

type Row = Record<string, unknown>;

async function upgrade(tx: Transaction): Promise<void> {
  const time = new Date().toISOString();
  const ledger = tx.table('ledger') as Table<LedgerEntry, string>;
  const training = (await ledger.where('type').equals(TRAINING_TYPE).toArray()) as unknown as Row[];
  if (training.length) {
    const pairings = (await tx.table('pairings').toArray()) as Row[];
    const bases = basesFromEntries(training, pairings, () => crypto.randomUUID(), time);
    if (bases.length) {
      await tx.table('trainingBases').bulkAdd(bases);
      await tx.table('audit').bulkAdd(bases.map((after): AuditEntry => ({ time, action: 'create', entity: 'trainingBases', entityId: after.id, after, batchId: after.importBatchId })));
    }
  }
  const aggregates = tx.table('ledgerAggregates') as Table<LedgerAggregate, string>;
  const exchange = await ledger.where('type').equals('exchange').filter((e) => !e.deleted).toArray();
  await aggregates.where('type').equals('exchange').delete();
  if (exchange.length) await aggregates.bulkPut(aggregateEntries(exchange));
}

export const v008TrainingExchange: Migration = {
  version: 8,
  name: 'training-exchange',
  stores: {
    trainingBases: 'id, villageId, *enterpriseIds, name, deleted, importBatchId',
    meetings: 'id, date, kind, townshipId, deleted, importBatchId',
  },
  upgrade,
};
