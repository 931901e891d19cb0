// The rule of where a year's figures come from: a township's accepted tally where it reported,
// the ledger where it did not, the office's choice per township, never the two added — and the
// annual table, the summary figures and the reconciliation all taking the same figures.
import { describe, expect, it } from 'vitest';
import { computeAnnualTable } from '@shared/reports/statistics/annual-table';
import { computeCountyFigures } from '@shared/reports/statistics/county-figures';
import type { StatisticsInput, TallyInput } from '@shared/reports/statistics/input';
import { reconcile, reconcileCounty } from '@shared/reports/statistics/reconcile';
import { decideSource, sourceNote, summarizeSources, yearFigures } from '@shared/reports/statistics/sources';
import { seedInput } from './seed-input';

const base = seedInput();
const byName = (name: string) => base.townships.find((t) => t.name === name)!;
const hetian = byName('河田镇');
const zhuotian = byName('濯田镇');
const pairingsOf = (townshipId: string, year = 2008) =>
  base.pairings.filter((p) => p.responsibleTownshipId === townshipId && p.approvedDate! <= `${year}-12-31` && (!p.endedDate || p.endedDate >= `${year}-01-01`));
const ledgerSum = (townshipId: string, type: string, key: string, year = 2008) =>
  base.aggregates.filter((a) => a.townshipId === townshipId && a.year === year && a.type === type).reduce((s, a) => s + (a.sums[key] ?? 0), 0);

/** A township's own tally: 100 workers sent (30 skilled) and 7.5万元 per pairing, one cadre sent by the first. */
function tallyOf(townshipId: string, year = 2008, createdAt = `${year + 1}-01-05`): TallyInput {
  return {
    year,
    townshipId,
    scope: { kind: 'township', id: townshipId },
    createdAt,
    rows: pairingsOf(townshipId, year).map((p, i) => ({
      pairingId: p.id,
      figures: { labour: { sent: 100, skilled: 30, landless: null }, funds: { amount: 7.5 }, exchange: { cadres: i === 0 ? 1 : 0 }, training: { 'orderBased=true': i === 0 } },
    })),
  };
}

const withTallies = (tallies: TallyInput[], choices: StatisticsInput['sourceChoices'] = []): StatisticsInput => ({ ...base, tallies, sourceChoices: choices });
const row = (input: StatisticsInput, townshipId: string, year = 2008) => computeAnnualTable(input, { year }).rows.find((r) => r.key === townshipId)!.values;

describe('decideSource: the rule', () => {
  it.each([
    // reported, tally pairings, office's choice → source
    [false, 0, undefined, 'ledger'],
    [true, 5, undefined, 'tally'],
    [true, 5, 'ledger', 'ledger'],
    [true, 5, 'tally', 'tally'],
    // Only enterprises reported some of its pairings: the ledger, unless the office says the tally.
    [false, 2, undefined, 'ledger'],
    [false, 2, 'tally', 'tally'],
    // Nothing was accepted (every row refused, or no tally): the ledger, whatever was chosen.
    [true, 0, undefined, 'ledger'],
    [false, 0, 'tally', 'ledger'],
  ] as const)('reported %s, %i pairings in tallies, chosen %s → %s', (reported, tallyPairings, chosen, expected) => {
    expect(decideSource({ reported, tallyPairings, chosen })).toBe(expected);
  });
});

