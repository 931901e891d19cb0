import { describe, expect, it } from 'vitest';
import { aggregateEntries } from '@shared/reports/statistics/aggregate-entries';
import { exchangeCounts, meetingCounts, supplyCounts, supplyRelations } from '@shared/reports/statistics/training-exchange';
import { computeCountyFigures } from '@shared/reports/statistics/county-figures';
import { buildSummaryParagraph } from '@shared/reports/statistics/summary-paragraph';
import { computeAnnualTable } from '@shared/reports/statistics/annual-table';
import type { FigureValue, LedgerEntry, Pairing } from '@shared/model/types';
import { seedInput } from './seed-input';

const pairings: Pick<Pairing, 'id' | 'enterpriseId' | 'villageId' | 'responsibleTownshipId'>[] = [
  { id: 'p1', enterpriseId: 'e1', villageId: 'v1', responsibleTownshipId: 't1' },
  { id: 'p2', enterpriseId: 'e1', villageId: 'v2', responsibleTownshipId: 't2' },
  { id: 'p3', enterpriseId: 'e2', villageId: 'v1', responsibleTownshipId: 't1' },
];
const pairingOf = (id: string) => pairings.find((p) => p.id === id);
let n = 0;
const entry = (pairingId: string | undefined, type: string, year: number, figures: Record<string, FigureValue>, extra: Partial<LedgerEntry> = {}) =>
  ({ pairingId, townshipId: pairingOf(pairingId ?? '')?.responsibleTownshipId ?? 't1', type, year, figures, deleted: 0 as const, id: `x${++n}`, ...extra });

describe('技能培训供给关系', () => {
  const aggs = aggregateEntries([
    entry('p1', 'training', 2007, { sessions: 1, trainees: 40, employedAfter: 30, orderBased: true }),
    entry('p1', 'training', 2008, { sessions: 2, trainees: 60, employedAfter: 50 }),
    entry('p2', 'training', 2008, { sessions: 1, trainees: 20 }),
    entry('p3', 'training', 2008, { sessions: 1, trainees: 25 }),
    // An enterprise's own training (no village) is no supply relation.
    entry(undefined, 'training', 2008, { sessions: 1, trainees: 10 }, { enterpriseId: 'e9' }),
    entry('p1', 'labour', 2008, { sent: 5 }),
  ]);

  it('is an enterprise and a village between which training was recorded, with its totals', () => {
    const rel = supplyRelations(aggs, pairingOf);
    expect(rel.map((r) => [r.enterpriseId, r.villageId, r.sessions, r.trainees, r.employedAfter, r.orderBased, r.years])).toEqual([
      ['e1', 'v1', 3, 100, 80, 1, [2007, 2008]],
      ['e1', 'v2', 1, 20, 0, 0, [2008]],
      ['e2', 'v1', 1, 25, 0, 0, [2008]],
    ]);
    expect(supplyCounts(rel)).toEqual({ enterprises: 2, villages: 2, relations: 3 });
  });
});

describe('派出党务干部 by direction', () => {
  it('counts what enterprises sent (企→村, 互访 or no direction given) apart from what villages sent (村→企)', () => {
    const aggs = aggregateEntries([
      entry('p1', 'exchange', 2008, { cadres: 2, direction: '企→村' }),
      entry('p1', 'exchange', 2008, { cadres: 3, direction: '村→企' }),
      entry('p2', 'exchange', 2008, { cadres: 1, direction: '互访' }),
      entry('p3', 'exchange', 2008, { cadres: 4, direction: '村→企' }),
      entry('p3', 'exchange', 2007, { cadres: 1 }),
    ]);
    expect(exchangeCounts(aggs, pairingOf)).toEqual({ enterprises: 2, cadres: 4, villages: 1, villageCadres: 7 });
  });
});

describe('meetings', () => {
  it('counts live meetings of the years, per kind', () => {
    const m = (date: string, kind: '交流会' | '研讨会' | '通报会', deleted: 0 | 1 = 0) => ({ date, kind, deleted });
    const c = meetingCounts([m('2007-12-18', '交流会'), m('2008-04-10', '通报会'), m('2008-07-10', '通报会'), m('2008-11-20', '研讨会', 1)], 2008, 2008);
    expect(c.total).toBe(2);
    expect(c.byKind).toMatchObject({ 交流会: 0, 研讨会: 0, 通报会: 2 });
  });
});

describe('the sample county states its 培训交流 figures as the article does', { timeout: 60_000 }, () => {
  const input = seedInput();
  const figures = computeCountyFigures(input, { fromYear: 2006, toYear: 2008 });

  it('36 enterprises ↔ 62 villages, 38 enterprises sending 45 cadres, and its meetings', () => {
    expect([figures.trainingEnterprises, figures.trainingVillages, figures.exchangeEnterprises, figures.cadresSent, figures.meetings]).toEqual([36, 62, 38, 45, 7]);
    const text = buildSummaryParagraph(figures);
    expect(text).toContain('全县有36家企业与62个村建立了劳动力技能培训供给关系');
    expect(text).toContain('全县共有38个企业派出45名党务干部到联建村学习取经。');
    expect(text).toContain('全县共召开村企党组织联建活动交流会2次、研讨会2次、通报会2次、推进会1次。');
  });

  it('gives the annual table’s 培训交流 part per township, its totals counting each organization once', () => {
    const table = computeAnnualTable(input, { year: 2008 });
    const part = table.parts.find((p) => p.key === 'exchange')!;
    expect(part.groups.flatMap((g) => g.columns.map((c) => c.id))).toEqual(['supplyEnterprises', 'supplyVillages', 'exchangeEnterprises', 'cadresSent', 'meetings']);
    const pairingById = new Map(input.pairings.map((p) => [p.id, p]));
    const relations2008 = supplyRelations(input.aggregates.filter((a) => a.year === 2008), (id) => pairingById.get(id));
    expect(table.total.values.supplyEnterprises).toBe(supplyCounts(relations2008).enterprises);
    expect(table.total.values.supplyVillages).toBe(supplyCounts(relations2008).villages);
    // An enterprise training in two townships counts in both rows, once in the total.
    const rowSum = table.rows.reduce((s, r) => s + (r.values.supplyEnterprises ?? 0), 0);
    expect(rowSum).toBeGreaterThan(table.total.values.supplyEnterprises!);
    // Meetings: the township's in its row; the county's six only in the total.
    expect(table.rows.find((r) => r.label === '河田镇')!.values.meetings).toBe(1);
    expect(table.total.values.meetings).toBe(4);
    const hetian = input.townships.find((t) => t.name === '河田镇')!;
    expect(computeAnnualTable(input, { year: 2008, townshipIds: [hetian.id] }).total.values.meetings).toBe(1);
  });
});
