// Committing an import and undoing it: one transaction each, all or nothing; batch record and
// audit entries; updated records restored from the audit log; refusals when records changed.
import { describe, expect, it, vi } from 'vitest';
import type { Enterprise, LedgerEntry, Township, Village } from '@shared/model/types';
import { commitImport, undoImportBatch, type CommitPlan } from '@renderer/db/repositories/import-batches';
import { recordHistory } from '@renderer/db/audit';
import { freshStore } from '../helpers';

const batch = (counts = { added: 0, updated: 0, rejected: 0 }) => ({ kind: 'villages' as const, fileName: '村情信息表.xlsx', fileHash: 'ab'.repeat(32), counts });

const village = (townshipId: string, name: string, extra: Partial<Village> = {}) => ({ townshipId, name, industries: [], partyOrg: {}, ...extra });

async function seeded() {
  const store = freshStore();
  const hetian = await store.townships.create({ name: '河田镇', kind: '镇', order: 1 });
  const hongxing = await store.villages.create(village(hetian.id, '红星村', { population: 1600 }));
  return { store, hetian, hongxing };
}

/** A plan creating 大同镇 and two villages in it, and updating 红星村's population. */
function plan(hetian: Township, hongxing: Village): CommitPlan {
  return {
    batches: [batch({ added: 2, updated: 1, rejected: 3 })],
    writes: [
      { action: 'create', table: 'townships', batch: 0, id: 'tw-datong', draft: { name: '大同镇', kind: '镇', order: 2 } },
      { action: 'create', table: 'villages', batch: 0, id: 'v-dongguan', draft: village('tw-datong', '东关村') },
      { action: 'create', table: 'villages', batch: 0, id: 'v-huangguan', draft: village('tw-datong', '黄馆村') },
      { action: 'update', table: 'villages', batch: 0, id: hongxing.id, next: village(hetian.id, '红星村', { population: 1630 }), expectedUpdatedAt: hongxing.updatedAt },
    ],
  };
}

