// The annual table's 督查整改 part: rounds held (county only), pairings visited, problems found
// and rectified per township by the pairing's 挂钩乡镇, only of the year's live rounds.
import { describe, expect, it } from 'vitest';
import { computeAnnualTable } from '@shared/reports/statistics/annual-table';
import type { StatisticsInput } from '@shared/reports/statistics/input';

const base = { createdAt: '2008-01-01T00:00:00.000Z', updatedAt: '2008-01-01T00:00:00.000Z', deleted: 0 as const };
const pairing = (id: string, townshipId: string) => ({ ...base, id, code: id, enterpriseId: `e${id}`, villageId: `v${id}`, responsibleTownshipId: townshipId, status: '已批准' as const, approvedDate: '2007-01-01' });
const item = (inspectionId: string, townshipId: string, status: string, extra: object = {}) => ({ ...base, inspectionId, townshipId, status: status as '待整改', deadline: '2008-10-31', ...extra });

const input: StatisticsInput = {
  townships: [
    { ...base, id: 't1', name: '河田镇', kind: '镇', order: 1 },
    { ...base, id: 't2', name: '大同镇', kind: '镇', order: 2 },
  ],
  enterprises: [],
  villages: [],
  pairings: [pairing('p1', 't1'), pairing('p2', 't1'), pairing('p3', 't2')],
  aggregates: [],
  trainings: [],
  trainees: [],
  persons: [],
  commendations: [],
  nominees: [],
  inspections: [
    { ...base, id: 'q3', year: 2008, visits: [{ pairingId: 'p1', finding: '' }, { pairingId: 'p3', finding: '' }] },
    { ...base, id: 'q4', year: 2008, visits: [{ pairingId: 'p1', finding: '' }, { pairingId: 'p2', finding: '' }] },
    { ...base, id: 'old', year: 2007, visits: [{ pairingId: 'p1', finding: '' }] },
    { ...base, id: 'gone', year: 2008, deleted: 1, visits: [{ pairingId: 'p2', finding: '' }] },
  ],
  rectifications: [
    item('q3', 't1', '已整改', { reviewDate: '2008-10-20' }),
    item('q3', 't1', '已整改', { reviewDate: '2008-11-02' }),
    item('q3', 't2', '整改中'),
    item('q4', 't1', '待整改'),
    item('q4', 't1', '待整改', { deleted: 1 }),
    item('old', 't1', '已整改', { reviewDate: '2007-11-01' }),
    item('gone', 't1', '待整改'),
  ],
};

describe('年度统计表：督查整改', () => {
  const table = computeAnnualTable(input, { year: 2008 });
  const part = table.parts.find((p) => p.key === 'supervision')!;

  it('is the last part, so the sheets before it keep their numbers', () => {
    expect(table.parts.map((p) => p.key)).toEqual(['basic', 'ledger', 'detail', 'exchange', 'supervision']);
    expect(part.groups.flatMap((g) => g.columns.map((c) => c.label))).toEqual(['督查', '督查联建点', '发现问题', '已整改', '其中逾期完成']);
  });

  it('counts per township and in total', () => {
    const [hetian, datong] = table.rows;
    expect(hetian.values).toMatchObject({ 'inspection.visited': 3, 'inspection.found': 3, 'inspection.rectified': 2, 'inspection.rectifiedLate': 1 });
    expect(datong.values).toMatchObject({ 'inspection.visited': 1, 'inspection.found': 1 });
    expect(datong.values['inspection.rectified']).toBeUndefined();
    expect(table.total.values).toMatchObject({ 'inspection.rounds': 2, 'inspection.visited': 4, 'inspection.found': 4, 'inspection.rectified': 2, 'inspection.rectifiedLate': 1 });
  });

  it('holds no county-only round count in a table of some townships', () => {
    const some = computeAnnualTable(input, { year: 2008, townshipIds: ['t2'] });
    expect(some.total.values['inspection.rounds']).toBeUndefined();
    expect(some.total.values['inspection.visited']).toBe(1);
  });

  it('is all zeros where no inspections were passed in', () => {
    const none = computeAnnualTable({ ...input, inspections: undefined, rectifications: undefined }, { year: 2008 });
    expect(none.total.values['inspection.found']).toBe(0);
    expect(none.total.values['inspection.rounds']).toBe(0);
  });
});
