// 年终统计 templates: one workbook per township (or enterprise party organization) and year,
// prefilled with its pairings. Codes and names are locked (sheet protection, no password:
// it prevents slips, not people); the figure cells are open, with numeric validation and
// 是/否 drop-downs; a 填表说明 sheet says how to fill it (blank counts as 0); a very hidden
// sheet carries the ids so the returned file is read back exactly (meta.ts).
import ExcelJS from 'exceljs';
import { stripControlChars } from '../model/normalize';
import { LEDGER_TYPES } from '../model/ledger-catalog';
import { tallyFigures, type LedgerFigure } from '../reports/statistics/ledger-figures';
import { columnLetter } from '../reports/xlsx-stream';
import { breakLabel } from '../reports/title-lines';
import { textWidth } from '../reports/xlsx-table';
import { META_SHEET, metaRows, TALLY_TEMPLATE_VERSION, type TallyMeta, type TallyScope } from './meta';

export const DATA_SHEET = '年终统计表';
export const GUIDE_SHEET = '填表说明';
export const FIRST_DATA_ROW = 5;
/** Columns before the figures: 序号, 联建编号, 企业名称, 村名称. */
export const FIXED_COLUMNS = ['序号', '联建编号', '企业名称', '村名称'] as const;

export type TemplatePairing = { id: string; code: string; enterpriseName: string; villageName: string };

export type TallyTemplateInput = {
  year: number;
  scope: TallyScope;
  countyName: string;
  /** Who collects it, e.g. 中共长汀县委组织部. */
  unitName: string;
  pairings: readonly TemplatePairing[];
  generatedAt: string;
  figures?: readonly LedgerFigure[];
};

const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const GRAY: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
const FONT = { name: '宋体', size: 11 };

export const figureHeader = (f: LedgerFigure): string => (f.unit ? `${f.label}（${f.unit}）` : f.label);

/** Width of a figure column, and the Chinese characters a header line holds in it. */
const FIGURE_WIDTH = 10;
const FIGURE_LINE_CHARS = 4;
const FIXED_WIDTHS = [5, 11, 24, 9];
/** Width (in characters) of a landscape A4 page's printable area at 100 %, and the least scale worth printing. */
const PAGE_WIDTH = 128;
const MIN_SCALE = 0.85;

/**
 * A figure's header as printed: the label broken between words into lines that fit the
 * column (「其中 / 技术工人」), the unit on a line of its own — never a lone 「）」.
 */
export const stackedFigureHeader = (f: LedgerFigure): string => [...breakLabel(f.label, FIGURE_LINE_CHARS), ...(f.unit ? [`（${f.unit}）`] : [])].join('\n');

/** Points a row needs for `lines` lines of 11 pt text. */
const rowHeight = (lines: number) => 6 + lines * 14.5;

/** Lines `text` takes in a wrapped cell `width` characters wide. */
const wrappedLines = (text: string, width: number) => text.split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(textWidth(line) / (width - 2))), 0);

export function templateFileName(year: number, scope: TallyScope): string {
  return `${year}年村企联建年终统计表-${scope.name}.xlsx`;
}

function guideLines(input: TallyTemplateInput, figures: readonly LedgerFigure[]): string[] {
  const lines = [
    `一、本表由${input.scope.name}填报${input.year}年度（${input.year}年1月1日至12月31日）村企联建工作情况，每个联建点一行，已列出本${input.scope.kind === 'township' ? '乡镇（开发区）' : '企业'}全部联建点。`,
    '二、联建编号、企业名称、村名称已锁定，请勿修改，也不要增删行列或改动工作表名称；如有联建点遗漏或已终止，请在报送时另行说明。',
    '三、数字只填阿拉伯数字，不带单位；金额以万元为单位，可保留两位小数；人数、次数等填整数。',
    '四、空白按0计：没有发生的项目可以不填。',
    '五、“是否”栏请从下拉列表中选择“是”或“否”。',
    `六、填好后请将本文件（不要另存为其他格式）报送${input.unitName || '县委组织部'}。`,
    '',
    '各栏说明：',
  ];
  const byType = new Map<string, LedgerFigure[]>();
  for (const f of figures) byType.set(f.typeKey, [...(byType.get(f.typeKey) ?? []), f]);
  for (const [key, list] of byType) {
    const type = LEDGER_TYPES.find((t) => t.key === key);
    const parts = list.map((f) => {
      const help = type?.fields.find((x) => f.id === `${key}.${x.key}`)?.help;
      return `${figureHeader(f)}${f.source.kind === 'count' ? '：本年度人数' : ''}${help ? `：${help}` : ''}`;
    });
    lines.push(`【${list[0].typeName}】${parts.join('；')}。`);
  }
  return lines;
}

