// The scheme engine: every indicator kind and deduction kind of the catalog, rounding, ties
// sharing a rank, grades by lines and by quotas, and who is evaluated at all.
import { describe, expect, it } from 'vitest';
import { evaluate } from '@shared/model/evaluation/engine';
import { INDICATOR_KINDS, DEDUCTION_KINDS } from '@shared/model/evaluation/catalog';
import { agg, ind, input, pairing, reports, scheme } from './fixtures';

const rowOf = (r: ReturnType<typeof evaluate>, id: string) => r.rows.find((x) => x.pairingId === id)!;

describe('indicator kinds', () => {
  it('covers every kind of the catalog in these tests', () => {
    expect(INDICATOR_KINDS.map((k) => k.key).sort()).toEqual(['honours', 'ledger', 'manual', 'rectification', 'reportRate']);
    expect(DEDUCTION_KINDS.map((k) => k.key).sort()).toEqual(['manual', 'missedReport', 'overdueRectification']);
  });

  it('ledger, target scale: the figure over the target, capped at full marks', () => {
    const s = scheme([ind('labour', 'ledger', 20, { type: 'labour', figure: 'sent', scale: 'target', target: 50 })]);
    const r = evaluate(s, input({ pairings: [pairing('a'), pairing('b'), pairing('c')], aggregates: [agg('a', 'labour', { sent: 25 }), agg('b', 'labour', { sent: 80 })] }));
    expect(rowOf(r, 'a').items.labour).toBe(10);
    expect(rowOf(r, 'b').items.labour).toBe(20);
    expect(rowOf(r, 'c').items.labour).toBe(0);
    expect(rowOf(r, 'a').basis.labour).toBe('输送人数 25人');
  });

  it('ledger, relative scale: the best pairing gets full marks, the others in proportion', () => {
    const s = scheme([ind('funds', 'ledger', 15, { type: 'funds', figure: 'amount', scale: 'relative' })]);
    const r = evaluate(s, input({ pairings: [pairing('a'), pairing('b')], aggregates: [agg('a', 'funds', { amount: 12 }), agg('b', 'funds', { amount: 4 })] }));
    expect(rowOf(r, 'a').items.funds).toBe(15);
    expect(rowOf(r, 'b').items.funds).toBe(5);
  });

  it('ledger: the number of entries of a type, and only the evaluated year', () => {
    const s = scheme([ind('n', 'ledger', 10, { type: 'dispute', figure: '#count', scale: 'target', target: 4 })]);
    const r = evaluate(s, input({ pairings: [pairing('a')], aggregates: [agg('a', 'dispute', { resolved: 9 }, 3), { ...agg('a', 'dispute', { resolved: 1 }, 5), year: 2007 }] }));
    expect(rowOf(r, 'a').items.n).toBe(7.5);
  });

  it('report rate: months reported over months due from approval, a month due once its report deadline passed; none due follows the parameter', () => {
    const s = scheme([ind('rep', 'reportRate', 12, { none: 'full' })]);
    const late = pairing('late', { approvedDate: '2008-07-15' });
    const none = pairing('none', { approvedDate: '2008-12-20' });
    const r = evaluate(s, input({ asOf: '2008-11-30', today: '2008-11-30', pairings: [pairing('a'), late, none], reports: [...reports('a', 1, 8), ...reports('late', 7, 11)] }));
    // a: Jan–Oct due (November's report is not due until 12-05), 8 reported; late: Jul–Oct due (4), all reported; none: nothing due.
    expect(rowOf(r, 'a').items.rep).toBe(9.6);
    expect(rowOf(r, 'a').basis.rep).toBe('已报 8/10 个月（80%）');
    expect(rowOf(r, 'late').items.rep).toBe(12);
    expect(rowOf(r, 'none').items.rep).toBe(12);
    const zero = evaluate(scheme([ind('rep', 'reportRate', 12, { none: 'zero' })]), input({ asOf: '2008-11-30', today: '2008-11-30', pairings: [none] }));
    expect(zero.rows[0].items.rep).toBe(0);
  });

  it('report rate: the 月报 rule of the board — a late report counts as reported and is named; the deadline day is the setting', () => {
    const s = scheme([ind('rep', 'reportRate', 10)]);
    const sent = [...reports('a', 1, 10), { pairingId: 'a', month: '2008-11', submittedDate: '2008-12-09', deleted: 0 as const }];
    // A past year read in 2009: all twelve months due; November sent on 12-09, after the 5th.
    const r = evaluate(s, input({ pairings: [pairing('a')], reports: sent }));
    expect(rowOf(r, 'a').items.rep).toBe(9.2);
    expect(rowOf(r, 'a').basis.rep).toBe('已报 11/12 个月（91.67%），其中逾期 1 个月');
    // With the deadline on the 10th the same report is on time; on 2008-12-08 November is not yet due.
    const tenth = evaluate(s, input({ reportDeadlineDay: 10, today: '2008-12-08', asOf: '2008-12-08', pairings: [pairing('a')], reports: sent }));
    expect(rowOf(tenth, 'a').basis.rep).toBe('已报 10/10 个月（100%）');
  });

  it('report rate: deleted reports and months after the pairing ended do not count', () => {
    const ended = pairing('x', { endedDate: '2008-06-10', status: '已终止' });
    const r = evaluate(scheme([ind('rep', 'reportRate', 10)]), input({ pairings: [ended], reports: [...reports('x', 1, 5), { pairingId: 'x', month: '2008-06', submittedDate: '2008-07-02', deleted: 1 }, ...reports('x', 7, 9)] }));
    expect(rowOf(r, 'x').items.rep).toBe(8.3); // 5 of Jan–Jun
  });

  it('rectification on time: closed by the deadline over items due; early closing counts; none due is full marks', () => {
    const s = scheme([ind('rect', 'rectification', 10)]);
    const items = [
      { pairingId: 'a', deadline: '2008-10-31', status: '已整改', reviewDate: '2008-10-20', deleted: 0 as const },
      { pairingId: 'a', deadline: '2008-10-31', status: '整改中', deleted: 0 as const },
      { pairingId: 'a', deadline: '2008-09-30', status: '已整改', reviewDate: '2008-10-05', deleted: 0 as const },
      { pairingId: 'a', deadline: '2008-12-31', status: '待整改', deleted: 0 as const }, // not due by the evaluation date
      { pairingId: 'a', deadline: '2008-12-31', status: '已整改', reviewDate: '2008-11-01', deleted: 0 as const }, // closed early: counts
      { pairingId: 'a', deadline: '2008-08-31', status: '待整改', deleted: 1 as const },
    ];
    const r = evaluate(s, input({ asOf: '2008-11-30', pairings: [pairing('a'), pairing('b')], rectifications: items }));
    expect(rowOf(r, 'a').items.rect).toBe(5); // 2 of 4
    expect(rowOf(r, 'a').basis.rect).toBe('按期完成 2/4 项（50%）');
    expect(rowOf(r, 'b').items.rect).toBe(10);
  });

  it('honours: points per level for the pairing and both sides, capped at the indicator’s 满分', () => {
    const s = scheme([ind('hon', 'honours', 10, { county: 4, city: 6, province: 10 })]);
    const honours = [
      { kind: 'pairing' as const, refId: 'a', level: '县委' as const },
      { kind: 'enterprise' as const, refId: 'e-a', level: '县委' as const },
      { kind: 'village' as const, refId: 'v-b', level: '市委' as const },
      { kind: 'village' as const, refId: 'v-b', level: '省委' as const },
    ];
    const r = evaluate(s, input({ pairings: [pairing('a'), pairing('b'), pairing('c')], honours }));
    expect(rowOf(r, 'a').items.hon).toBe(8);
    expect(rowOf(r, 'b').items.hon).toBe(10);
    expect(rowOf(r, 'c').items.hon).toBe(0);
    expect(rowOf(r, 'a').basis.hon).toBe('县委2项');
  });

  it('manual: the hand score on its 满分, weighted; a missing score counts 0 and is noted', () => {
    const s = scheme([ind('work', 'manual', 15, {}, 10)]);
    const r = evaluate(s, input({ pairings: [pairing('a'), pairing('b')], inputs: { a: { scores: { work: 8 } } } }));
    expect(rowOf(r, 'a').items.work).toBe(12);
    expect(rowOf(r, 'b').items.work).toBe(0);
    expect(r.notes).toEqual(['「work」有 1 个联建点尚未评分，按 0 分计']);
  });
});