describe('commitImport', () => {
  it('writes records, the batch and the audit entries together', async () => {
    const { store, hetian, hongxing } = await seeded();
    const [b] = await commitImport(store.db, plan(hetian, hongxing));
    expect(b).toMatchObject({ kind: 'villages', fileName: '村情信息表.xlsx', fileHash: 'ab'.repeat(32), counts: { added: 2, updated: 1, rejected: 3 }, undone: false });
    expect(await store.db.importBatches.toArray()).toEqual([b]);
    const villages = await store.villages.list();
    expect(villages.map((v) => v.name).sort()).toEqual(['东关村', '红星村', '黄馆村']);
    expect(villages.every((v) => v.importBatchId === b.id)).toBe(true);
    expect((await store.townships.get('tw-datong'))?.importBatchId).toBe(b.id);
    expect((await store.villages.get(hongxing.id))?.population).toBe(1630);
    const audit = await store.db.audit.where('batchId').equals(b.id).toArray();
    // Created records: one entry per table naming the batch, the ids and the file; updates one each.
    expect(audit.map((a) => `${a.action}:${a.entity}:${a.entityId}:${a.ids?.join('+') ?? ''}`).sort()).toEqual(
      [`create:townships:${b.id}:tw-datong`, `create:villages:${b.id}:v-dongguan+v-huangguan`, `update:villages:${hongxing.id}:`].sort(),
    );
    expect(audit.filter((a) => a.ids).every((a) => a.fileName === '村情信息表.xlsx' && a.fileHash === 'ab'.repeat(32) && a.after === undefined)).toBe(true);
    expect((audit.find((a) => a.action === 'update')?.before as Village | undefined)?.population).toBe(1600);
  });

  it('a record’s history finds the batch that created it, also after a later batch updated it', async () => {
    const { store, hetian, hongxing } = await seeded();
    const [b] = await commitImport(store.db, plan(hetian, hongxing));
    const created = await recordHistory(store.db, 'villages', 'v-dongguan');
    expect(created.map((e) => [e.action, e.fileName, e.batchId])).toEqual([['create', '村情信息表.xlsx', b.id]]);
    const dongguan = (await store.villages.get('v-dongguan'))!;
    const [later] = await commitImport(store.db, {
      batches: [{ ...batch({ added: 0, updated: 1, rejected: 0 }), fileName: '村情补充.xlsx' }],
      writes: [{ action: 'update', table: 'villages', batch: 0, id: 'v-dongguan', next: village('tw-datong', '东关村', { population: 880 }), expectedUpdatedAt: dongguan.updatedAt }],
    });
    expect((await store.villages.get('v-dongguan'))?.importBatchId).toBe(later.id);
    const history = await recordHistory(store.db, 'villages', 'v-dongguan');
    expect(history.map((e) => [e.action, e.batchId, e.fileName])).toEqual([
      ['create', b.id, '村情信息表.xlsx'],
      ['update', later.id, undefined],
    ]);
    // The township the batch created has its own batch entry, not the villages'.
    expect((await recordHistory(store.db, 'townships', 'tw-datong')).map((e) => e.ids)).toEqual([['tw-datong']]);
  });

  it('undoes a batch written in the older shape (one create entry per record)', async () => {
    const { store, hetian } = await seeded();
    const time = new Date().toISOString();
    const after = { ...village(hetian.id, '旧村'), id: 'v-old', createdAt: time, updatedAt: time, deleted: 0 as const, importBatchId: 'ib-old' };
    await store.db.villages.add(after as Village);
    await store.db.importBatches.add({ id: 'ib-old', kind: 'villages', fileName: '旧.xlsx', fileHash: '', counts: { added: 1, updated: 0, rejected: 0 }, createdAt: time, undone: false });
    await store.db.audit.add({ time, action: 'create', entity: 'villages', entityId: 'v-old', after, batchId: 'ib-old' });
    expect(await undoImportBatch(store.db, 'ib-old')).toEqual({ removed: 1, restored: 0 });
    expect((await store.villages.get('v-old'))?.deleted).toBe(1);
  });

  it('is all or nothing: a clash in the middle (an id already taken) leaves the store as it was', async () => {
    const { store, hetian, hongxing } = await seeded();
    const p = plan(hetian, hongxing);
    p.writes.splice(2, 0, { action: 'create', table: 'villages', batch: 0, id: hongxing.id, draft: village(hetian.id, '重复') });
    await expect(commitImport(store.db, p)).rejects.toThrow();
    expect(await store.townships.count()).toBe(1);
    expect((await store.villages.list()).map((v) => [v.name, v.population])).toEqual([['红星村', 1600]]);
    expect(await store.db.importBatches.count()).toBe(0);
    expect(await store.db.audit.where('batchId').above('').count()).toBe(0);
  });

  it('written in chunks (several requests in the one transaction): every record, one audit entry per table and batch', async () => {
    const { store, hetian, hongxing } = await seeded();
    const p = plan(hetian, hongxing);
    p.writes.push({ action: 'create', table: 'villages', batch: 0, id: 'v-sanzhou', draft: village('tw-datong', '三洲村') });
    const [b] = await commitImport(store.db, p, { chunkSize: 1 });
    expect((await store.villages.list()).map((v) => v.name).sort()).toEqual(['三洲村', '东关村', '红星村', '黄馆村']);
    expect((await store.villages.get(hongxing.id))?.population).toBe(1630);
    const created = (await store.db.audit.where('batchId').equals(b.id).toArray()).filter((a) => a.ids);
    expect(created.map((a) => `${a.entity}:${a.ids!.join('+')}`).sort()).toEqual(['townships:tw-datong', 'villages:v-dongguan+v-huangguan+v-sanzhou']);
  });

  it('is all or nothing across chunks: a clash in a later chunk takes back the chunks already written', async () => {
    const { store, hetian, hongxing } = await seeded();
    const p = plan(hetian, hongxing);
    // With one record a request, 东关村 and 黄馆村 are written before the taken id is reached.
    p.writes.splice(3, 0, { action: 'create', table: 'villages', batch: 0, id: hongxing.id, draft: village(hetian.id, '重复') });
    await expect(commitImport(store.db, p, { chunkSize: 1 })).rejects.toThrow();
    expect(await store.townships.count()).toBe(1);
    expect((await store.villages.list()).map((v) => [v.name, v.population])).toEqual([['红星村', 1600]]);
    expect(await store.db.importBatches.count()).toBe(0);
    expect(await store.db.audit.where('batchId').above('').count()).toBe(0);
  });

  it('a failure injected after the records are written (the audit write) rolls everything back', async () => {
    const { store, hetian, hongxing } = await seeded();
    const auditCount = await store.db.audit.count();
    const spy = vi.spyOn(store.db.audit, 'bulkAdd').mockImplementationOnce((() => Promise.reject(new Error('注入的故障'))) as never);
    await expect(commitImport(store.db, plan(hetian, hongxing))).rejects.toThrow('注入的故障');
    spy.mockRestore();
    expect(await store.townships.count()).toBe(1);
    expect(await store.villages.count()).toBe(1);
    expect((await store.villages.get(hongxing.id))?.population).toBe(1600);
    expect(await store.db.importBatches.count()).toBe(0);
    expect(await store.db.audit.count()).toBe(auditCount);
  });

  it('refuses when a record to update changed after the preview', async () => {
    const { store, hetian, hongxing } = await seeded();
    await store.villages.update(hongxing.id, { population: 1700 });
    await expect(commitImport(store.db, plan(hetian, hongxing))).rejects.toThrow(/村「红星村」在预览之后已被修改或删除/);
    expect(await store.villages.count()).toBe(1);
    expect(await store.db.importBatches.count()).toBe(0);
  });

  it('keeps ledger aggregates current (TABLE_HOOKS), and undo takes them back', async () => {
    const { store, hetian } = await seeded();
    const entry = (sent: number): Partial<LedgerEntry> => ({ townshipId: hetian.id, villageId: 'v1', type: 'labour', date: '2008-06-01', precision: 'day', year: 2008, figures: { sent }, personIds: [], attachmentIds: [] });
    const [b] = await commitImport(store.db, {
      batches: [{ ...batch({ added: 2, updated: 0, rejected: 0 }), kind: 'ledger' }],
      writes: [
        { action: 'create', table: 'ledger', batch: 0, id: 'l1', draft: entry(30) },
        { action: 'create', table: 'ledger', batch: 0, id: 'l2', draft: entry(12) },
      ],
    });
    const [agg] = await store.db.ledgerAggregates.toArray();
    expect(agg).toMatchObject({ count: 2, sums: { sent: 42 } });
    await undoImportBatch(store.db, b.id);
    expect((await store.db.ledgerAggregates.toArray()).every((a) => a.count === 0)).toBe(true);
  });
});

