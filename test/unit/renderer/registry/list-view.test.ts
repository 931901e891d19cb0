import { describe, expect, it } from 'vitest';
import { describeView, filterRows, narrowingFilter, prepareSearch, sortRows, totalsRow } from '@renderer/features/registry/list/view';
import type { ListColumn } from '@renderer/ui/list/types';
import type { ListFilter } from '@renderer/features/registry/list/types';
import { pinyinSortKey, recordKeys } from '@renderer/ui/records/search-keys';

type Row = { id: string; searchKeys: string; name: string; township: string; households?: number; income?: number };
const row = (id: string, name: string, township: string, households?: number, income?: number): Row => ({ id, name, township, households, income, searchKeys: recordKeys(name, 'place') });
const rows = [row('1', '红星村', '河田镇', 420, 0.1), row('2', '东街村', '策武镇', 318, 0.2), row('3', '乐平村', '河田镇', undefined, undefined), row('4', '长坑村', '策武镇', 100)];

const columns: ListColumn<Row>[] = [
  { key: 'name', title: '村名', kind: 'text', width: 100, value: (r) => r.name, sortValue: (r) => pinyinSortKey(r.name) },
  { key: 'township', title: '乡镇', kind: 'text', width: 100, value: (r) => r.township },
  { key: 'households', title: '户数', unit: '户', kind: 'integer', width: 80, sum: true, value: (r) => r.households },
  { key: 'income', title: '收入', unit: '万元', kind: 'money', width: 80, sum: true, value: (r) => r.income },
];
const filters: ListFilter<Row>[] = [
  {
    key: 'township',
    label: '乡镇',
    options: [
      { value: '河田镇', label: '河田镇' },
      { value: '策武镇', label: '策武镇' },
    ],
    test: (r, v) => r.township === v,
  },
];
const names = (rs: Row[]) => rs.map((r) => r.name);

describe('registry list view', () => {
  it('sorts by pinyin, by collator for plain text, numbers numerically, blanks last in both directions', () => {
    expect(names(sortRows(rows, columns, { key: 'name', order: 'ascend' }))).toEqual(['长坑村', '东街村', '红星村', '乐平村']);
    expect(names(sortRows(rows, columns, { key: 'name', order: 'descend' }))).toEqual(['乐平村', '红星村', '东街村', '长坑村']);
    expect(names(sortRows(rows, columns, { key: 'households', order: 'ascend' }))).toEqual(['长坑村', '东街村', '红星村', '乐平村']);
    expect(names(sortRows(rows, columns, { key: 'households', order: 'descend' }))).toEqual(['红星村', '东街村', '长坑村', '乐平村']);
    // Equal keys keep their order (stable).
    expect(names(sortRows(rows, columns, { key: 'township', order: 'ascend' }))).toEqual(['东街村', '长坑村', '红星村', '乐平村']);
    expect(names(sortRows(rows, columns, null))).toEqual(names(rows));
  });

  it('filters by query (name or pinyin) and by every chosen filter', () => {
    expect(names(filterRows(rows, 'hxc', filters, {}))).toEqual(['红星村']);
    expect(names(filterRows(rows, '村', filters, { township: '策武镇' }))).toEqual(['东街村', '长坑村']);
    expect(names(filterRows(rows, '', filters, { township: undefined }))).toEqual(names(rows));
    expect(filterRows(rows, '  ', filters, {})).toBe(rows);
  });

  it('finds Chinese queries anywhere in what was written (names, other names), in list order, never in the pinyin', () => {
    const written = [
      { ...row('1', '星星村', '河田镇'), searchKeys: recordKeys('星星村', 'place', ['王红星']) },
      row('2', '红星村', '河田镇'),
      row('3', '东街村', '策武镇'),
    ];
    const expectations = () => {
      expect(names(filterRows(written, '红星', [], {}))).toEqual(['星星村', '红星村']);
      expect(names(filterRows(written, '星村', [], {}))).toEqual(['星星村', '红星村']);
      expect(names(filterRows(written, '街', [], {}))).toEqual(['东街村']);
      expect(names(filterRows(written, '红街', [], {}))).toEqual([]);
      expect(names(filterRows(written, '龙', [], {}))).toEqual([]);
      expect(names(filterRows(written, '村', filters, { township: '河田镇' }))).toEqual(['星星村', '红星村']);
    };
    // Before the ideograph index is built (every row is searched), and with it.
    expect(prepareSearch(written, () => false)).toBe(false);
    expectations();
    expect(prepareSearch(written)).toBe(true);
    expectations();
  });

  it('narrows from the last result while the query grows, and starts over when it does not', () => {
    const filter = narrowingFilter<Row>();
    let calls = 0;
    const counting: ListFilter<Row>[] = [{ ...filters[0], test: (r, v) => (calls++, r.township === v) }];
    const values = { township: '河田镇' };
    expect(names(filter(rows, 'c', counting, values))).toEqual(['红星村', '乐平村']);
    calls = 0;
    expect(names(filter(rows, 'cu', counting, values))).toEqual(['红星村', '乐平村']);
    // Only the two rows of the last result were tested again.
    expect(calls).toBe(2);
    calls = 0;
    expect(names(filter(rows, 'l', counting, values))).toEqual(['乐平村']);
    expect(calls).toBeGreaterThan(0);
    // New rows (data changed) start over too.
    const more = [...rows, row('5', '罗坊村', '河田镇')];
    expect(names(filter(more, 'l', counting, values))).toEqual(['乐平村', '罗坊村']);
  });

  it('totals: 合计 first, sums of summed columns without float noise, blank where nothing was filled', () => {
    expect(totalsRow(rows, columns)).toEqual(['合计', null, 838, 0.3]);
    expect(totalsRow([rows[2]], columns)).toEqual(['合计', null, null, null]);
    expect(totalsRow(rows, columns.slice(0, 2))).toBeUndefined();
  });

  it('describes the view for subtitles', () => {
    expect(describeView('hxc', filters, { township: '河田镇' })).toBe('乡镇：河田镇；关键字：hxc');
    expect(describeView('', filters, {})).toBe('全部');
  });
});
