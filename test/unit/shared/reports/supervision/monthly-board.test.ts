// The monthly board: who owes the month, each status, the counts per township and for the
// county, the chase list, one township's board, and the chase list workbook.
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildBoard, chaseRows, narrowBoard } from '@shared/reports/supervision/monthly-board';
import { buildChaseListXlsx } from '@shared/reports/supervision/chase-list-xlsx';
import { names, pairings, report, townships } from './fixtures';

const board = (month: string, today: string, reports = [report('p1', '2008-03', '2008-04-05'), report('p2', '2008-03', '2008-04-07')]) =>
  buildBoard({ month, deadlineDay: 5, today, townships, pairings, reports, ...names });

describe('buildBoard', () => {
  it('lists the pairings owing the month in county order, each with its status', () => {
    const b = board('2008-03', '2008-04-06');
    expect(b.deadline).toBe('2008-04-05');
    // p4 is not approved, p5 approved in June: they owe nothing in March.
    expect(b.rows.map((r) => [r.code, r.townshipName, r.status])).toEqual([
      ['LJ2008-001', '河田镇', 'onTime'],
      ['LJ2008-002', '河田镇', 'late'],
      ['LJ2008-003', '濯田镇', 'overdue'],
    ]);
    expect(b.rows[1].leader).toBe('陈华');
    expect(b.rows[0].leader).toBe('王强');
    expect(b.rows[0]).toMatchObject({ enterpriseName: '企业p1', villageName: '村p1', enterpriseLiaison: '张企（13900000001）', villageLiaison: '刘村' });
  });

  it('counts per township and for the county', () => {
    const b = board('2008-03', '2008-04-06');
    expect(b.townships.map((l) => [l.name, l.leader, l.counts])).toEqual([
      ['河田镇', '王强', { due: 2, reported: 2, onTime: 1, late: 1, pending: 0, overdue: 0 }],
      ['濯田镇', '李明', { due: 1, reported: 0, onTime: 0, late: 0, pending: 0, overdue: 1 }],
    ]);
    expect(b.total).toEqual({ due: 3, reported: 2, onTime: 1, late: 1, pending: 0, overdue: 1 });
  });

  it('before the deadline an unreported pairing is pending, not overdue; an ended pairing drops out after its end month', () => {
    expect(board('2008-03', '2008-04-03').rows.find((r) => r.code === 'LJ2008-003')!.status).toBe('pending');
    expect(board('2008-05', '2008-07-01', []).rows.map((r) => r.code)).toEqual(['LJ2008-001', 'LJ2008-002']);
  });

  it('gives the chase list and one township’s board', () => {
    const b = board('2008-03', '2008-04-06');
    expect(chaseRows(b).map((r) => r.code)).toEqual(['LJ2008-003']);
    const z = narrowBoard(b, 't2');
    expect(z.rows.map((r) => r.code)).toEqual(['LJ2008-003']);
    expect(z.total).toMatchObject({ due: 1, overdue: 1 });
    expect(narrowBoard(b, undefined)).toBe(b);
  });

  it('exports the chase list: the unreported pairings with whom to call, and the counts per township with totals', async () => {
    const b = board('2008-07', '2008-08-20', [report('p1', '2008-07', '2008-08-02')]);
    const built = buildChaseListXlsx(b, '长汀县', '2008-08-20');
    expect(built.ok).toBe(true);
    if (!built.ok) return;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(built.value as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['催报名单', '各乡镇报送情况']);
    const list = wb.getWorksheet('催报名单')!;
    expect(list.getCell('A1').value).toBe('长汀县2008年7月村企联建月报催报名单');
    expect(String(list.getCell('A2').value)).toContain('报送截止日期：2008年8月5日');
    expect((list.getRow(3).values as unknown[]).slice(1).map((v) => String(v).replace(/\n/g, ''))).toEqual(['序号', '乡镇（开发区）', '联建编号', '企业名称', '村名称', '企业联络员', '村联络员', '挂钩领导', '报送情况']);
    const rows = [4, 5].map((r) => (list.getRow(r).values as unknown[]).slice(1));
    expect(rows).toEqual([
      [1, '河田镇', 'LJ2008-002', '企业p2', '村p2', '张企（13900000001）', '刘村', '陈华', '逾期未报'],
      [2, '濯田镇', 'LJ2008-005', '企业p5', '村p5', '张企（13900000001）', '刘村', '李明', '逾期未报'],
    ]);
    expect(list.getCell('A6').value).toBe('合计');
    expect(list.getCell('B6').value).toBe('2 个');
    const counts = wb.getWorksheet('各乡镇报送情况')!;
    expect(counts.getCell('D3').value).toBe('已报');
    expect(counts.getCell('A5').value).toBe('河田镇');
    expect((counts.getRow(5).values as unknown[]).slice(3)).toEqual([2, 1, 1, 0, 1, 0, 1, 50]);
    expect((counts.getRow(7).values as unknown[]).slice(1)).toEqual(['全县合计', undefined, 3, 1, 1, 0, 2, 0, 2, 33.3]);
  });
});
