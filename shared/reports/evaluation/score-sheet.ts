// 绩效考评得分表 as a print-ready workbook: the score of every pairing (indicators under one
// merged group header with their weights, deductions under another, total, rank, grade), the
// roll-up per township, and the scheme the scores were computed by — each sheet with its
// title, A4 landscape where wide, the header repeated on every page and page numbers.
import type { Result } from '../../model/result';
import { deductionKind, formatNumber, indicatorKind } from '../../model/evaluation/catalog';
import { EVALUATION_GRADES, type EvaluationScheme, type ScoreRow } from '../../model/evaluation/types';
import type { TownshipRollup } from '../../model/evaluation/ranking';
import { buildXlsxSheets, type HeaderGroup, type SheetModel } from '../xlsx-stream';
import type { TableCell, TableColumn } from '../xlsx-table';

export type ScoreSheetRow = ScoreRow & { code: string; enterprise: string; village: string; township: string };

export type ScoreSheetModel = {
  year: number;
  /** e.g. 长汀县 */
  countyName: string;
  unitName: string;
  scheme: EvaluationScheme;
  rows: ScoreSheetRow[];
  townships: (TownshipRollup & { name: string })[];
  /** 计算日期 / 数据截至 */
  asOf: string;
  /** 'YYYY-MM-DD' */
  madeOn: string;
};

export const scoreSheetTitle = (m: Pick<ScoreSheetModel, 'year' | 'countyName'>) => `${m.countyName}${m.year}年度村企党组织联建活动绩效考评得分表`;

const pointsCol = (header: string, unit = '分', width = 8): TableColumn => ({ header, unit, kind: 'number', width });

function gradingRule(s: EvaluationScheme): string {
  const g = s.grading;
  if (g.mode === 'threshold') return `等次：${formatNumber(g.excellent)}分及以上为优秀，${formatNumber(g.good)}分及以上为良好，${formatNumber(g.pass)}分及以上为一般，${formatNumber(g.pass)}分以下为较差`;
  return `等次：按名次前${formatNumber(g.excellentPct)}%为优秀，其后${formatNumber(g.goodPct)}%为良好（均须达到${formatNumber(g.pass)}分），其余${formatNumber(g.pass)}分及以上为一般，${formatNumber(g.pass)}分以下为较差；并列名次等次相同`;
}

function scoresSheet(m: ScoreSheetModel): SheetModel {
  const { scheme } = m;
  const columns: TableColumn[] = [
    { header: '名次', kind: 'integer', width: 6 },
    { header: '联建编号', kind: 'text', width: 13 },
    { header: '企业', kind: 'text', width: 22 },
    { header: '村', kind: 'text', width: 16 },
    { header: '挂钩乡镇', kind: 'text', width: 12 },
    ...scheme.indicators.map((i) => pointsCol(i.label, `${formatNumber(i.weight)}分`)),
    ...scheme.deductions.map((d) => pointsCol(d.label, `最多${formatNumber(d.cap)}分`)),
    pointsCol('总分', `${formatNumber(scheme.total)}分`),
    { header: '等次', kind: 'text', width: 6 },
  ];
  const groups: HeaderGroup[] = [
    ...['', '', '', '', ''].map((label) => ({ label, span: 1 })),
    { label: '指标得分', span: scheme.indicators.length },
    ...(scheme.deductions.length ? [{ label: '扣分', span: scheme.deductions.length }] : []),
    { label: '', span: 1 },
    { label: '', span: 1 },
  ];
  const rows = m.rows.map((r): TableCell[] => [
    r.rank,
    r.code,
    r.enterprise,
    r.village,
    r.township,
    ...scheme.indicators.map((i) => r.items[i.key] ?? 0),
    ...scheme.deductions.map((d) => r.deductions[d.key] ?? null),
    r.total,
    r.grade,
  ]);
  const counts = EVALUATION_GRADES.map((g) => `${g}${m.rows.filter((r) => r.grade === g).length}个`).join('、');
  return {
    title: scoreSheetTitle(m),
    subtitle: [`填报单位：${m.unitName || '（未设置单位名称）'}`, `数据截至：${m.asOf}`, `制表日期：${m.madeOn}`].join('　　　'),
    sheetName: '得分表',
    columns,
    groups,
    rows,
    freezeColumns: 2,
    footnote: `共考评联建点${m.rows.length}个：${counts}。${gradingRule(scheme)}。并列者名次相同。`,
    landscape: true,
  };
}

