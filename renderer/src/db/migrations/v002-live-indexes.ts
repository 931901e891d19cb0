// v002: compound indexes that let pages ask for live records of one township, year, pairing
// or kind without scanning and filtering (the pages of v001 filtered `deleted` in memory),
// and range queries over the operation log by entity and action.
// Data step: those indexes only see records whose `deleted` is exactly 0 or 1, so records
// written around the repositories (early imports, hand-made test data) with a missing or
// boolean flag are normalized, and ledger entries without a `year` get it from their date —
// otherwise they would silently drop out of every list and total.
import type { Transaction } from 'dexie';
import type { Migration } from './types';

const SOFT_DELETE_TABLES = [
  'townships', 'villages', 'enterprises', 'persons', 'pairings', 'ledger', 'monthlyReports',
  'inspections', 'evaluations', 'trainings', 'commendations', 'nominees',
] as const;

type Row = { deleted?: unknown; year?: unknown; date?: unknown };

export function normalizeDeletedFlag(row: Row): void {
  const flag = row.deleted;
  if (flag === 0 || flag === 1) return;
  row.deleted = flag === true || flag === 'true' || flag === '1' ? 1 : 0;
}

export function backfillLedgerYear(row: Row): void {
  if (typeof row.year === 'number' && Number.isInteger(row.year)) return;
  const year = Number.parseInt(String(row.year ?? row.date ?? '').slice(0, 4), 10);
  if (Number.isInteger(year)) row.year = year;
}

async function upgrade(tx: Transaction): Promise<void> {
  for (const name of SOFT_DELETE_TABLES) {
    await tx
      .table(name)
      .filter((r: Row) => r.deleted !== 0 && r.deleted !== 1)
      .modify((r: Row) => normalizeDeletedFlag(r));
  }
  await tx
    .table('ledger')
    .filter((r: Row) => typeof r.year !== 'number' || !Number.isInteger(r.year))
    .modify((r: Row) => backfillLedgerYear(r));
}

export const v002LiveIndexes: Migration = {
  version: 2,
  name: 'live-indexes',
  stores: {
    villages: 'id, townshipId, name, [townshipId+name], areaCode, deleted, importBatchId, [deleted+townshipId]',
    enterprises: 'id, townshipId, name, uscc, industry, deleted, importBatchId, [deleted+townshipId]',
    persons: 'id, name, idNumber, orgId, politicalStatus, deleted, importBatchId, [orgId+deleted]',
    ledger:
      'id, pairingId, enterpriseId, villageId, townshipId, type, year, date, [type+year], [townshipId+year], deleted, importBatchId, [pairingId+type], [deleted+year]',
    nominees: 'id, roundId, refId, deleted, importBatchId, [kind+refId]',
    audit: '++seq, time, entity, entityId, action, batchId, [entity+time], [action+time]',
  },
  upgrade,
};