describe('undoImportBatch', () => {
  it('removes created records, restores updated ones from the audit log, marks the batch undone', async () => {
    const { store, hetian, hongxing } = await seeded();
    const [b] = await commitImport(store.db, plan(hetian, hongxing));
    expect(await undoImportBatch(store.db, b.id)).toEqual({ removed: 3, restored: 1 });
    expect((await store.villages.list()).map((v) => [v.name, v.population])).toEqual([['红星村', 1600]]);
    expect((await store.villages.get(hongxing.id))?.importBatchId).toBeUndefined();
    expect((await store.townships.list()).map((t) => t.name)).toEqual(['河田镇']);
    expect((await store.townships.get('tw-datong'))?.deleted).toBe(1);
    expect(await store.db.importBatches.get(b.id)).toMatchObject({ undone: true, undoneAt: expect.any(String) });
    const undoAudit = (await store.db.audit.toArray()).slice(-4);
    expect(undoAudit.map((a) => a.action).sort()).toEqual(['delete', 'delete', 'delete', 'update']);
    await expect(undoImportBatch(store.db, b.id)).rejects.toThrow(/该批次已于 .* 撤销/);
  });

  it('refuses, naming the record, when a record of the batch was changed since', async () => {
    const { store, hetian, hongxing } = await seeded();
    const [b] = await commitImport(store.db, plan(hetian, hongxing));
    await store.villages.update('v-dongguan', { population: 900 });
    await expect(undoImportBatch(store.db, b.id)).rejects.toThrow(/村「东关村」在导入后已被修改或删除/);
    expect(await store.villages.count()).toBe(3);
    expect((await store.db.importBatches.get(b.id))?.undone).toBe(false);
  });

  it('refuses when a record outside the batch now uses one the batch created', async () => {
    const { store, hetian, hongxing } = await seeded();
    const [b] = await commitImport(store.db, plan(hetian, hongxing));
    await store.villages.create(village('tw-datong', '新建的村'));
    await expect(undoImportBatch(store.db, b.id)).rejects.toThrow(/乡镇「大同镇」已被村「新建的村」使用/);
    expect(await store.villages.count()).toBe(4);
  });

  it('a second batch on the same records blocks undoing the first until the second is undone', async () => {
    const { store, hetian, hongxing } = await seeded();
    const [first] = await commitImport(store.db, plan(hetian, hongxing));
    const current = (await store.villages.get(hongxing.id))!;
    const [second] = await commitImport(store.db, {
      batches: [batch({ added: 0, updated: 1, rejected: 0 })],
      writes: [{ action: 'update', table: 'villages', batch: 0, id: hongxing.id, next: village(hetian.id, '红星村', { population: 1700 }), expectedUpdatedAt: current.updatedAt }],
    });
    await expect(undoImportBatch(store.db, first.id)).rejects.toThrow(/红星村/);
    await undoImportBatch(store.db, second.id);
    expect((await store.villages.get(hongxing.id))?.population).toBe(1630);
    await undoImportBatch(store.db, first.id);
    expect((await store.villages.get(hongxing.id))?.population).toBe(1600);
  });
});

describe('enterprises too', () => {
  it('an update keeps createdAt and replaces the content', async () => {
    const store = freshStore();
    const t = await store.townships.create({ name: '河田镇', kind: '镇', order: 1 });
    const e = await store.enterprises.create({ townshipId: t.id, name: '红旗纺织', aboveScale: false, partyOrg: { type: '未建立' } } as Parameters<typeof store.enterprises.create>[0]);
    await commitImport(store.db, {
      batches: [{ ...batch(), kind: 'enterprises' }],
      writes: [{ action: 'update', table: 'enterprises', batch: 0, id: e.id, next: { townshipId: t.id, name: '红旗纺织', aboveScale: true, partyOrg: { type: '党支部' } }, expectedUpdatedAt: e.updatedAt }],
    });
    const after = (await store.enterprises.get(e.id)) as Enterprise;
    expect(after).toMatchObject({ aboveScale: true, partyOrg: { type: '党支部' }, createdAt: e.createdAt, deleted: 0 });
  });
});
