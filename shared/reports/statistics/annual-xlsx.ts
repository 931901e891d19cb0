// The annual statistics table as a print-ready workbook: one sheet per part (基本情况,
// 联建成效, 分类明细; a part with many figures over two sheets), each with the title, merged group headers over the figures with their
// units, the township rows and the total, A4 landscape fitted to the page width, headers
// repeated on every page and page numbers in the footer.
import type { Result } from '../../model/result';
import { buildXlsxSheets, type HeaderGroup, type SheetModel } from '../xlsx-stream';
import { textWidth, type TableCell, type TableColumn } from '../xlsx-table';
import type { AnnualTable, StatGroup, StatPart, StatRow } from './annual-table';
import { annualTitle } from './titles';

export type AnnualMeta = {
  /** e.g. 长汀县 */
  countyName: string;
  /** 填报单位, e.g. 中共长汀县委组织部 */
  unitName: string;
  /** 'YYYY-MM-DD' */
  madeOn: string;
  /** The township filter in words, when the table does not cover the whole county. */
  scopeNote?: string;
};

const SHEET_NUMBERS = ['表一', '表二', '表三', '表四', '表五', '表六', '表七', '表八'];
const CHINESE_ORDINALS = '一二三四五六七八';
/** More figure columns than this on one A4 landscape page would print too small to read. */
export const MAX_FIGURES_PER_SHEET = 16;

export const ANNUAL_FOOTNOTE =
  '说明：企业、村的情况取自信息库现有数据；联建对数为年末已批准且未终止的联建；联建成效和分类明细为本年度台账合计；培训班为全县期数，培训人员按学员所在乡镇统计；表彰为本年度已批准的表彰。';

export { annualTitle } from './titles';

type Page = { part: StatPart; groups: StatGroup[]; title: string };

/** Splits a part's groups over as few sheets as keep each within MAX_FIGURES_PER_SHEET, evenly. */
export function paginate(part: StatPart): Page[] {
  const total = part.groups.reduce((s, g) => s + g.columns.length, 0);
  const sheets = Math.max(1, Math.ceil(total / MAX_FIGURES_PER_SHEET));
  const target = Math.ceil(total / sheets);
  const pages: StatGroup[][] = [[]];
  let count = 0;
  for (const g of part.groups) {
    const current = pages[pages.length - 1];
    if (current.length > 0 && count + g.columns.length > target && pages.length < sheets) {
      pages.push([g]);
      count = g.columns.length;
    } else {
      current.push(g);
      count += g.columns.length;
    }
  }
  return pages.map((groups, i) => ({ part, groups, title: pages.length > 1 ? `${part.title}（${CHINESE_ORDINALS[i]}）` : part.title }));
}

function pageSheet(table: AnnualTable, page: Page, index: number, meta: AnnualMeta): SheetModel {
  const figures = page.groups.flatMap((g) => g.columns);
  const columns: TableColumn[] = [
    { header: '乡镇（开发区）', kind: 'text', width: 16 },
    ...figures.map((c): TableColumn => ({
      header: c.label,
      unit: c.unit || undefined,
      kind: c.decimals ? 'money' : 'integer',
      width: Math.max(c.decimals ? 8 : 7, c.unit ? textWidth(`(${c.unit})`) + 1 : 0),
    })),
  ];
  const groups: HeaderGroup[] = [{ label: '', span: 1 }, ...page.groups.map((g) => ({ label: g.label, span: g.columns.length }))];
  const cells = (row: StatRow, isTotal: boolean): TableCell[] => [
    row.label,
    ...figures.map((c) => (!c.countyOnly ? (row.values[c.id] ?? 0) : isTotal && table.wholeCounty ? (row.values[c.id] ?? 0) : null)),
  ];
  const number = SHEET_NUMBERS[index] ?? `表${index + 1}`;
  const subtitle = [`${number}　${page.title}`, `填报单位：${meta.unitName || '（未设置单位名称）'}`, meta.scopeNote ? `范围：${meta.scopeNote}` : '', `制表日期：${meta.madeOn}`]
    .filter(Boolean)
    .join('　　　');
  return {
    title: annualTitle(table, meta.countyName),
    subtitle,
    sheetName: `${number} ${page.title}`,
    columns,
    groups,
    rows: table.rows.map((r) => cells(r, false)),
    totals: cells(table.total, true),
    freezeColumns: 1,
    footnote: ANNUAL_FOOTNOTE,
    landscape: true,
  };
}

/** One sheet per printed page width: each part, split where it has too many figures. */
export function annualSheets(table: AnnualTable, meta: AnnualMeta): SheetModel[] {
  return table.parts.flatMap(paginate).map((page, i) => pageSheet(table, page, i, meta));
}

export function buildAnnualXlsx(table: AnnualTable, meta: AnnualMeta): Result<Uint8Array> {
  return buildXlsxSheets(annualSheets(table, meta));
}
