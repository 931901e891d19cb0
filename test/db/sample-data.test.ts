import { describe, expect, it } from 'vitest';
import { buildSeedCounty } from '@shared/sample/seed-county';
import { aggregateEntries } from '@shared/reports/statistics/aggregate-entries';
import { clearSampleData, currentSampleBatch, isStoreEmpty, loadSampleData, recordsAddedSince } from '@renderer/db/sample-data';
import { getSetting, setSetting } from '@renderer/db/settings';
import { freshStore } from './helpers';

const county = buildSeedCounty();

describe('示例数据: loaded as one sample batch, cleared whole', () => {
  it('loads the sample county into an empty store with its ledger totals, and marks it as a sample batch', async () => {
    const { db, ledger } = freshStore();
    await setSetting(db, 'workingYear', 2026);
    expect(await isStoreEmpty(db)).toBe(true);
    const batch = await loadSampleData(db, ledger);
    expect(await isStoreEmpty(db)).toBe(false);
    expect(await currentSampleBatch(db)).toMatchObject({ id: batch.id, kind: 'sample', undone: false });
    expect(await db.enterprises.count()).toBe(727);
    expect(await db.villages.count()).toBe(290);
    expect(await db.ledger.count()).toBe(county.ledger.length);
    expect((await db.enterprises.toArray()).every((e) => e.importBatchId === batch.id)).toBe(true);
    expect((await db.ledger.toArray()).every((e) => e.importBatchId === batch.id)).toBe(true);
    // The aggregates kept by LedgerRepository equal those recomputed from the sample's ledger.
    // The 产业基地 records bring their own rows, one per base and pairing.
    expect(await db.industryBases.count()).toBe(county.bases.length);
    const stored = await db.ledgerAggregates.toArray();
    const baseRows = stored.filter((a) => a.id.startsWith('base:'));
    expect(baseRows).toHaveLength(12);
    expect(baseRows.reduce((s, a) => s + (a.sums.area ?? 0), 0)).toBe(26_000);
    const expected = [...aggregateEntries(county.ledger), ...baseRows];
    expect(stored.length).toBe(expected.length);
    const byId = new Map(stored.map((a) => [a.id, a]));
    for (const e of expected) expect(byId.get(e.id)?.sums, e.id).toEqual(e.sums);
    expect(await getSetting(db, 'workingYear')).toBe(2008);
    expect((await getSetting(db, 'office')).unitName).toBe('中共长汀县委组织部');
    expect(batch.counts.added).toBeGreaterThan(2000);
  }, 60_000);

  it('refuses to load over existing data', async () => {
    const { db, ledger, townships } = freshStore();
    await townships.create({ name: '河田镇', kind: '镇', order: 1 });
    await expect(loadSampleData(db, ledger)).rejects.toThrow('已有数据');
    expect(await db.villages.count()).toBe(0);
  }, 60_000);

  it('clears exactly the sample in one step, keeping what the user added, and restores the settings', async () => {
    const { db, ledger, townships } = freshStore();
    await setSetting(db, 'workingYear', 2026);
    const batch = await loadSampleData(db, ledger);
    await townships.create({ name: '我的乡镇', kind: '乡', order: 99 });
    expect(await recordsAddedSince(db, batch)).toBe(1);
    const removed = await clearSampleData(db, batch.id);
    expect(removed).toBe(batch.counts.added);
    expect((await db.townships.toArray()).map((t) => t.name)).toEqual(['我的乡镇']);
    for (const t of [db.villages, db.enterprises, db.persons, db.pairings, db.pairingEvents, db.ledger, db.ledgerAggregates, db.trainings, db.commendations, db.nominees, db.industryBases]) {
      expect(await t.count()).toBe(0);
    }
    expect(await currentSampleBatch(db)).toBeUndefined();
    expect((await db.importBatches.get(batch.id))?.undone).toBe(true);
    expect(await getSetting(db, 'workingYear')).toBe(2026);
    expect((await getSetting(db, 'office')).unitName).toBe('');
    const audit = await db.audit.toArray();
    expect(audit.filter((a) => a.batchId === batch.id)).toEqual([]);
    expect(audit.at(-1)).toMatchObject({ action: 'delete', entity: 'importBatches', entityId: batch.id });
    await expect(clearSampleData(db, batch.id)).rejects.toThrow('没有可清除的示例数据');
  }, 60_000);

  it('leaves the office’s own details alone: entered before loading, or edited in 设置 while the sample was loaded', async () => {
    const own = { unitName: '中共上杭县委组织部', countyName: '上杭县', docPrefix: '杭委' };
    {
      const { db, ledger } = freshStore();
      await setSetting(db, 'office', { ...(await getSetting(db, 'office')), ...own });
      const batch = await loadSampleData(db, ledger);
      expect(await getSetting(db, 'office')).toMatchObject(own);
      await clearSampleData(db, batch.id);
      expect(await getSetting(db, 'office')).toMatchObject({ ...own, issuerMark: '' });
    }
    {
      const { db, ledger } = freshStore();
      const batch = await loadSampleData(db, ledger);
      expect((await getSetting(db, 'office')).docPrefix).toBe('汀委');
      // The office fills in its own details while trying the sample, and picks another year.
      await setSetting(db, 'office', { ...(await getSetting(db, 'office')), ...own });
      await setSetting(db, 'workingYear', 2009);
      await clearSampleData(db, batch.id);
      expect(await getSetting(db, 'office')).toMatchObject(own);
      expect(await getSetting(db, 'workingYear')).toBe(2009);
    }
  }, 120_000);
});
