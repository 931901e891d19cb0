// 技能培训供给关系 as one print-ready workbook: the list and the matrix (supply.ts) on two
// sheets, A4 landscape, headers repeated on every page, numbers as numbers.
import type { Result } from '../../model/result';
import type { SupplyRelation } from '../statistics/training-exchange';
import { buildXlsxSheets, type SheetModel } from '../xlsx-stream';
import { supplyMatrix, type SupplyMatrix, type SupplyNames } from './supply';

export type SupplyReport = { title: string; subtitle: string; relations: readonly SupplyRelation[]; names: SupplyNames };

/** The list, in the matrix's order. */
export function supplyListSheet(report: SupplyReport, matrix: SupplyMatrix): SheetModel {
  const { names } = report;
  const villageOrder = new Map(matrix.villages.map((v, i) => [v.id, i]));
  const enterpriseOrder = new Map(matrix.enterprises.map((e, i) => [e.id, i]));
  const rows = [...report.relations].sort((a, b) => (enterpriseOrder.get(a.enterpriseId) ?? 0) - (enterpriseOrder.get(b.enterpriseId) ?? 0) || (villageOrder.get(a.villageId) ?? 0) - (villageOrder.get(b.villageId) ?? 0));
  const sum = (key: 'sessions' | 'trainees' | 'employedAfter') => rows.reduce((s, r) => s + r[key], 0);
  return {
    title: report.title,
    subtitle: report.subtitle,
    sheetName: '供给关系一览',
    columns: [
      { header: '序号', kind: 'integer', width: 6 },
      { header: '用工企业', kind: 'text', width: 30 },
      { header: '所在乡镇', kind: 'text', width: 12 },
      { header: '联建村', kind: 'text', width: 10 },
      { header: '联建编号', kind: 'text', width: 13 },
      { header: '培训基地', kind: 'text', width: 26 },
      { header: '年度', kind: 'text', width: 12 },
      { header: '培训期数', unit: '期', kind: 'integer', width: 9 },
      { header: '培训人次', unit: '人次', kind: 'integer', width: 9 },
      { header: '上岗录用', unit: '人', kind: 'integer', width: 9 },
    ],
    rows: rows.map((r, i) => [
      i + 1,
      names.enterprise(r.enterpriseId),
      names.villageTownship(r.villageId).name,
      names.village(r.villageId),
      r.pairingIds.map(names.pairingCode).join('、'),
      names.bases(r).join('、'),
      r.years.length > 1 ? `${r.years[0]}—${r.years[r.years.length - 1]}` : String(r.years[0] ?? ''),
      r.sessions,
      r.trainees,
      r.employedAfter,
    ]),
    totals: ['合计', `${matrix.enterprises.length}家企业`, null, `${matrix.villages.length}个村`, `${rows.length}对`, null, null, sum('sessions'), sum('trainees'), sum('employedAfter')],
    freezeColumns: 2,
    landscape: true,
  };
}

/** The matrix: 乡镇, 村, one column per enterprise (期数), and how many enterprises supply each village. */
export function supplyMatrixSheet(report: SupplyReport, matrix: SupplyMatrix): SheetModel {
  return {
    title: `${report.title}（矩阵）`,
    subtitle: `${report.subtitle}　　单元格为该企业在该村开展技能培训的期数`,
    sheetName: '供给关系矩阵',
    columns: [
      { header: '乡镇', kind: 'text', width: 10 },
      { header: '村', kind: 'text', width: 9 },
      ...matrix.enterprises.map((e) => ({ header: e.name, kind: 'integer' as const, width: 5 })),
      { header: '供给企业', unit: '家', kind: 'integer', width: 7 },
    ],
    groups: [{ label: '', span: 1 }, { label: '', span: 1 }, ...(matrix.enterprises.length ? [{ label: '用工企业', span: matrix.enterprises.length }] : []), { label: '', span: 1 }],
    rows: matrix.villages.map((v) => [v.township, v.name, ...matrix.enterprises.map((e) => matrix.cells.get(`${v.id}|${e.id}`) ?? null), v.enterprises]),
    totals: ['联系村数', `${matrix.villages.length}个`, ...matrix.enterprises.map((e) => e.villages), report.relations.length],
    freezeColumns: 2,
    footnote: `共${matrix.enterprises.length}家企业与${matrix.villages.length}个村建立劳动力技能培训供给关系${report.relations.length}对；“联系村数”为每家企业供给培训的村数。`,
    landscape: true,
  };
}

export function buildSupplyXlsx(report: SupplyReport): Result<Uint8Array> {
  const matrix = supplyMatrix(report.relations, report.names);
  return buildXlsxSheets([supplyListSheet(report, matrix), supplyMatrixSheet(report, matrix)]);
}