describe('deductions', () => {
  const base = ind('work', 'manual', 100);
  const full = { a: { scores: { work: 100 } }, b: { scores: { work: 100 } } };

  it('overdue rectifications: per item, capped', () => {
    const s = scheme([base], { deductions: [{ key: 'od', label: '逾期整改', kind: 'overdueRectification', perItem: 3, cap: 5, params: {} }] });
    const items = ['2008-03-31', '2008-06-30'].map((deadline) => ({ pairingId: 'a', deadline, status: '待整改', deleted: 0 as const }));
    const late = [{ pairingId: 'b', deadline: '2008-03-31', status: '已整改', reviewDate: '2008-04-02', deleted: 0 as const }];
    const r = evaluate(s, input({ pairings: [pairing('a'), pairing('b')], rectifications: [...items, ...late], inputs: full }));
    expect(rowOf(r, 'a').deductions.od).toBe(5);
    expect(rowOf(r, 'a').total).toBe(95);
    expect(rowOf(r, 'b').deductions.od).toBe(3); // closed late counts as overdue
    expect(rowOf(r, 'b').basis['-od']).toBe('逾期 1 项');
  });

  it('missed reports: per month not reported', () => {
    const s = scheme([base], { deductions: [{ key: 'mr', label: '未报月报', kind: 'missedReport', perItem: 0.5, cap: 6, params: {} }] });
    const r = evaluate(s, input({ pairings: [pairing('a')], reports: reports('a', 1, 9), inputs: { a: { scores: { work: 100 } } } }));
    expect(rowOf(r, 'a').deductions.mr).toBe(1.5);
    expect(rowOf(r, 'a').total).toBe(98.5);
  });

  it('manual deductions within the cap; the total never goes below zero; no deduction leaves no key', () => {
    const s = scheme([ind('work', 'manual', 10)], { deductions: [{ key: 'x', label: '其他扣分', kind: 'manual', perItem: 0, cap: 20, params: {} }] });
    const r = evaluate(s, input({ pairings: [pairing('a'), pairing('b')], inputs: { a: { scores: { work: 4 }, deductions: { x: { points: 15, reason: '安全事故' } } }, b: { scores: { work: 4 } } } }));
    expect(rowOf(r, 'a').deductions.x).toBe(15);
    expect(rowOf(r, 'a').total).toBe(0);
    expect(rowOf(r, 'b').deductions).toEqual({});
  });
});

