// A plain table (title, columns, rows, optional totals) → an .xlsx that opens cleanly in
// Excel, WPS and LibreOffice and prints on A4 without fiddling: merged title row, bold bordered
// header with units, frozen header, widths, numbers as numbers, dates as dates, header
// repeated on every printed page and page numbers in the footer.
//
// Exported text is never a formula: ExcelJS writes strings as string cells, and text that a
// spreadsheet would read as a formula when retyped (=, +, -, @, tab, CR, and their
// full-width forms) also gets the text format 「@」. Control characters are stripped; a cell
// over Excel's 32,767 characters refuses the whole export before anything is written.
//
// writeTableSheet only uses calls the streaming WorkbookWriter also has (addWorksheet with
// views/pageSetup, columns, mergeCells, addRow + commit), so large exports in Node can pass
// an `ExcelJS.stream.xlsx.WorkbookWriter` instead of building the workbook in memory.
import ExcelJS from 'exceljs';
import { stripControlChars } from '../model/normalize';
import type { Result } from '../model/result';
import { fail, ok } from '../model/result';
import { breakLabel } from './title-lines';

export type TableColumnKind = 'text' | 'integer' | 'number' | 'money' | 'date' | 'boolean';

export type TableColumn = {
  header: string;
  /** Shown in the header as 「户数（户）」. */
  unit?: string;
  kind: TableColumnKind;
  /** In characters (a Chinese character counts as 2); computed from the content when absent. */
  width?: number;
};

/** Dates as 'YYYY-MM-DD' strings (or Date objects); booleans print 是 / 否. */
export type TableCell = string | number | boolean | Date | null | undefined;

export type TableModel = {
  title: string;
  /** A line under the title, e.g. the filters applied and the export date. */
  subtitle?: string;
  sheetName?: string;
  columns: TableColumn[];
  rows: TableCell[][];
  /** The totals row, aligned with the columns (usually 「合计」 first). */
  totals?: TableCell[];
};

export const MAX_CELL_CHARS = 32_767;
export const MAX_ROWS = 1_048_576 - 10;
/** Wider than this (in characters) prints landscape. */
const PORTRAIT_MAX_WIDTH = 100;

const FORMULA_LIKE = /^[=+\-@\t\r＝＋－＠]/;
const BORDER: Partial<ExcelJS.Borders> = {
  top: { style: 'thin' },
  left: { style: 'thin' },
  bottom: { style: 'thin' },
  right: { style: 'thin' },
};
/**
 * Every cell names its font: a font without a name (ExcelJS writes one for { bold: true })
 * prints Latin text and digits in a serif fallback beside the sans body. 宋体 as the annual
 * table and the tally templates use.
 */
export const SHEET_FONT: Partial<ExcelJS.Font> = { name: '宋体', size: 11, charset: 134 };
const NUMBER_FORMATS: Partial<Record<TableColumnKind, string>> = { integer: '0', money: '0.00', date: 'yyyy-mm-dd' };

export const columnHeader = (c: TableColumn): string => (c.unit ? `${c.header}（${c.unit}）` : c.header);

/**
 * Display width in widths of 「0」: CJK and other wide characters count 2, capital Latin
 * letters 1.3 (codes such as LJ2008-023 and 91350821MA… run wider than digits).
 */
export const textWidth = (s: string): number => {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) || ch.length > 1 ? 2 : /[A-Z]/.test(ch) ? 1.3 : 1;
  return w;
};

type CellOut = { value: ExcelJS.CellValue; numFmt?: string };

function isoToDate(iso: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
}

/** One cell as ExcelJS should store it. */
export function cellValue(kind: TableColumnKind, raw: TableCell): CellOut {
  if (raw === null || raw === undefined || raw === '') return { value: null };
  if (typeof raw === 'boolean') return { value: raw ? '是' : '否' };
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return { value: null };
    return { value: raw, numFmt: NUMBER_FORMATS[kind] };
  }
  if (raw instanceof Date) return Number.isNaN(raw.getTime()) ? { value: null } : { value: raw, numFmt: NUMBER_FORMATS.date };
  if (kind === 'date') {
    const d = isoToDate(raw);
    if (d) return { value: d, numFmt: NUMBER_FORMATS.date };
  }
  const text = stripControlChars(raw);
  // XML reads a lone CR back as LF; write it that way so the file holds what it shows.
  const value = text.replace(/\r\n?/g, '\n');
  return FORMULA_LIKE.test(text) ? { value, numFmt: '@' } : { value };
}

/** The text a cell shows, for measuring widths. */
const shownText = (raw: TableCell): string =>
  raw === null || raw === undefined ? '' : typeof raw === 'boolean' ? '是' : raw instanceof Date ? '2008-12-03' : String(raw);

export function columnWidths(model: TableModel): number[] {
  const sample = model.rows.slice(0, 500);
  return model.columns.map((c, i) => {
    if (c.width) return c.width;
    const widest = Math.max(textWidth(columnHeader(c)), ...sample.map((r) => textWidth(shownText(r[i]))), c.kind === 'date' ? 10 : 4);
    return Math.min(50, widest + 2);
  });
}