describe('the year’s figures under the rule', { timeout: 60_000 }, () => {
  const ledgerOnly = computeAnnualTable(base, { year: 2008 });
  const input = withTallies([tallyOf(hetian.id)]);
  const table = computeAnnualTable(input, { year: 2008 });
  const n = pairingsOf(hetian.id).length;

  it('takes a reporting township’s tally, not its ledger and never both', () => {
    expect(n).toBeGreaterThan(5);
    const h = table.rows.find((r) => r.key === hetian.id)!.values;
    expect(h['ledger.labour.sent']).toBe(100 * n);
    expect(h['ledger.labour.skilled']).toBe(30 * n);
    expect(h['ledger.funds.amount']).toBeCloseTo(7.5 * n, 6);
    expect(h['ledger.exchange.cadres']).toBe(1);
    expect(ledgerSum(hetian.id, 'labour', 'sent')).not.toBe(100 * n);
    expect(h['ledger.labour.sent']).not.toBe(100 * n + ledgerSum(hetian.id, 'labour', 'sent'));
    // A figure the tally left out (null) or reported as 0 is 0 for the township: not filled from the ledger.
    expect(h['ledger.labour.landless'] ?? 0).toBe(0);
    expect(h['ledger.security.patrols'] ?? 0).toBe(0);
  });

  it('keeps every other township on its ledger, and the county total is their sum', () => {
    for (const r of table.rows) {
      if (r.key === hetian.id) continue;
      expect(r.values, r.label).toEqual(ledgerOnly.rows.find((x) => x.key === r.key)!.values);
    }
    const sent = ledgerOnly.total.values['ledger.labour.sent'] - ledgerSum(hetian.id, 'labour', 'sent') + 100 * n;
    expect(table.total.values['ledger.labour.sent']).toBe(sent);
    // The register columns come from the registry either way.
    for (const id of ['enterprises', 'employees', 'aboveScale', 'enterprisePartyOrgs', 'villages', 'pairings']) expect(table.total.values[id]).toBe(ledgerOnly.total.values[id]);
  });

  it('takes each figure of a tally township from exactly one source: the tally for what a tally carries, the ledger only for breakdowns it does not', () => {
    const h = table.rows.find((r) => r.key === hetian.id)!.values;
    const old = ledgerOnly.rows.find((r) => r.key === hetian.id)!.values;
    // 资金扶持·用途 is not on the tally: its counts stay the ledger's.
    for (const purpose of ['产业发展', '公益事业', '基础设施', '帮扶困难群众']) expect(h[`ledger.funds.purpose=${purpose}`]).toBe(old[`ledger.funds.purpose=${purpose}`]);
    // 订单式 is (是/否 per pairing): the pairings answering 是.
    expect(h['ledger.training.orderBased=true']).toBe(1);
  });

  it('keeps 产业共建 on the 产业基地 records in a tally township: what a tally says of it is only compared', () => {
    // 河田镇 built a base in 2007; its 2007 tally says otherwise of every pairing.
    const year = 2007;
    const own = tallyOf(hetian.id, year);
    const rows = own.rows.map((r) => ({ ...r, figures: { ...r.figures, industry: { bases: 3, area: 5000, households: 40 } } }));
    const withIndustry = withTallies([{ ...own, rows }]);
    const records = ledgerSum(hetian.id, 'industry', 'area', year);
    expect(records).toBeGreaterThan(0);
    const h = row(withIndustry, hetian.id, year);
    const old = computeAnnualTable(base, { year }).rows.find((r) => r.key === hetian.id)!.values;
    for (const id of ['bases', 'area', 'households', 'enterpriseGain']) expect(h[`ledger.industry.${id}`] ?? 0, id).toBe(old[`ledger.industry.${id}`] ?? 0);
    expect(h['ledger.industry.area']).toBe(records);
    expect(h['ledger.labour.sent']).toBe(100 * pairingsOf(hetian.id, year).length);
    const area = reconcile(withIndustry, year)
      .find((c) => c.townshipId === hetian.id)!
      .figures.find((f) => f.figure.id === 'industry.area')!;
    expect(area).toMatchObject({ reported: 5000 * pairingsOf(hetian.id, year).length, ledger: records, adopted: records });
  });

  it('follows the office’s choice per township: the ledger for 河田镇 gives back the ledger-only row', () => {
    const chosen = withTallies([tallyOf(hetian.id), tallyOf(zhuotian.id)], [{ year: 2008, townshipId: hetian.id, source: 'ledger' }]);
    expect(row(chosen, hetian.id)).toEqual(ledgerOnly.rows.find((r) => r.key === hetian.id)!.values);
    expect(row(chosen, zhuotian.id)['ledger.labour.sent']).toBe(100 * pairingsOf(zhuotian.id).length);
    // A choice of another year changes nothing in this one.
    const otherYear = withTallies([tallyOf(hetian.id)], [{ year: 2007, townshipId: hetian.id, source: 'ledger' }]);
    expect(row(otherYear, hetian.id)['ledger.labour.sent']).toBe(100 * n);
  });

  it('counts a tally only in its own year', () => {
    expect(computeAnnualTable(input, { year: 2007 })).toEqual(computeAnnualTable(base, { year: 2007 }));
  });

  it('does not let an enterprise’s tally alone stand for a township, unless the office chooses it', () => {
    const [first] = pairingsOf(zhuotian.id);
    const enterpriseTally: TallyInput = { year: 2008, townshipId: zhuotian.id, scope: { kind: 'enterprise', id: first.enterpriseId }, createdAt: '2009-01-06', rows: [{ pairingId: first.id, figures: { labour: { sent: 999 } } }] };
    const alone = withTallies([enterpriseTally]);
    expect(yearFigures(alone, 2008).sourceOf.get(zhuotian.id)).toMatchObject({ source: 'ledger', reported: false, tallyPairings: 1 });
    expect(row(alone, zhuotian.id)).toEqual(ledgerOnly.rows.find((r) => r.key === zhuotian.id)!.values);
    const taken = withTallies([enterpriseTally], [{ year: 2008, townshipId: zhuotian.id, source: 'tally' }]);
    expect(row(taken, zhuotian.id)['ledger.labour.sent']).toBe(999);
    // With the township's own tally, the later enterprise row wins for its pairing.
    const both = withTallies([tallyOf(zhuotian.id), enterpriseTally]);
    expect(row(both, zhuotian.id)['ledger.labour.sent']).toBe(100 * (pairingsOf(zhuotian.id).length - 1) + 999);
  });

  it('gives the summary’s figures from the same rule', () => {
    const ledger = computeCountyFigures(base, { fromYear: 2008, toYear: 2008 });
    const taken = computeCountyFigures(input, { fromYear: 2008, toYear: 2008 });
    expect(taken.workersSent).toBe(table.total.values['ledger.labour.sent']);
    expect(taken.skilledWorkers).toBe(table.total.values['ledger.labour.skilled']);
    expect(taken.funds).toBeCloseTo(table.total.values['ledger.funds.amount'], 6);
    expect(taken.workersSent).not.toBe(ledger.workersSent);
    // Over several years each year follows its own townships' sources.
    const span = computeCountyFigures(input, { fromYear: 2006, toYear: 2008 });
    const spanLedger = computeCountyFigures(base, { fromYear: 2006, toYear: 2008 });
    expect(span.workersSent - spanLedger.workersSent).toBe(taken.workersSent - ledger.workersSent);
  });

  it('says under the table how many townships came from tallies and how many from the ledger', () => {
    expect(table.sources).toMatchObject({ year: 2008, tally: ['河田镇'], overruled: [] });
    expect(table.sources.ledger).toHaveLength(base.townships.length - 1);
    expect(sourceNote(table.sources)).toBe(`2008年联建成效：1个乡镇（开发区）取自年终统计表（河田镇），${base.townships.length - 1}个取自台账。`);
    expect(sourceNote(summarizeSources(base, 2008))).toBe(`2008年联建成效：${base.townships.length}个乡镇（开发区）均取自台账（没有已报送的年终统计表）。`);
    const overruled = withTallies([tallyOf(hetian.id)], [{ year: 2008, townshipId: hetian.id, source: 'ledger' }]);
    expect(sourceNote(summarizeSources(overruled, 2008))).toContain('均取自台账（其中河田镇已报送年终统计表，经对账采用台账数）');
  });
});

