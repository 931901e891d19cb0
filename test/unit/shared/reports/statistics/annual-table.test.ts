import { describe, expect, it } from 'vitest';
import { buildSeedCounty } from '@shared/sample/seed-county';
import { allColumns, computeAnnualTable, REST_KEY, UNASSIGNED_KEY } from '@shared/reports/statistics/annual-table';
import { aggregateEntries } from '@shared/reports/statistics/aggregate-entries';
import { seedInput } from './seed-input';

const county = buildSeedCounty();
const input = seedInput(county);

describe('村企联建工作年度统计表', { timeout: 60_000 }, () => {
  const table = computeAnnualTable(input, { year: 2008 });

  it('has one row per township in county order and a total that adds up every column (but those counting organizations once)', () => {
    expect(table.rows.map((r) => r.label)).toEqual([...county.townships].sort((a, b) => a.order - b.order).map((t) => t.name));
    for (const c of allColumns(table)) {
      if (c.countyOnly || c.ownTotal) continue;
      const sum = table.rows.reduce((s, r) => s + (r.values[c.id] ?? 0), 0);
      expect(table.total.values[c.id] ?? 0, c.id).toBeCloseTo(sum, 6);
    }
    expect(table.total.values).toMatchObject({ enterprises: 727, employees: 40_618, aboveScale: 39, aboveScaleWithParty: 39, enterprisePartyOrgs: 41, villages: 290, villagePartyOrgs: 290 });
    expect(table.total.values.pairings).toBe(122);
    expect(table.total.values.pairingsNew).toBe(32);
    expect(table.total.values.trainingClasses).toBe(4);
    expect(table.total.values.trainees).toBe(4 * 39);
    expect(table.total.values['honour.county']).toBe(11);
    expect(table.total.values['honour.city']).toBe(11);
  });

  it('takes every ledger figure of the year from the aggregates, equal to the ledger summed entry by entry', () => {
    const entries = county.ledger.filter((e) => e.year === 2008);
    const byTownship = (townshipId: string, type: string, key: string) =>
      entries.filter((e) => e.townshipId === townshipId && e.type === type).reduce((s, e) => s + (typeof e.figures[key] === 'number' ? (e.figures[key] as number) : 0), 0);
    for (const row of table.rows) {
      expect(row.values['ledger.labour.skilled'] ?? 0).toBe(byTownship(row.key, 'labour', 'skilled'));
      expect(row.values['ledger.funds.amount'] ?? 0).toBeCloseTo(byTownship(row.key, 'funds', 'amount'), 6);
      expect(row.values['ledger.security.patrols'] ?? 0).toBe(byTownship(row.key, 'security', 'patrols'));
    }
    const stars = entries.filter((e) => e.type === 'starRating');
    expect(table.total.values['ledger.starRating.#count']).toBe(stars.length);
    expect(table.total.values['ledger.starRating.stars=5'] ?? 0).toBe(stars.filter((e) => e.figures.stars === '5').length);
  });

  it('gives the same table from totals per township as from the stored per-pairing aggregates (the in-memory recompute)', () => {
    // The 产业基地 rows come from the bases, not the ledger, in both.
    const baseRows = input.aggregates.filter((a) => a.id.startsWith('base:'));
    const byTownship = [...aggregateEntries(county.ledger, { by: 'township' }), ...baseRows];
    expect(byTownship.length).toBeLessThan(input.aggregates.length);
    for (const year of [2006, 2007, 2008]) {
      expect(computeAnnualTable({ ...input, aggregates: byTownship }, { year })).toEqual(computeAnnualTable(input, { year }));
    }
  });

  it('counts pairings active at the end of each year and new in it, with ended pairings leaving', () => {
    expect(computeAnnualTable(input, { year: 2006 }).total.values).toMatchObject({ pairings: 53, pairingsNew: 53 });
    expect(computeAnnualTable(input, { year: 2007 }).total.values).toMatchObject({ pairings: 90, pairingsNew: 40 });
  });

  it('filters by township: only those rows, totals of those rows, no county-only figures', () => {
    const ids = [county.townships[6].id, county.townships[18].id];
    const some = computeAnnualTable(input, { year: 2008, townshipIds: ids });
    expect(some.rows.map((r) => r.label)).toEqual(['河田镇', '长汀经济开发区']);
    expect(some.total.label).toBe('合计');
    expect(some.total.values.trainingClasses).toBeUndefined();
    expect(some.total.values.enterprises).toBe(45 + 212);
  });

  it('puts what belongs to no known township in 其他（未分乡镇）, so the columns still add up', () => {
    const orphan = aggregateEntries([{ pairingId: 'gone', townshipId: 'deleted-township', year: 2008, type: 'labour', figures: { sent: 10, skilled: 4 }, deleted: 0 }]);
    const t = computeAnnualTable({ ...input, aggregates: [...input.aggregates, ...orphan] }, { year: 2008 });
    const other = t.rows.find((r) => r.key === UNASSIGNED_KEY)!;
    expect(other.values['ledger.labour.sent']).toBe(10);
    expect(t.total.values['ledger.labour.sent']).toBe(table.total.values['ledger.labour.sent'] + 10);
  });
});

