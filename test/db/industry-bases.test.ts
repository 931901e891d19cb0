// 产业基地 store: the record rules and the rules that read the store, the running totals of
// the 产业共建 type kept from the bases (a base of two pairings counted once), soft delete and
// restore, and the ledger refusing 产业共建 entries of its own.
import { describe, expect, it } from 'vitest';
import { seedCounty } from './pairing-fixtures';

async function withPairings() {
  const f = await seedCounty();
  const a = await f.store.pairings.apply(f.application());
  await f.store.pairings.approve(a.id, '2008-03-15');
  const b = await f.store.pairings.apply(f.application({ enterpriseId: f.taihui.id, villageId: f.luofu.id, responsibleTownshipId: f.datong.id }));
  await f.store.pairings.approve(b.id, '2008-04-01');
  const pending = await f.store.pairings.apply(f.application({ villageId: f.luofu.id }));
  return { ...f, a, b, pending };
}

const industryRows = async (f: Awaited<ReturnType<typeof withPairings>>) =>
  (await f.store.db.ledgerAggregates.toArray()).filter((r) => r.type === 'industry').sort((x, y) => x.id.localeCompare(y.id));

describe('产业基地 records', () => {
  it('keeps the 产业共建 totals from the bases: the lead pairing carries the figures, a second pairing counts without them', async () => {
    const f = await withPairings();
    const base = await f.store.industryBases.create({ name: '红星村毛竹林基地', product: '毛竹', area: 1200, households: 86, incomePerHousehold: 230, enterpriseGain: 45, pairingIds: [f.a.id, f.b.id], year: 2008, townshipId: '' });
    expect(base.townshipId).toBe(f.hetian.id);
    let rows = await industryRows(f);
    expect(rows.map((r) => [r.pairingId, r.townshipId, r.year, r.count, r.sums])).toEqual(
      [
        [f.a.id, f.hetian.id, 2008, 1, { bases: 1, area: 1200, households: 86, enterpriseGain: 45 }],
        [f.b.id, f.datong.id, 2008, 1, {}],
      ].sort((x, y) => `base:${base.id}|${x[0] as string}`.localeCompare(`base:${base.id}|${y[0] as string}`)),
    );

    // An edit moves the figures; dropping the second pairing drops its row.
    await f.store.industryBases.update(base.id, { ...base, area: 1500, pairingIds: [f.a.id], year: 2007 });
    rows = await industryRows(f);
    expect(rows.map((r) => [r.pairingId, r.year, r.sums.area])).toEqual([[f.a.id, 2007, 1500]]);

    await f.store.industryBases.remove(base.id);
    expect(await industryRows(f)).toEqual([]);
    await f.store.industryBases.restore(base.id);
    expect((await industryRows(f)).map((r) => r.sums.area)).toEqual([1500]);
    const audit = await f.store.db.audit.where('entityId').equals(base.id).toArray();
    expect(audit.map((e) => e.action)).toEqual(['create', 'update', 'delete', 'restore']);
  });

  it('refuses what the form refuses, names the field, and writes nothing', async () => {
    const f = await withPairings();
    const good = { name: '加工基地', area: 10, pairingIds: [f.a.id], year: 2008, townshipId: '' };
    await expect(f.store.industryBases.create({ ...good, name: ' ' })).rejects.toThrow('请填写基地名称');
    await expect(f.store.industryBases.create({ ...good, pairingIds: [] })).rejects.toThrow('请选择所属联建');
    await expect(f.store.industryBases.create({ ...good, area: -1 })).rejects.toThrow('面积应为非负数');
    await expect(f.store.industryBases.create({ ...good, year: 2999 })).rejects.toThrow('建立年份不能晚于今年');
    await expect(f.store.industryBases.create({ ...good, pairingIds: [f.pending.id] })).rejects.toThrow('尚未批准');
    await f.store.industryBases.create(good);
    await expect(f.store.industryBases.create(good)).rejects.toThrow('该联建已有名为「加工基地」的产业基地');
    expect(await f.store.db.industryBases.count()).toBe(1);
    expect((await industryRows(f)).length).toBe(1);
  });

  it('is the only way 产业共建 figures enter: the ledger refuses entries of that type', async () => {
    const f = await withPairings();
    await expect(
      f.store.ledgerEntries.add([{ pairingId: f.a.id, type: 'industry', date: '2008-05-01', precision: 'day', figures: { product: '毛竹', area: 100 } }]),
    ).rejects.toThrow('产业共建请在「产业基地」中登记');
    expect(await f.store.db.ledger.count()).toBe(0);
  });
});
