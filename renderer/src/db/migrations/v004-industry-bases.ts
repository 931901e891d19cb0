// v004: 产业基地 records (industryBases). The ledger's 产业共建 type stops having entries of
// its own: each live 产业共建 entry of a pairing becomes a base (its 产品 as the base's name and
// product, its area, households and gains, its year as the year established, its import batch
// kept so the sample county still clears whole), the entry is soft-deleted, and the totals
// move with it — the entries' aggregate rows go and the bases' rows come (one per base and
// pairing, see shared/model/industry-base.ts), so nothing is counted twice or lost. An entry
// of an enterprise or a village alone (no pairing) has no pairing to belong to and stays.
// A backup made before v004 goes through the same step when it is restored.
import type { Table, Transaction } from 'dexie';
import { baseAggregates, baseFromIndustryEntry, INDUSTRY_TYPE, type IndustryBase } from '@shared/model/industry-base';
import type { AuditEntry, LedgerAggregate, LedgerEntry, Pairing } from '@shared/model/types';
import type { Migration } from './types';

type Tables = { table(name: string): Table };

/** Moves the live 产业共建 entries of pairings into base records; returns how many moved. */
export async function moveIndustryEntries(tx: Tables, time: string): Promise<number> {
  const ledger = tx.table('ledger') as Table<LedgerEntry, string>;
  const entries = await ledger.where('type').equals(INDUSTRY_TYPE).filter((e) => !e.deleted && Boolean(e.pairingId)).toArray();
  if (entries.length === 0) return 0;
  const pairings = new Map(((await tx.table('pairings').toArray()) as Pairing[]).map((p) => [p.id, p]));
  const bases = entries.map((e) => baseFromIndustryEntry(e)).filter((b): b is IndustryBase => b !== null);
  const aggregates = tx.table('ledgerAggregates') as Table<LedgerAggregate, string>;
  // The entries' own running totals (per pairing × year) go; only entries of pairings are moved.
  await aggregates.where('type').equals(INDUSTRY_TYPE).filter((a) => Boolean(a.pairingId) && !a.id.startsWith('base:')).delete();
  await aggregates.bulkPut(bases.flatMap((b) => baseAggregates(b, (id) => pairings.get(id))));
  await tx.table('industryBases').bulkPut(bases);
  const moved = entries.map((e) => ({ ...e, deleted: 1 as const, deletedAt: time, updatedAt: time }));
  await ledger.bulkPut(moved);
  const audit: AuditEntry[] = [
    ...bases.map((after): AuditEntry => ({ time, action: 'create', entity: 'industryBases', entityId: after.id, after })),
    ...entries.map((before, i): AuditEntry => ({ time, action: 'delete', entity: 'ledger', entityId: before.id, before, after: moved[i] })),
  ];
  await tx.table('audit').bulkAdd(audit);
  return bases.length;
}

export const v004IndustryBases: Migration = {
  version: 4,
  name: 'industry-bases',
  stores: {
    industryBases: 'id, name, townshipId, year, *pairingIds, deleted, importBatchId, [deleted+year]',
  },
  upgrade: async (tx: Transaction) => {
    await moveIndustryEntries(tx, new Date().toISOString());
  },
};