// Identical validations on neighbouring cells are written as one range by ExcelJS.
function validation(f: LedgerFigure): ExcelJS.DataValidation {
  if (f.input === 'yesno') {
    return { type: 'list', allowBlank: true, formulae: ['"是,否"'], showErrorMessage: true, errorTitle: '请选择', error: '请从下拉列表中选择“是”或“否”' };
  }
  return {
    type: f.decimals ? 'decimal' : 'whole',
    operator: 'greaterThanOrEqual',
    allowBlank: true,
    formulae: [0],
    showErrorMessage: true,
    errorTitle: '数字有误',
    error: `请填写不小于0的${f.decimals ? '数字' : '整数'}（单位：${f.unit}，不带单位）`,
  };
}

/**
 * The guide's column: narrow enough for portrait A4 between 0.6 inch margins at 100 % even
 * where the spreadsheet's default font is wide (LibreOffice without Calibri), as scaling to
 * fit is not applied everywhere.
 */
const GUIDE_WIDTH = 70;

/** Pages across the data sheet prints on: as few as keep the scale at MIN_SCALE or more. */
function pagesAcross(figureCount: number): number {
  const fixed = FIXED_WIDTHS.reduce((a, b) => a + b, 0);
  const perPage = PAGE_WIDTH / MIN_SCALE - fixed;
  return Math.max(1, Math.ceil((figureCount * FIGURE_WIDTH) / perPage));
}

