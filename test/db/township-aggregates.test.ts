// The township × year × type totals (townshipAggregates, v009) always equal a recount from the
// live ledger, after every way the ledger is written: create, edit, delete, restore of an
// entry, an import and its undo, a restore from a backup, a rebuild; and the annual table
// computed from them equals the one computed from the per-pairing rows.
import { describe, expect, it } from 'vitest';
import type { LedgerAggregate, LedgerEntry } from '@shared/model/types';
import { townshipRowsOf } from '@shared/model/township-aggregate';
import { aggregateEntries } from '@shared/reports/statistics/aggregate-entries';
import { computeAnnualTable } from '@shared/reports/statistics/annual-table';
import type { BackupContents } from '@shared/backup/read';
import type { AppDatabase } from '@renderer/db/database';
import type { LedgerDraft } from '@renderer/db/repositories/ledger';
import { rebuildLedgerAggregates } from '@renderer/db/repositories/ledger-aggregates';
import { commitImport, undoImportBatch } from '@renderer/db/repositories/import-batches';
import { loadStatisticsInput } from '@renderer/features/statistics/load';
import { readSnapshot } from '@renderer/features/backup/store-io';
import { replaceStore } from '@renderer/features/backup/store-replace';
import { freshStore } from './helpers';

const draft = (i: number, over: Partial<LedgerDraft> = {}): LedgerDraft => ({
  pairingId: `p${i % 5}`,
  townshipId: `t${i % 3}`,
  date: `${2007 + (i % 3)}-05-01`,
  precision: 'day',
  year: 2007 + (i % 3),
  type: (['labour', 'funds', 'training', 'exchange'] as const)[i % 4],
  figures: i % 4 === 0 ? { sent: i, skilled: i % 7 } : i % 4 === 1 ? { amount: i / 10, purpose: i % 2 ? '公益事业' : '产业发展' } : i % 4 === 2 ? { sessions: 1, trainees: i } : { visits: 1 },
  personIds: [],
  attachmentIds: [],
  ...over,
});

const sorted = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

async function expectRecounted(db: AppDatabase, step: string) {
  const live = (await db.ledger.toArray()).filter((e) => !e.deleted);
  const recount = townshipRowsOf(aggregateEntries(live));
  expect(recount.length, step).toBeGreaterThan(10);
  expect(sorted(await db.townshipAggregates.toArray()), step).toEqual(sorted(recount));
  // Kept beside the per-pairing rows they sum.
  expect(sorted(await db.townshipAggregates.toArray()), step).toEqual(sorted(townshipRowsOf(await db.ledgerAggregates.toArray())));
  for (const year of [2007, 2008, 2009]) {
    const byTownship = await loadStatisticsInput(db, year, year, { aggregates: 'township' });
    const byPairing = await loadStatisticsInput(db, year, year);
    expect(computeAnnualTable(byTownship, { year }), `${step} ${year}`).toEqual(computeAnnualTable(byPairing, { year }));
    // The same numbers aggregateEntries gives by township (what the statistics compute from).
    const expected = aggregateEntries(live.filter((e) => e.year === year), { by: 'township' });
    const total = (rows: readonly LedgerAggregate[]) => rows.reduce((s, a) => s + a.count, 0);
    expect(total(byTownship.aggregates), `${step} ${year}`).toBe(total(expected));
  }
}

describe('township aggregates follow every write of the ledger', () => {
  it('create, edit, delete, restore, import, undo, restore from a backup, rebuild', async () => {
    const store = freshStore();
    const { db, ledger } = store;
    for (const t of ['t0', 't1', 't2']) await db.townships.add({ id: t, name: `乡镇${t}`, kind: '镇', order: 1, createdAt: '', updatedAt: '', deleted: 0 });
    const created: LedgerEntry[] = [];
    for (let i = 0; i < 24; i++) created.push(await ledger.create(draft(i)));
    await expectRecounted(db, 'create');

    await ledger.update(created[0]!.id, { figures: { sent: 500, skilled: 1 } });
    await ledger.update(created[1]!.id, { townshipId: 't2', year: 2009, date: '2009-02-01' });
    await expectRecounted(db, 'edit');

    await ledger.remove(created[2]!.id);
    await ledger.remove(created[4]!.id);
    await expectRecounted(db, 'delete');
    await ledger.restore(created[2]!.id);
    await expectRecounted(db, 'restore');

    const snapshot = await readSnapshot(db);

    const [batch] = await commitImport(db, {
      batches: [{ kind: 'ledger', fileName: '台账.xlsx', fileHash: 'ab'.repeat(32), counts: { added: 12, updated: 0, rejected: 0 } }],
      writes: Array.from({ length: 12 }, (_, i) => ({ action: 'create' as const, table: 'ledger' as const, batch: 0, id: `imp-${i}`, draft: { ...draft(i + 100) } })),
    });
    await expectRecounted(db, 'import');
    await undoImportBatch(db, batch!.id);
    await expectRecounted(db, 'undo');

    await ledger.create(draft(7, { townshipId: 't1' }));
    const contents = { manifest: { createdAt: '2008-12-03T00:00:00.000Z', app: { version: '0.1.0' }, counts: {} }, tables: snapshot } as unknown as BackupContents;
    await replaceStore(db, contents, { fileName: '备份.cqbak' });
    await expectRecounted(db, 'restore from backup');

    await db.townshipAggregates.clear();
    await rebuildLedgerAggregates(db);
    await expectRecounted(db, 'rebuild');
  });
});
