// v008 from a v007 database: the 培训基地 names of the 技能培训 entries become base records
// (one per village and name, in the entries' import batch), the 学习交流 running totals gain
// 派出党务干部 per 方向, and nothing else changes.
import { describe, expect, it } from 'vitest';
import { AppDatabase } from '@renderer/db/database';
import { MIGRATIONS } from '@renderer/db/migrations';
import { v008TrainingExchange } from '@renderer/db/migrations/v008-training-exchange';
import { BACKUP_TABLES } from '@shared/backup/tables';
import { aggregateEntries } from '@shared/reports/statistics/aggregate-entries';
import type { LedgerAggregate, LedgerEntry } from '@shared/model/types';
import { buildDatabaseAt } from '../fixtures/db/build';
import { makeV001Data } from '../fixtures/db/v001-data';

describe('v008-training-exchange', () => {
  it('is in the list of migrations', () => {
    expect(MIGRATIONS).toContain(v008TrainingExchange);
  });

  it('makes bases of the entries’ 培训基地 names and splits 派出党务干部 by direction', async () => {
    const name = `mig8-${crypto.randomUUID()}`;
    const data = makeV001Data();
    const ledger = data.ledger as unknown as LedgerEntry[];
    // Two entries of one pairing naming the same base, in one import batch: one base.
    const training = ledger.filter((e) => e.type === 'training' && !e.deleted);
    training[1]!.pairingId = training[0]!.pairingId;
    training[1]!.townshipId = training[0]!.townshipId;
    training[1]!.figures = { ...training[1]!.figures, base: training[0]!.figures.base };
    training[0]!.importBatchId = training[1]!.importBatchId = 'ib-1';
    await buildDatabaseAt(7, name, data);
    // Running totals as version 7 kept them: no per-direction sums.
    const old = new AppDatabase(name, MIGRATIONS.filter((m) => m.version <= 7));
    await old.open();
    await old.ledgerAggregates.where('type').equals('exchange').modify((a: LedgerAggregate) => {
      for (const key of Object.keys(a.sums)) if (key.includes('|')) delete a.sums[key];
    });
    old.close();

    const db = new AppDatabase(name);
    await db.open();
    expect(db.verno).toBeGreaterThanOrEqual(8);

    // Entries of a deleted pairing name no base.
    const pairingVillage = new Map((data.pairings as { id: string; villageId: string; deleted: number }[]).filter((p) => !p.deleted).map((p) => [p.id, p.villageId]));
    const expected = new Set(
      training.filter((e) => pairingVillage.has(e.pairingId!) && typeof e.figures.base === 'string' && e.figures.base.length <= 60).map((e) => `${pairingVillage.get(e.pairingId!)}|${e.figures.base}`),
    );
    const bases = await db.trainingBases.toArray();
    expect(new Set(bases.map((b) => `${b.villageId}|${b.name}`))).toEqual(expected);
    expect(bases.length).toBe(expected.size);
    const shared = bases.find((b) => b.name === training[0]!.figures.base)!;
    expect(shared).toMatchObject({ importBatchId: 'ib-1', deleted: 0, establishedDate: [training[0]!.date, training[1]!.date].sort()[0] });
    expect(await db.audit.filter((e) => e.entity === 'trainingBases').count()).toBe(bases.length);

    const exchange = await db.ledgerAggregates.where('type').equals('exchange').toArray();
    const recomputed = aggregateEntries(ledger.filter((e) => e.type === 'exchange'));
    expect(exchange.length).toBe(recomputed.length);
    for (const a of recomputed) expect(exchange.find((x) => x.id === a.id)?.sums, a.id).toEqual(a.sums);
    expect(exchange.some((a) => Object.keys(a.sums).some((k) => k.startsWith('cadres|direction='))), 'per-direction sums').toBe(true);

    for (const table of BACKUP_TABLES) {
      if (table === 'trainingBases' || table === 'audit' || table === 'attachments') continue;
      expect(await db.table(table).count(), table).toBe(data[table].length);
    }
    expect(await db.meetings.count()).toBe(0);
    db.close();
  });
});
