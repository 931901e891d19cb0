// The 联建档案 list's columns: the figures as the list showed them (月报 x/y（rate）, 督查, 考评,
// — when none), and the sort orders of its headers (a pairing without a figure sorts lowest).
import { describe, expect, it } from 'vitest';
import { pairingColumns, sortPairings } from '@renderer/features/pairings/pairing-columns';
import type { PairingRow } from '@renderer/features/pairings/pairing-filters';

const row = (id: string, code: string, appliedDate: string): PairingRow => ({ id, code, appliedDate, enterpriseName: `企业${id}`, villageName: `村${id}`, villageTownshipName: '河田镇', responsibleName: '河田镇', areas: [], status: '已批准' }) as unknown as PairingRow;
const rows = [row('a', 'LJ2008-001', '2008-01-05'), row('b', 'LJ2008-002', '2008-03-01'), row('c', 'LJ2007-001', '2007-06-01')];
const columns = pairingColumns({
  year: 2008,
  reportRates: new Map([
    ['a', { due: 4, reported: 3, onTime: 3, late: 0 }],
    ['b', { due: 2, reported: 2, onTime: 2, late: 0 }],
  ]),
  supervision: new Map([['b', { inspections: 2, open: 1 }]]),
  scores: new Map([['c', { total: 92, rank: 1, grade: '优秀', of: 1 }]]),
});
const column = (key: string) => columns.find((c) => c.key === key)!;
const order = (key: string, dir: 'ascend' | 'descend') => sortPairings(rows, column(key).compare, dir).map((r) => r.id);

describe('pairing list columns', () => {
  it('shows the year’s figures, or — when there are none', () => {
    expect(column('reports').title).toBe('月报（2008年）');
    expect(rows.map((r) => column('reports').value(r))).toEqual(['3/4（75%）', '2/2（100%）', '—']);
    expect(rows.map((r) => column('supervision').value(r))).toEqual(['—', '督查2次 · 未改1', '—']);
    expect(rows.map((r) => column('score').value(r))).toEqual(['—', '—', '92分 · 优秀']);
  });

  it('sorts by its headers, figures missing lowest; without a sort the rows stay as given', () => {
    expect(order('appliedDate', 'descend')).toEqual(['b', 'a', 'c']);
    expect(order('code', 'ascend')).toEqual(['c', 'a', 'b']);
    expect(order('reports', 'descend')).toEqual(['b', 'a', 'c']);
    expect(order('score', 'descend')).toEqual(['c', 'a', 'b']);
    expect(column('supervision').sortable).toBe(false);
    expect(sortPairings(rows, undefined, 'ascend')).toBe(rows);
  });
});