/** Refuses what Excel cannot hold, naming the row and column; nothing is written before this passes. */
export function checkTable(model: TableModel): Result<null> {
  if (model.columns.length === 0) return fail('没有可导出的列');
  if (model.rows.length > MAX_ROWS) return fail(`共${model.rows.length}行，超过 Excel 工作表的行数上限，请筛选后分批导出`);
  const all = model.totals ? [...model.rows, model.totals] : model.rows;
  for (let r = 0; r < all.length; r++) {
    const row = all[r];
    for (let c = 0; c < model.columns.length; c++) {
      const v = row[c];
      if (typeof v === 'string' && v.length > MAX_CELL_CHARS) {
        const which = r < model.rows.length ? `第${r + 1}条` : '合计行';
        const name = typeof row[0] === 'string' && row[0].length <= 40 ? `（${row[0]}）` : '';
        return fail(`${which}${name}「${columnHeader(model.columns[c])}」的内容有${v.length}个字符，超过 Excel 单元格上限 ${MAX_CELL_CHARS} 个字符，请缩短后再导出`);
      }
    }
  }
  return ok(null);
}

/** Lines a text takes in a wrapped cell of `width` characters (its own line breaks too). */
export const wrappedLines = (text: string, width: number): number =>
  // Short single-line text (most cells) fits without measuring.
  text.length * 2 < width - 1 && !text.includes('\n')
    ? 1
    : text
        .split('\n').reduce((n, line) => n + Math.max(1, Math.ceil(textWidth(line) / Math.max(1, width - 1))), 0);

/** Points a row of 11 pt text needs for `lines` lines: no spreadsheet grows a row on opening. */
const rowPoints = (lines: number) => 4 + lines * 15;

/** A header too wide for its column, broken between words, the unit on a line of its own. */
function headerText(c: TableColumn, width: number): string {
  if (textWidth(columnHeader(c)) <= width - 1) return columnHeader(c);
  return [...breakLabel(c.header, Math.floor((width - 1) / 2)), ...(c.unit ? [`（${c.unit}）`] : [])].join('\n');
}

type WorksheetHost = Pick<ExcelJS.Workbook, 'addWorksheet'>;

/** Sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export const sheetName = (name: string): string => stripControlChars(name).replace(/[:\\/?*[\]]/g, ' ').slice(0, 31).trim() || 'Sheet1';

/**
 * Writes the table as one worksheet of `workbook` (an in-memory Workbook or a streaming
 * WorkbookWriter). Call checkTable first.
 */
export function writeTableSheet(workbook: WorksheetHost, model: TableModel): ExcelJS.Worksheet {
  const widths = columnWidths(model);
  const columnCount = model.columns.length;
  const headerRow = model.subtitle ? 3 : 2;
  const landscape = widths.reduce((a, b) => a + b, 0) > PORTRAIT_MAX_WIDTH;
  const ws = workbook.addWorksheet(sheetName(model.sheetName ?? model.title), {
    views: [{ state: 'frozen', xSplit: 0, ySplit: headerRow }],
    pageSetup: {
      paperSize: 9,
      orientation: landscape ? 'landscape' : 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      horizontalCentered: true,
      printTitlesRow: `${headerRow}:${headerRow}`,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: '&C第 &P 页，共 &N 页', evenFooter: '&C第 &P 页，共 &N 页' },
  });
  ws.columns = widths.map((width) => ({ width }));

  const title = ws.addRow([stripControlChars(model.title)]);
  title.height = 32;
  title.font = { ...SHEET_FONT, size: 16, bold: true };
  title.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.mergeCells(1, 1, 1, columnCount);
  title.commit();
  if (model.subtitle) {
    const sub = ws.addRow([stripControlChars(model.subtitle)]);
    sub.font = { ...SHEET_FONT, size: 10, color: { argb: 'FF595959' } };
    sub.alignment = { horizontal: 'left', vertical: 'middle' };
    ws.mergeCells(2, 1, 2, columnCount);
    sub.commit();
  }

  const headers = model.columns.map((c, i) => stripControlChars(headerText(c, widths[i])));
  const header = ws.addRow(headers);
  header.height = Math.max(24, rowPoints(Math.max(...headers.map((h) => h.split('\n').length))));
  header.eachCell((cell) => {
    cell.font = { ...SHEET_FONT, bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.border = BORDER;
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
  });
  header.commit();

  const addBodyRow = (cells: TableCell[], bold: boolean) => {
    const outs = model.columns.map((c, i) => cellValue(c.kind, cells[i]));
    const row = ws.addRow(outs.map((o) => o.value));
    // Wrapped text shows whole only in a row made tall enough for it.
    const lines = Math.max(1, ...outs.map((o, i) => (typeof o.value === 'string' && model.columns[i].kind === 'text' ? wrappedLines(o.value, widths[i]) : 1)));
    if (lines > 1) row.height = rowPoints(lines);
    for (let i = 0; i < columnCount; i++) {
      const cell = row.getCell(i + 1);
      cell.border = BORDER;
      if (outs[i].numFmt) cell.numFmt = outs[i].numFmt as string;
      cell.font = bold ? { ...SHEET_FONT, bold: true } : SHEET_FONT;
      // Every cell of a row in its middle: a date beside a wrapped name does not sink to the foot.
      const kind = model.columns[i].kind;
      cell.alignment = kind === 'text' || kind === 'boolean' ? { vertical: 'middle', wrapText: true } : kind === 'date' ? { horizontal: 'center', vertical: 'middle' } : { vertical: 'middle' };
    }
    row.commit();
  };
  for (const r of model.rows) addBodyRow(r, false);
  if (model.totals) addBodyRow(model.totals, true);
  return ws;
}

/** The table as .xlsx bytes, or a Chinese message saying why it cannot be exported. */
export async function buildXlsxTable(model: TableModel): Promise<Result<Uint8Array<ArrayBuffer>>> {
  const checked = checkTable(model);
  if (!checked.ok) return checked;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '村企联建';
  workbook.created = new Date();
  writeTableSheet(workbook, model);
  const buffer = await workbook.xlsx.writeBuffer();
  return ok(new Uint8Array(buffer as ArrayBuffer));
}