describe('reconciliation under the rule', { timeout: 60_000 }, () => {
  const input = withTallies([tallyOf(hetian.id)]);
  const checks = reconcile(input, 2008);
  const county = reconcileCounty(checks);
  const table = computeAnnualTable(input, { year: 2008 });

  it('puts each township’s tally beside its ledger, per figure and per pairing, with what the annual table takes', () => {
    const h = checks.find((c) => c.townshipId === hetian.id)!;
    expect(h).toMatchObject({ hasTally: true, source: { source: 'tally', reported: true } });
    const sent = h.figures.find((f) => f.figure.id === 'labour.sent')!;
    expect(sent).toMatchObject({ reported: 100 * pairingsOf(hetian.id).length, ledger: ledgerSum(hetian.id, 'labour', 'sent'), adopted: 100 * pairingsOf(hetian.id).length });
    expect(sent.difference).toBe(sent.reported! - sent.ledger);
    const first = h.pairings.find((p) => p.pairingId === pairingsOf(hetian.id)[0].id)!;
    const firstSent = first.figures.find((f) => f.figure.id === 'labour.sent')!;
    const ledgerOfFirst = base.aggregates.filter((a) => a.pairingId === first.pairingId && a.year === 2008 && a.type === 'labour').reduce((s, a) => s + (a.sums.sent ?? 0), 0);
    expect(firstSent).toMatchObject({ reported: 100, ledger: ledgerOfFirst, difference: 100 - ledgerOfFirst });
    expect(h.pairings.reduce((s, p) => s + (p.figures.find((f) => f.figure.id === 'labour.sent')!.ledger), 0)).toBe(sent.ledger);
  });

  it('totals the county: reported against the same townships’ ledger, the whole ledger, and the annual table’s total', () => {
    const sent = county.figures.find((f) => f.figure.id === 'labour.sent')!;
    expect(sent.reported).toBe(100 * pairingsOf(hetian.id).length);
    expect(sent.ledger).toBe(ledgerSum(hetian.id, 'labour', 'sent'));
    expect(sent.ledgerAll).toBe(computeAnnualTable(base, { year: 2008 }).total.values['ledger.labour.sent']);
    for (const f of county.figures) {
      const column = table.total.values[`ledger.${f.figure.id}`];
      if (column !== undefined && f.figure.input === 'number') expect(f.adopted, f.figure.id).toBeCloseTo(column, 6);
    }
    expect(county).toMatchObject({ withTally: 1, fromTally: 1, townships: base.townships.length });
  });

  it('shows the office’s choice: a township switched to the ledger adopts its ledger', () => {
    const switched = reconcile(withTallies([tallyOf(hetian.id)], [{ year: 2008, townshipId: hetian.id, source: 'ledger' }]), 2008);
    const h = switched.find((c) => c.townshipId === hetian.id)!;
    expect(h.source).toMatchObject({ source: 'ledger', chosen: 'ledger', reported: true });
    const sent = h.figures.find((f) => f.figure.id === 'labour.sent')!;
    expect(sent.adopted).toBe(sent.ledger);
    expect(reconcileCounty(switched).fromTally).toBe(0);
  });
});
