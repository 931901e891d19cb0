// 催报名单 as an .xlsx: the pairings that have not reported a month, with whom to call (the
// two liaisons and the 挂钩领导), and a second sheet with each township's counts — the list
// the office sends round or works through by phone. Built on the reports' sheet writer
// (title, merged group headers, borders, totals, frozen header, A4 print set-up).
import type { Result } from '../../model/result';
import { dateLabel, formatRate, monthLabel, REPORT_STATUS_LABELS, reportRate } from '../../model/monthly-report';
import { buildXlsxSheets, type SheetModel } from '../xlsx-stream';
import { chaseListTitle, chaseRows, type Board } from './monthly-board';

/** Rate as a number of percent with one decimal (85.7), or null when nothing was due. */
const percent = (due: number, reported: number): number | null => {
  const r = reportRate({ due, reported });
  return r === null ? null : Math.round(r * 1000) / 10;
};

export function chaseListSheets(board: Board, countyName: string, exportedOn: string): SheetModel[] {
  const rows = chaseRows(board);
  const overdue = rows.filter((r) => r.status === 'overdue').length;
  const list: SheetModel = {
    title: chaseListTitle(countyName, board.month),
    sheetName: '催报名单',
    subtitle: `报送截止日期：${dateLabel(board.deadline)}　　未报 ${rows.length} 个联建点（其中逾期未报 ${overdue} 个）　　导出日期：${exportedOn}`,
    columns: [
      { header: '序号', kind: 'integer', width: 6 },
      { header: '乡镇（开发区）', kind: 'text', width: 16 },
      { header: '联建编号', kind: 'text', width: 13 },
      { header: '企业名称', kind: 'text', width: 26 },
      { header: '村名称', kind: 'text', width: 12 },
      { header: '企业联络员', kind: 'text', width: 20 },
      { header: '村联络员', kind: 'text', width: 20 },
      { header: '挂钩领导', kind: 'text', width: 10 },
      { header: '报送情况', kind: 'text', width: 10 },
    ],
    rows: rows.map((r, i) => [i + 1, r.townshipName, r.code, r.enterpriseName, r.villageName, r.enterpriseLiaison, r.villageLiaison, r.leader, REPORT_STATUS_LABELS[r.status]]),
    totals: ['合计', `${rows.length} 个`, null, null, null, null, null, null, null],
    freezeColumns: 3,
    landscape: true,
  };
  const t = board.total;
  const counts: SheetModel = {
    title: `${countyName}${monthLabel(board.month)}村企联建月报报送情况`,
    sheetName: '各乡镇报送情况',
    subtitle: `报送截止日期：${dateLabel(board.deadline)}　　应报 ${t.due} 个，已报 ${t.reported} 个，报送率 ${formatRate(reportRate(t))}`,
    groups: [
      { label: '', span: 1 },
      { label: '', span: 1 },
      { label: '', span: 1 },
      { label: '已报', span: 3 },
      { label: '未报', span: 3 },
      { label: '', span: 1 },
    ],
    columns: [
      { header: '乡镇（开发区）', kind: 'text', width: 16 },
      { header: '挂钩领导', kind: 'text', width: 10 },
      { header: '应报', unit: '个', kind: 'integer', width: 8 },
      { header: '合计', unit: '个', kind: 'integer', width: 8 },
      { header: '按时', unit: '个', kind: 'integer', width: 8 },
      { header: '逾期', unit: '个', kind: 'integer', width: 8 },
      { header: '合计', unit: '个', kind: 'integer', width: 8 },
      { header: '未到期', unit: '个', kind: 'integer', width: 8 },
      { header: '逾期', unit: '个', kind: 'integer', width: 8 },
      { header: '报送率', unit: '%', kind: 'number', width: 9 },
    ],
    rows: board.townships.map((l) => {
      const c = l.counts;
      return [l.name, l.leader, c.due, c.reported, c.onTime, c.late, c.pending + c.overdue, c.pending, c.overdue, percent(c.due, c.reported)];
    }),
    totals: ['全县合计', null, t.due, t.reported, t.onTime, t.late, t.pending + t.overdue, t.pending, t.overdue, percent(t.due, t.reported)],
    footnote: `注：应报为${monthLabel(board.month)}已批准、未终止的联建点；截止日之后报送的计为逾期；报送率＝已报÷应报。`,
  };
  return [list, counts];
}

export function buildChaseListXlsx(board: Board, countyName: string, exportedOn: string): Result<Uint8Array> {
  return buildXlsxSheets(chaseListSheets(board, countyName, exportedOn));
}
