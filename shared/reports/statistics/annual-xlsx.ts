// The annual statistics table as a print-ready workbook: one sheet per page of pages.ts
// (基本情况, 联建成效, 分类明细; a part with many figures over two sheets), each with the
// title, merged group headers over the figures with their units, the rows (townships, or
// enterprises / villages with their township) and the total, A4 landscape fitted to the page
// width, headers repeated on every page, page numbers in the footer, and the note saying
// which townships' figures came from their tallies and which from the ledger.
import type { Result } from '../../model/result';
import { buildXlsxSheets, type HeaderGroup, type SheetModel } from '../xlsx-stream';
import { textWidth, type TableCell, type TableColumn } from '../xlsx-table';
import type { AnnualTable, StatRow } from './annual-table';
import { paginate, type Page } from './pages';
import { annualSheetNote } from './footnote';
import { GROUP_LABELS, GROUP_NAMES } from './annual-groups';
import { annualTitle } from './titles';

export { MAX_FIGURES_PER_SHEET, paginate } from './pages';
export { ANNUAL_FOOTNOTE, annualFootnote } from './footnote';
export { annualTitle } from './titles';

export type AnnualMeta = {
  /** e.g. 长汀县 */
  countyName: string;
  /** 填报单位, e.g. 中共长汀县委组织部 */
  unitName: string;
  /** 制表日期, already written out (formatDateCn: 2008年12月3日). */
  madeOn: string;
  /** The township filter in words, when the table does not cover the whole county. */
  scopeNote?: string;
};

const SHEET_NUMBERS = ['表一', '表二', '表三', '表四', '表五', '表六', '表七', '表八'];

function pageSheet(table: AnnualTable, page: Page, index: number, meta: AnnualMeta): SheetModel {
  const figures = page.groups.flatMap((g) => g.columns);
  const byTownship = table.groupBy === 'township';
  const labels: TableColumn[] = byTownship
    ? [{ header: GROUP_LABELS.township, kind: 'text', width: 16 }]
    : [
        { header: GROUP_LABELS[table.groupBy], kind: 'text', width: table.groupBy === 'enterprise' ? 32 : 24 },
        { header: '所属乡镇', kind: 'text', width: 12 },
      ];
  const columns: TableColumn[] = [
    ...labels,
    ...figures.map((c): TableColumn => ({
      header: c.label,
      unit: c.unit || undefined,
      kind: c.decimals ? 'money' : 'integer',
      width: Math.max(c.decimals ? 8 : 7, c.unit ? textWidth(`(${c.unit})`) + 1 : 0),
    })),
  ];
  const groups: HeaderGroup[] = [...labels.map(() => ({ label: '', span: 1 })), ...page.groups.map((g) => ({ label: g.label, span: g.columns.length }))];
  const cells = (row: StatRow, isTotal: boolean): TableCell[] => [
    row.label,
    ...(byTownship ? [] : [row.township ?? '']),
    ...figures.map((c) => (!c.countyOnly ? (row.values[c.id] ?? 0) : isTotal ? (row.values[c.id] ?? null) : null)),
  ];
  const number = SHEET_NUMBERS[index] ?? `表${index + 1}`;
  const subtitle = [`${number}　${page.title}`, byTownship ? '' : `${GROUP_NAMES[table.groupBy]}统计`, `填报单位：${meta.unitName || '（未设置单位名称）'}`, meta.scopeNote ? `范围：${meta.scopeNote}` : '', `制表日期：${meta.madeOn}`]
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
    freezeColumns: labels.length,
    footnote: annualSheetNote(table, page.part.key),
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
