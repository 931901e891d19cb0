// A township's running totals of one ledger type in one year: the sum of the LedgerAggregate
// rows (per pairing or organization) of that township, year and type. Derived data, kept by
// renderer/src/db/repositories/township-aggregates.ts; never in a backup.
import type { LedgerAggregate } from './types';
import { addSums } from './ledger-aggregate';

/** `id` is `${townshipId}|${year}|${type}`. */
export type TownshipAggregate = Omit<LedgerAggregate, 'pairingId' | 'enterpriseId' | 'villageId'>;

export const townshipAggregateId = (a: Pick<LedgerAggregate, 'townshipId' | 'year' | 'type'>): string => `${a.townshipId}|${a.year}|${a.type}`;

/** The township rows of a set of aggregate rows, computed in memory (migration, checks). */
export function townshipRowsOf(rows: readonly LedgerAggregate[]): TownshipAggregate[] {
  const out = new Map<string, TownshipAggregate>();
  for (const row of rows) {
    const id = townshipAggregateId(row);
    const t = out.get(id) ?? { id, townshipId: row.townshipId, year: row.year, type: row.type, count: 0, sums: {} };
    out.set(id, { ...t, count: t.count + row.count, sums: addSums(t.sums, row.sums, 1) });
  }
  return [...out.values()];
}
