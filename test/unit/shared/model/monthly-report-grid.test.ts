// The month grid: cells → report inputs through checkReport, every problem at its row and
// column; blank rows are pairings that did not report; hidden figure types are kept.
import { describe, expect, it } from 'vitest';
import { LEDGER_TYPES } from '@shared/model/ledger-catalog';
import { parseYesNo, readReportGrid, reportGridColumns, reportToCells } from '@shared/model/monthly-report-grid';
import type { MonthlyReport } from '@shared/model/types';

const labour = LEDGER_TYPES.filter((t) => t.key === 'labour');
const columns = reportGridColumns(labour);
const p = (id: string, approvedDate = '2008-02-01') => ({ id, code: `LJ-${id}`, approvedDate });
const cells = (values: Record<string, string>) => columns.map((c) => values[c.key] ?? '');
const TODAY = '2009-01-10';

describe('readReportGrid', () => {
  it('has the report’s columns and the chosen types’ figures', () => {
    expect(columns.map((c) => c.header)).toEqual(['是否开展活动', '活动情况', '存在问题', '下月计划', '填报人', '报送日期', '劳务输送·输送人数（人）', '劳务输送·其中技术工人（人）', '劳务输送·其中失地农民（人）', '劳务输送·其中留守妇女（人）']);
  });

  it('reads filled rows and skips blank ones', () => {
    const read = readReportGrid('2008-12', columns, [
      { pairing: p('a'), cells: cells({ active: '是', summary: '输送工人', submittedDate: '2009/1/3', 'figures.labour.sent': '12', 'figures.labour.skilled': '4' }) },
      { pairing: p('b'), cells: cells({}) },
      { pairing: p('c'), cells: cells({ active: '否', reporter: '刘村' }) },
    ], TODAY);
    expect(read.issues).toEqual([]);
    expect(read.inputs.map((i) => [i.row, i.pairingId, i.active, i.submittedDate])).toEqual([
      [0, 'a', true, '2009-01-03'],
      [2, 'c', false, undefined],
    ]);
    expect(read.inputs[0].figures).toMatchObject({ labour: { sent: '12', skilled: '4' } });
  });

  it('names every bad cell by row and column, and saves nothing', () => {
    const read = readReportGrid('2008-12', columns, [
      { pairing: p('a'), cells: cells({ active: '也许', summary: 'x' }) },
      { pairing: p('b'), cells: cells({ active: '是', summary: 'x', 'figures.labour.skilled': '3' }) },
      { pairing: p('c'), cells: cells({ active: '是', summary: 'x', submittedDate: '2009-02' }) },
      { pairing: p('d', '2009-01-02'), cells: cells({ active: '是', summary: 'x' }) },
      { pairing: p('e'), cells: cells({ active: '是', 'figures.labour.sent': '2', 'figures.labour.skilled': '5', summary: 'x' }) },
    ], TODAY);
    expect(read.inputs).toEqual([]);
    expect(read.issues).toEqual([
      { row: 0, column: 'active', message: '「是否开展活动」应填“是”或“否”，实际为「也许」' },
      { row: 1, column: 'figures.labour.sent', message: '劳务输送：请填写「输送人数」' },
      { row: 2, column: 'submittedDate', message: '「报送日期」应填写到日，如 2009-01-03' },
      { row: 3, column: '', message: '月报月份（2008年12月）早于联建「LJ-d」的批准日期（2009-01-02）' },
      { row: 4, column: 'figures.labour.sent', message: '劳务输送：「其中技术工人」（5）不能大于「输送人数」（2）' },
    ]);
  });

  it('an existing report keeps its date when the cell is left blank, keeps figures of types not shown, and cannot be blanked out', () => {
    const existing: MonthlyReport = {
      id: 'r1', createdAt: '', updatedAt: '', deleted: 0, pairingId: 'a', month: '2008-12', submittedDate: '2009-01-04', summary: '旧', active: true,
      figures: { funds: { amount: 5, purpose: '产业发展' } },
    };
    const shown = reportToCells(existing, columns);
    expect(shown.slice(0, 6)).toEqual(['是', '旧', '', '', '', '2009-01-04']);
    const edited = [...shown];
    edited[1] = '新';
    edited[5] = '';
    const read = readReportGrid('2008-12', columns, [{ pairing: p('a'), existing, cells: edited }], TODAY);
    expect(read.inputs[0]).toMatchObject({ summary: '新', submittedDate: '2009-01-04', figures: { funds: { amount: 5, purpose: '产业发展' } } });
    const blanked = readReportGrid('2008-12', columns, [{ pairing: p('a'), existing, cells: cells({}) }], TODAY);
    expect(blanked.issues[0].message).toContain('不能在此清空');
  });

  it('understands the usual ways of writing yes and no', () => {
    expect(['是', '有', 'Y', '1', '√'].map(parseYesNo)).toEqual([true, true, true, true, true]);
    expect(['否', '无', 'n', '0', '×'].map(parseYesNo)).toEqual([false, false, false, false, false]);
    expect(parseYesNo(' ')).toBeNull();
    expect(parseYesNo('大概')).toBeUndefined();
  });
});