describe('the annual table by enterprise and by village', { timeout: 60_000 }, () => {
  const byTownship = computeAnnualTable(input, { year: 2008 });
  const byEnterprise = computeAnnualTable(input, { year: 2008, groupBy: 'enterprise' });
  const byVillage = computeAnnualTable(input, { year: 2008, groupBy: 'village' });
  const taihui = county.enterprises.find((e) => e.name === '福建台慧体育器材有限公司')!;
  const taihuiPairings = new Set(county.pairings.filter((p) => p.enterpriseId === taihui.id).map((p) => p.id));
  const women = (year: number) => county.ledger.filter((e) => e.year === year && e.pairingId && taihuiPairings.has(e.pairingId)).reduce((s, e) => s + (Number(e.figures.leftBehindWomen) || 0), 0);

  it('has the same columns and the same county total whatever the grouping', () => {
    for (const t of [byEnterprise, byVillage]) {
      expect(allColumns(t).map((c) => c.id)).toEqual(allColumns(byTownship).map((c) => c.id));
      expect(t.total.values).toEqual(byTownship.total.values);
      expect(t.total.label).toBe('全县合计');
    }
  });

  it('adds every column but the other kind’s register up to the total, through the rest and 其他 rows', () => {
    for (const t of [byEnterprise, byVillage]) {
      for (const c of allColumns(t)) {
        if (c.countyOnly) continue;
        const sum = t.rows.reduce((s, r) => s + (r.values[c.id] ?? 0), 0);
        expect(t.total.values[c.id] ?? 0, `${t.groupBy} ${c.id}`).toBeCloseTo(sum, 6);
      }
    }
    // 培训交流 and 督查整改 are counted per township: by enterprise or village they have only the total.
    const perTownship = byEnterprise.parts.filter((p) => p.key === 'exchange' || p.key === 'supervision').flatMap((p) => p.groups.flatMap((g) => g.columns.map((c) => c.id)));
    expect(perTownship.length).toBeGreaterThan(5);
    expect(allColumns(byEnterprise).filter((c) => c.countyOnly).map((c) => c.id)).toEqual(['villages', 'villagePartyOrgs', 'trainingClasses', ...perTownship]);
    expect(allColumns(byVillage).filter((c) => c.countyOnly).map((c) => c.id)).toEqual(['enterprises', 'employees', 'aboveScale', 'aboveScaleWithParty', 'enterprisePartyOrgs', 'trainingClasses', ...perTownship]);
    // Their totals are the township table's.
    const byTownship = computeAnnualTable(input, { year: 2008 });
    for (const id of perTownship) expect(byEnterprise.total.values[id], id).toBe(byTownship.total.values[id]);
  });

  it('shows one enterprise’s workers placed in a year: 台慧’s 240多 women over the years, as its row says each year', () => {
    let overYears = 0;
    for (const year of [2006, 2007, 2008]) {
      const t = computeAnnualTable(input, { year, groupBy: 'enterprise' });
      const row = t.rows.find((r) => r.key === taihui.id);
      expect(row?.values['ledger.labour.leftBehindWomen'] ?? 0, String(year)).toBe(women(year));
      overYears += row?.values['ledger.labour.leftBehindWomen'] ?? 0;
    }
    expect(overYears).toBe(243);
    const row = byEnterprise.rows.find((r) => r.key === taihui.id)!;
    expect(row).toMatchObject({ label: '福建台慧体育器材有限公司', township: county.townships.find((t) => t.id === taihui.townshipId)!.name });
    expect(row.values.enterprises).toBe(1);
    expect(row.values.employees).toBe(taihui.employees);
  });

  it('lists the enterprises and villages that took part, then one row for the rest of the register', () => {
    const active = new Set(county.pairings.filter((p) => p.approvedDate! <= '2008-12-31' && (!p.endedDate || p.endedDate >= '2008-01-01')).map((p) => p.enterpriseId));
    const listed = byEnterprise.rows.filter((r) => !r.key.startsWith('__'));
    for (const id of active) expect(listed.some((r) => r.key === id)).toBe(true);
    const rest = byEnterprise.rows.find((r) => r.key === REST_KEY)!;
    expect(rest.label).toBe(`其余${727 - listed.length}家企业（未参加联建）`);
    expect(rest.values.enterprises).toBe(727 - listed.length);
    expect(rest.values['ledger.labour.sent'] ?? 0).toBe(0);
    const villages = byVillage.rows.filter((r) => !r.key.startsWith('__'));
    expect(villages.every((r) => r.values.villages === 1 && r.township)).toBe(true);
    expect(byVillage.rows.find((r) => r.key === REST_KEY)!.values.villages).toBe(290 - villages.length);
  });

  it('filters by township in every grouping', () => {
    const hetian = county.townships.find((t) => t.name === '河田镇')!;
    const t = computeAnnualTable(input, { year: 2008, groupBy: 'village', townshipIds: [hetian.id] });
    expect(t.rows.filter((r) => !r.key.startsWith('__')).every((r) => r.township === '河田镇')).toBe(true);
    expect(t.total.values['ledger.labour.sent']).toBe(byTownship.rows.find((r) => r.key === hetian.id)!.values['ledger.labour.sent']);
    expect(t.total.values.villages).toBe(28);
  });
});