describe('rounding, ranks and grades', () => {
  it('rounds each item half up at the scheme’s decimals, and the total is the sum of the printed items', () => {
    // 1/3 of 10 = 3.333… → 3.3; 2/3 of 10 = 6.666… → 6.7; 0.5 of 0.25 → 0.125 → 0.13 at two decimals
    const s = scheme([ind('a', 'manual', 10, {}, 3), ind('b', 'manual', 10, {}, 3), ind('c', 'manual', 80)]);
    const r = evaluate(s, input({ pairings: [pairing('p')], inputs: { p: { scores: { a: 1, b: 2, c: 80 } } } }));
    expect(rowOf(r, 'p').items).toEqual({ a: 3.3, b: 6.7, c: 80 });
    expect(rowOf(r, 'p').total).toBe(90);
    const two = evaluate({ ...scheme([ind('q', 'manual', 0.25, {}, 1)]), decimals: 2 }, input({ pairings: [pairing('p')], inputs: { p: { scores: { q: 0.5 } } } }));
    expect(two.rows[0].items.q).toBe(0.13);
    const none = evaluate({ ...s, decimals: 0 }, input({ pairings: [pairing('p')], inputs: { p: { scores: { a: 1.5, b: 2, c: 80 } } } }));
    expect(none.rows[0].items).toEqual({ a: 5, b: 7, c: 80 });
  });

  it('ties share a rank and the next rank skips; rows come ranked, ties in code order', () => {
    const s = scheme([ind('w', 'manual', 100)]);
    const r = evaluate(s, input({ pairings: ['d', 'c', 'b', 'a'].map((id) => pairing(id)), inputs: { a: { scores: { w: 80 } }, b: { scores: { w: 95 } }, c: { scores: { w: 80 } }, d: { scores: { w: 70 } } } }));
    expect(r.rows.map((x) => [x.pairingId, x.rank, x.grade])).toEqual([
      ['b', 1, '优秀'],
      ['a', 2, '良好'],
      ['c', 2, '良好'],
      ['d', 4, '一般'],
    ]);
  });

  it('grades by quota: the top share by rank, ties at the boundary sharing the grade, below the pass line 较差', () => {
    const s = scheme([ind('w', 'manual', 100)], { grading: { mode: 'quota', excellentPct: 20, goodPct: 30, pass: 60 } });
    const scores = [99, 95, 95, 90, 85, 80, 75, 70, 65, 50];
    const pairings = scores.map((_, i) => pairing(String(i)));
    const inputs = Object.fromEntries(scores.map((w, i) => [String(i), { scores: { w } }]));
    const r = evaluate(s, input({ pairings, inputs }));
    // 10 pairings: 2 优秀 by quota (ranks 1, 2, 2 — the tie shares it), 5 优秀+良好 in all.
    expect(r.rows.map((x) => x.grade)).toEqual(['优秀', '优秀', '优秀', '良好', '良好', '一般', '一般', '一般', '一般', '较差']);
  });

  it('evaluates only pairings approved by the year’s end and not ended before it began, and not deleted', () => {
    const s = scheme([ind('w', 'manual', 100)]);
    const r = evaluate(
      s,
      input({
        pairings: [
          pairing('ok'),
          pairing('applied', { status: '申请', approvedDate: undefined }),
          pairing('next', { approvedDate: '2009-01-05' }),
          pairing('ended', { status: '已终止', endedDate: '2007-12-31' }),
          pairing('endedIn', { status: '已终止', endedDate: '2008-02-01' }),
          pairing('gone', { deleted: 1 }),
        ],
      }),
    );
    expect(r.rows.map((x) => x.pairingId).sort()).toEqual(['endedIn', 'ok']);
  });
});