function townshipSheet(m: ScoreSheetModel): SheetModel {
  const columns: TableColumn[] = [
    { header: '名次', kind: 'integer', width: 6 },
    { header: '乡镇（开发区）', kind: 'text', width: 16 },
    { header: '联建点', unit: '个', kind: 'integer', width: 8 },
    pointsCol('平均分'),
    pointsCol('最高分'),
    pointsCol('最低分'),
    ...EVALUATION_GRADES.map((g): TableColumn => ({ header: g, unit: '个', kind: 'integer', width: 7 })),
  ];
  const groups: HeaderGroup[] = [...Array.from({ length: 6 }, () => ({ label: '', span: 1 })), { label: '等次', span: EVALUATION_GRADES.length }];
  const all = m.rows;
  const average = all.length ? Math.round((all.reduce((s, r) => s + r.total, 0) / all.length) * 10 ** m.scheme.decimals) / 10 ** m.scheme.decimals : null;
  return {
    title: `${m.countyName}${m.year}年度村企党组织联建活动绩效考评乡镇汇总表`,
    subtitle: `按联建点的挂钩乡镇汇总，按平均分排名　　　制表日期：${m.madeOn}`,
    sheetName: '乡镇汇总',
    columns,
    groups,
    rows: m.townships.map((t) => [t.rank, t.name, t.count, t.average, t.best, t.worst, ...EVALUATION_GRADES.map((g) => t.grades[g])]),
    totals: [null, '全县', all.length, average, all.length ? Math.max(...all.map((r) => r.total)) : null, all.length ? Math.min(...all.map((r) => r.total)) : null, ...EVALUATION_GRADES.map((g) => all.filter((r) => r.grade === g).length)],
  };
}

function schemeSheet(m: ScoreSheetModel): SheetModel {
  const { scheme } = m;
  const rows: TableCell[][] = [
    ...scheme.indicators.map((i, n): TableCell[] => [n + 1, i.label, indicatorKind(i.kind)?.label ?? i.kind, i.weight, i.max, indicatorKind(i.kind)?.describe(i) ?? '']),
    ...scheme.deductions.map((d, n): TableCell[] => [`扣${n + 1}`, d.label, deductionKind(d.kind)?.label ?? d.kind, null, d.cap, deductionKind(d.kind)?.describe(d) ?? '']),
  ];
  return {
    title: `${m.countyName}${m.year}年度村企党组织联建活动绩效考评方案`,
    subtitle: `方案总分${formatNumber(scheme.total)}分，得分保留${scheme.decimals}位小数`,
    sheetName: '考评方案',
    columns: [
      { header: '序号', kind: 'text', width: 6 },
      { header: '指标或扣分项', kind: 'text', width: 16 },
      { header: '计分方式', kind: 'text', width: 14 },
      pointsCol('权重'),
      pointsCol('满分或最多扣分', '分', 10),
      { header: '计分办法', kind: 'text', width: 60 },
    ],
    rows,
    totals: ['合计', null, null, scheme.total, null, null],
    footnote: `${gradingRule(scheme)}。`,
  };
}

export function scoreSheets(m: ScoreSheetModel): SheetModel[] {
  return [scoresSheet(m), townshipSheet(m), schemeSheet(m)];
}

export function buildScoreSheetXlsx(m: ScoreSheetModel): Result<Uint8Array> {
  return buildXlsxSheets(scoreSheets(m));
}
