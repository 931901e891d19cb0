// Keeps LedgerAggregate rows (per pairing × year × type) equal to the sum of the live
// ledger entries. Called inside every transaction that writes the ledger — which must
// include `ledgerAggregates` and `townshipAggregates` (their township sums) — so the annual statistics read a few hundred aggregate rows
// instead of scanning 100k entries.
import type { LedgerAggregate, LedgerEntry } from '@shared/model/types';
import { ledgerType } from '@shared/model/ledger-catalog';
import { addSums, entryContributions } from '@shared/model/ledger-aggregate';
import type { AppDatabase } from '../database';
import { applyBaseChanges } from './industry-bases';
import { applyAggregateRowChanges, hasTownshipAggregates } from './township-aggregates';

export function aggregateId(entry: Pick<LedgerEntry, 'pairingId' | 'enterpriseId' | 'villageId' | 'year' | 'type'>): string {
  const owner = entry.pairingId ?? (entry.enterpriseId ? `e:${entry.enterpriseId}` : `v:${entry.villageId ?? '-'}`);
  return `${owner}|${entry.year}|${entry.type}`;
}

type Delta = { base: LedgerAggregate; count: number; sums: Record<string, number> };

function emptyAggregate(entry: LedgerEntry): LedgerAggregate {
  const agg: LedgerAggregate = {
    id: aggregateId(entry),
    townshipId: entry.townshipId,
    year: entry.year,
    type: entry.type,
    count: 0,
    sums: {},
  };
  if (entry.pairingId) agg.pairingId = entry.pairingId;
  if (entry.enterpriseId) agg.enterpriseId = entry.enterpriseId;
  if (entry.villageId) agg.villageId = entry.villageId;
  return agg;
}

function addDelta(deltas: Map<string, Delta>, entry: LedgerEntry | undefined, sign: 1 | -1): void {
  if (!entry || entry.deleted) return;
  const id = aggregateId(entry);
  const delta = deltas.get(id) ?? { base: emptyAggregate(entry), count: 0, sums: {} };
  delta.count += sign;
  delta.sums = addSums(delta.sums, entryContributions(ledgerType(entry.type), entry.figures), sign);
  deltas.set(id, delta);
}

/** Applies the effect of replacing each `before` by its `after` (either may be absent). */
export async function applyLedgerChanges(
  db: AppDatabase,
  changes: readonly { before?: LedgerEntry; after?: LedgerEntry }[],
): Promise<void> {
  const deltas = new Map<string, Delta>();
  for (const { before, after } of changes) {
    addDelta(deltas, before, -1);
    addDelta(deltas, after, 1);
  }
  if (deltas.size === 0) return;
  const ids = [...deltas.keys()];
  const stored = await db.ledgerAggregates.bulkGet(ids);
  const puts: LedgerAggregate[] = [];
  const deletes: string[] = [];
  const rowChanges: { before?: LedgerAggregate; after?: LedgerAggregate }[] = [];
  ids.forEach((id, i) => {
    const delta = deltas.get(id)!;
    const current = stored[i] ?? delta.base;
    const count = current.count + delta.count;
    if (count <= 0) {
      deletes.push(id);
      rowChanges.push({ before: stored[i] });
      return;
    }
    const sums = Object.entries(delta.sums).reduce(
      (acc, [key, value]) => addSums(acc, { [key]: value }, 1),
      current.sums,
    );
    const after = { ...current, count, sums };
    puts.push(after);
    rowChanges.push({ before: stored[i], after });
  });
  if (puts.length) await db.ledgerAggregates.bulkPut(puts);
  if (deletes.length) await db.ledgerAggregates.bulkDelete(deletes);
  await applyAggregateRowChanges(db, rowChanges);
}

/** Rebuilds every aggregate from the ledger and the 产业基地 records (used after a restore or to repair). */
export async function rebuildLedgerAggregates(db: AppDatabase): Promise<void> {
  // A database opened at a version before v004 (the migration tests build those) has no bases.
  const withBases = db.tables.some((t) => t.name === 'industryBases');
  // Clear and refill together so no reader sees half the totals.
  const withTownships = hasTownshipAggregates(db);
  await db.transaction('rw', [db.ledger, db.ledgerAggregates, db.pairings, ...(withBases ? [db.industryBases] : []), ...(withTownships ? [db.townshipAggregates] : [])], async () => {
    await db.ledgerAggregates.clear();
    if (withTownships) await db.townshipAggregates.clear();
    const entries = await db.ledger.where('deleted').equals(0).toArray();
    await applyLedgerChanges(db, entries.map((after) => ({ after })));
    if (!withBases) return;
    const bases = await db.industryBases.where('deleted').equals(0).toArray();
    await applyBaseChanges(db, bases.map((after) => ({ after })));
  });
}
