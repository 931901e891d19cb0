// 分片挂钩责任制 and the rate tables: pairings grouped by township and by 挂钩领导, with report
// rates over the counted months, open rectifications and the year's ledger totals.
import { describe, expect, it } from 'vitest';
import { countedMonths } from '@shared/model/monthly-report';
import { buildResponsibility, UNASSIGNED_LEADER } from '@shared/reports/supervision/responsibility';
import { buildRateTable, pairingRates } from '@shared/reports/supervision/rate-table';
import { aggregate, names, pairings, report, townships } from './fixtures';

const TODAY = '2009-01-10';
const reports = [report('p1', '2008-02', '2008-03-02'), report('p1', '2008-03', '2008-04-09'), report('p2', '2008-02', '2008-03-01'), report('p3', '2008-02', '2008-03-03')];

describe('buildResponsibility', () => {
  const view = buildResponsibility({
    year: 2008,
    months: countedMonths(2008, 5, TODAY),
    deadlineDay: 5,
    today: TODAY,
    townships,
    pairings: [...pairings, { ...pairings[0], id: 'p9', code: 'LJ2008-009', responsibleTownshipId: 't2', responsibleLeader: undefined }],
    reports,
    aggregates: [aggregate('p1', 'labour', 2, { sent: 30, skilled: 4 }), aggregate('p1', 'funds', 1, { amount: 5.5 }), aggregate('p3', 'labour', 1, { sent: 7 }), aggregate('p1', 'labour', 3, { sent: 99 }, 2007)],
    openRectifications: new Map([['p3', 2]]),
    ...names,
  });

  it('groups by responsible township in county order, with rates, rectifications and ledger totals', () => {
    expect(view.byTownship.map((g) => [g.name, g.detail, g.pairings.map((p) => p.code)])).toEqual([
      ['河田镇', '王强　县委副书记', ['LJ2008-001', 'LJ2008-002']],
      ['濯田镇', '李明　县委常委', ['LJ2008-003', 'LJ2008-005', 'LJ2008-009']],
    ]);
    const hetian = view.byTownship[0];
    // p1 and p2 owe Feb–Dec (11 each); p1 reported 2 (one late), p2 one.
    expect(hetian.counts).toEqual({ due: 22, reported: 3, onTime: 2, late: 1 });
    expect(hetian.figures).toEqual({ 'labour.sent': 30, 'funds.amount': 5.5, '#count': 3 });
    expect(hetian.pairings[0]).toMatchObject({ code: 'LJ2008-001', counts: { due: 11, reported: 2 }, figures: { 'labour.sent': 30 } });
    const zhuotian = view.byTownship[1];
    // p3 owes Feb–Apr (ended 04-15), p5 Jun–Dec, p9 Feb–Dec.
    expect(zhuotian.counts.due).toBe(3 + 7 + 11);
    expect(zhuotian.openRectifications).toBe(2);
    expect(view.total.counts).toEqual({ due: 43, reported: 4, onTime: 3, late: 1 });
    expect(view.total.figures['labour.sent']).toBe(37);
  });

  it('groups by 挂钩领导: the pairing’s own leader first, else its township’s', () => {
    expect(view.byLeader.map((g) => [g.name, g.detail, g.townships, g.pairings.map((p) => p.code)])).toEqual([
      ['陈华', '组织部长', ['河田镇'], ['LJ2008-002']],
      ['李明', '县委常委', ['濯田镇'], ['LJ2008-003', 'LJ2008-005', 'LJ2008-009']],
      ['王强', '县委副书记', ['河田镇'], ['LJ2008-001']],
    ]);
    expect(view.byLeader.some((g) => g.name === UNASSIGNED_LEADER)).toBe(false);
  });
});

describe('rate tables', () => {
  it('by township and month: only months whose deadline has passed, only pairings owing them', () => {
    const t = buildRateTable({ year: 2008, deadlineDay: 5, today: '2008-04-06', townships, pairings, reports });
    expect(t.lines.map((l) => l.name)).toEqual(['河田镇', '濯田镇']);
    const [hetian, zhuotian] = t.lines;
    expect(hetian.months[0]).toBeNull();
    expect(hetian.months[1]).toEqual({ due: 2, reported: 2, onTime: 2, late: 0 });
    expect(hetian.months[2]).toEqual({ due: 2, reported: 1, onTime: 0, late: 1 });
    expect(hetian.months[3]).toBeNull();
    expect(zhuotian.year).toEqual({ due: 2, reported: 1, onTime: 1, late: 0 });
    expect(t.total.year).toEqual({ due: 6, reported: 4, onTime: 3, late: 1 });
  });

  it('per pairing over the year', () => {
    const rates = pairingRates({ year: 2008, deadlineDay: 5, today: TODAY, pairings, reports });
    expect(rates.get('p1')).toEqual({ due: 11, reported: 2, onTime: 1, late: 1 });
    expect(rates.get('p3')).toEqual({ due: 3, reported: 1, onTime: 1, late: 0 });
    expect(rates.has('p4')).toBe(false);
  });
});
