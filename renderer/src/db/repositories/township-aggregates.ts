// Township × year × type running totals (`townshipAggregates`, v009): each row is the sum of
// the LedgerAggregate rows (per pairing or organization, the ledger's and the 产业基地's) of
// one township, year and type. Every function that writes LedgerAggregate rows hands its
// before/after rows here, inside the same transaction (which must include
// `townshipAggregates`), so the annual table reads a few hundred rows a year instead of
// thousands. A database at a schema before v009 has no such table: nothing is kept then.
import type { LedgerAggregate } from '@shared/model/types';
import { townshipAggregateId, type TownshipAggregate } from '@shared/model/township-aggregate';
import { addSums } from '@shared/model/ledger-aggregate';
import type { AppDatabase } from '../database';


type Delta = { base: TownshipAggregate; count: number; sums: Record<string, number> };

function add(deltas: Map<string, Delta>, row: LedgerAggregate | undefined, sign: 1 | -1): void {
  if (!row) return;
  const id = townshipAggregateId(row);
  let delta = deltas.get(id);
  if (!delta) deltas.set(id, (delta = { base: { id, townshipId: row.townshipId, year: row.year, type: row.type, count: 0, sums: {} }, count: 0, sums: {} }));
  delta.count += sign * row.count;
  delta.sums = addSums(delta.sums, row.sums, sign);
}

export const hasTownshipAggregates = (db: Pick<AppDatabase, 'tables'>): boolean => db.tables.some((t) => t.name === 'townshipAggregates');

/** Applies the replacement of each `before` aggregate row by its `after` (either may be absent). */
export async function applyAggregateRowChanges(
  db: Pick<AppDatabase, 'tables' | 'townshipAggregates'>,
  changes: readonly { before?: LedgerAggregate; after?: LedgerAggregate }[],
): Promise<void> {
  if (changes.length === 0 || !hasTownshipAggregates(db)) return;
  const deltas = new Map<string, Delta>();
  for (const { before, after } of changes) {
    add(deltas, before, -1);
    add(deltas, after, 1);
  }
  const ids = [...deltas.keys()];
  const stored = await db.townshipAggregates.bulkGet(ids);
  const puts: TownshipAggregate[] = [];
  const deletes: string[] = [];
  ids.forEach((id, i) => {
    const delta = deltas.get(id)!;
    const current = stored[i] ?? delta.base;
    const count = current.count + delta.count;
    const sums = addSums(current.sums, delta.sums, 1);
    if (count <= 0 && Object.keys(sums).length === 0) deletes.push(id);
    else puts.push({ ...current, count, sums });
  });
  if (puts.length) await db.townshipAggregates.bulkPut(puts);
  if (deletes.length) await db.townshipAggregates.bulkDelete(deletes);
}