function dataSheet(wb: ExcelJS.Workbook, input: TallyTemplateInput, figures: readonly LedgerFigure[]): TallyMeta['columns'] {
  const ws = wb.addWorksheet(DATA_SHEET, {
    views: [{ state: 'frozen', xSplit: FIXED_COLUMNS.length, ySplit: FIRST_DATA_ROW - 1 }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToHeight: 0,
      printTitlesRow: `1:${FIRST_DATA_ROW - 1}`,
      // Wide: several pages across, each repeating 序号 … 村名称, at a scale still legible.
      printTitlesColumn: `A:${columnLetter(FIXED_COLUMNS.length - 1)}`,
      fitToWidth: pagesAcross(figures.length),
      margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&C第 &P 页，共 &N 页' },
  });
  const total = FIXED_COLUMNS.length + figures.length;
  ws.columns = [...FIXED_WIDTHS, ...figures.map(() => FIGURE_WIDTH)].map((width) => ({ width }));
  const last = columnLetter(total - 1);

  // Printed several pages across, the title and the 填报单位 line stand over the columns every
  // page repeats (序号 … 村名称), so no page shows a piece of them.
  const across = pagesAcross(figures.length) > 1;
  const titleEnd = across ? columnLetter(FIXED_COLUMNS.length - 1) : last;
  const scope = stripControlChars(input.scope.name);
  ws.mergeCells(`A1:${titleEnd}1`);
  Object.assign(ws.getCell('A1'), {
    value: `${input.countyName}${input.year}年村企联建工作年终统计表`,
    font: { ...FONT, size: across ? 14 : 16, bold: true },
    alignment: { horizontal: 'center', vertical: 'middle', wrapText: true },
  });
  ws.getRow(1).height = across ? 40 : 30;
  ws.mergeCells(`A2:${titleEnd}2`);
  Object.assign(ws.getCell('A2'), {
    value: across
      ? `填报单位：${scope}（盖章）\n填表人：　　　　　　联系电话：\n填报日期：　　年　　月　　日`
      : `填报单位：${scope}（盖章）　　　　填表人：　　　　　联系电话：　　　　　　填报日期：　　年　　月　　日`,
    font: FONT,
    alignment: { vertical: 'middle', wrapText: true },
  });
  if (across) ws.getRow(2).height = rowHeight(3);

  const header = (cell: ExcelJS.Cell, value: string) => Object.assign(cell, { value, font: { ...FONT, bold: true }, alignment: { horizontal: 'center', vertical: 'middle', wrapText: true }, border: BORDER, fill: GRAY });
  FIXED_COLUMNS.forEach((label, i) => {
    const col = columnLetter(i);
    ws.mergeCells(`${col}3:${col}4`);
    header(ws.getCell(`${col}3`), label);
  });
  const c = FIXED_COLUMNS.length;
  for (let i = 0; i < figures.length; ) {
    let j = i;
    while (j + 1 < figures.length && figures[j + 1].typeKey === figures[i].typeKey) j++;
    const from = columnLetter(c + i);
    const to = columnLetter(c + j);
    if (to !== from) ws.mergeCells(`${from}3:${to}3`);
    header(ws.getCell(`${from}3`), figures[i].typeName);
    i = j + 1;
  }
  const headers = figures.map(stackedFigureHeader);
  headers.forEach((text, i) => header(ws.getCell(4, c + i + 1), text));
  ws.getRow(3).height = 22;
  ws.getRow(4).height = rowHeight(Math.max(2, ...headers.map((h) => h.split('\n').length)));

  input.pairings.forEach((p, i) => {
    const r = FIRST_DATA_ROW + i;
    const row = ws.getRow(r);
    row.values = [i + 1, p.code, stripControlChars(p.enterpriseName), stripControlChars(p.villageName)];
    for (let k = 1; k <= total; k++) {
      const cell = row.getCell(k);
      cell.border = BORDER;
      cell.font = FONT;
      if (k <= FIXED_COLUMNS.length) {
        cell.fill = GRAY;
      } else {
        cell.protection = { locked: false };
        cell.dataValidation = validation(figures[k - FIXED_COLUMNS.length - 1]);
      }
    }
  });
  const totalRow = FIRST_DATA_ROW + input.pairings.length;
  const sumRow = ws.getRow(totalRow);
  sumRow.getCell(1).value = '合计';
  ws.mergeCells(`A${totalRow}:D${totalRow}`);
  figures.forEach((f, i) => {
    const col = columnLetter(c + i);
    const cell = sumRow.getCell(c + i + 1);
    if (f.input === 'yesno') cell.value = { formula: `COUNTIF(${col}${FIRST_DATA_ROW}:${col}${totalRow - 1},"是")`, result: 0 };
    else if (input.pairings.length) cell.value = { formula: `SUM(${col}${FIRST_DATA_ROW}:${col}${totalRow - 1})`, result: 0 };
  });
  for (let k = 1; k <= total; k++) Object.assign(sumRow.getCell(k), { border: BORDER, font: { ...FONT, bold: true }, fill: GRAY });

  return figures.map((f, i) => ({ column: columnLetter(FIXED_COLUMNS.length + i), figureId: f.id }));
}

export async function buildTallyTemplate(input: TallyTemplateInput): Promise<Uint8Array> {
  const figures = input.figures ?? tallyFigures();
  const wb = new ExcelJS.Workbook();
  wb.creator = input.unitName || '村企联建';
  const columns = dataSheet(wb, input, figures);
  await wb.getWorksheet(DATA_SHEET)!.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });

  // One column as wide as portrait A4 prints at 100 %; every row as tall as its wrapped text
  // (no spreadsheet grows a row on opening, so a taller text would show its first line only).
  const guide = wb.addWorksheet(GUIDE_SHEET, {
    pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: true, fitToWidth: 1, fitToHeight: 0, margins: { left: 0.6, right: 0.6, top: 0.7, bottom: 0.7, header: 0.3, footer: 0.3 } },
  });
  guide.columns = [{ width: GUIDE_WIDTH }];
  const heading = guide.addRow([`${input.countyName}${input.year}年村企联建工作年终统计表填表说明`]);
  heading.font = { ...FONT, size: 14, bold: true };
  heading.alignment = { horizontal: 'center', vertical: 'middle' };
  heading.height = 28;
  for (const line of guideLines(input, figures)) {
    const row = guide.addRow([line]);
    row.font = FONT;
    row.alignment = { wrapText: true, vertical: 'top' };
    row.height = rowHeight(wrappedLines(line, GUIDE_WIDTH));
  }

  const meta: TallyMeta = {
    version: TALLY_TEMPLATE_VERSION,
    year: input.year,
    scope: input.scope,
    dataSheet: DATA_SHEET,
    generatedAt: input.generatedAt,
    blankMeansZero: true,
    rows: input.pairings.map((p, i) => ({ row: FIRST_DATA_ROW + i, pairingId: p.id, code: p.code })),
    columns,
  };
  const hidden = wb.addWorksheet(META_SHEET, { state: 'veryHidden' });
  for (const row of metaRows(meta)) hidden.addRow(row);
  await hidden.protect('', {});
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