describe('recomputing from entries in memory', () => {
  it('totals only what the scheme reads, and scores as the store’s aggregates do', async () => {
    const { schemeAggregates } = await import('@shared/model/evaluation/facts');
    const { aggregateEntries } = await import('@shared/reports/statistics/aggregate-entries');
    const s = scheme([ind('labour', 'ledger', 50, { type: 'labour', figure: 'sent', scale: 'relative' }), ind('n', 'ledger', 50, { type: 'dispute', figure: '#count', scale: 'target', target: 2 })]);
    const entry = (pairingId: string, type: string, figures: Record<string, number | string>, year = 2008, deleted: 0 | 1 = 0) => ({ pairingId, townshipId: 't1', type, year, figures, deleted });
    const entries = [entry('a', 'labour', { sent: 4, skilled: 2 }), entry('a', 'labour', { sent: 6 }), entry('b', 'labour', { sent: 5 }), entry('b', 'dispute', { resolved: 1, category: '劳资' }), entry('b', 'labour', { sent: 50 }, 2007), entry('a', 'labour', { sent: 90 }, 2008, 1), entry('a', 'funds', { amount: 3 })];
    const mine = schemeAggregates(s.indicators, entries, 2008);
    expect(mine).toEqual([
      { pairingId: 'a', year: 2008, type: 'labour', count: 2, sums: { sent: 10 } },
      { pairingId: 'b', year: 2008, type: 'labour', count: 1, sums: { sent: 5 } },
      { pairingId: 'b', year: 2008, type: 'dispute', count: 1, sums: {} },
    ]);
    const pairings = [pairing('a'), pairing('b')];
    expect(evaluate(s, input({ pairings, aggregates: mine })).rows).toEqual(evaluate(s, input({ pairings, aggregates: aggregateEntries(entries) })).rows);
  });
});
