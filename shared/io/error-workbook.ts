// The rejected rows as an .xlsx the sender can fix and send back: per source sheet, the
// original header (two rows with their merges when the file had two), the rejected rows with
// their original cells, the bad cells filled red, and a 错误原因 column. The 原行号 column says
// where each row was; both extra columns are ignored when the file is imported again.
import ExcelJS from 'exceljs';
import { stripControlChars } from '@shared/model/normalize';
import type { SheetLayout } from './header';
import { MAX_CELL_CHARS } from './limits';
import { isCellError, type CellValue } from './types';
import { SHEET_FONT, textWidth, wrappedLines } from '../reports/xlsx-table';

export type ErrorRow = {
  /** Row number in the source sheet. */
  row: number;
  cells: readonly CellValue[];
  /** 0-based column indexes of the cells at fault. */
  badColumns: readonly number[];
  reasons: readonly string[];
};

export type ErrorSheet = {
  /** 「村情信息表.xlsx · Sheet1」 or the file name for CSV. */
  name: string;
  layout: SheetLayout;
  rows: readonly ErrorRow[];
};

/** Excel's "bad" style: light red fill, dark red text. */
export const BAD_FILL = 'FFFFC7CE';
const BAD_FONT = 'FF9C0006';
const HEADER_FILL = 'FFF2F2F2';
const THIN = { style: 'thin' as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

const clip = (s: string) => stripControlChars(s).slice(0, MAX_CELL_CHARS);

function outValue(v: CellValue): ExcelJS.CellValue {
  if (v === null) return null;
  if (typeof v === 'string') return clip(v);
  if (v instanceof Date || typeof v === 'number' || typeof v === 'boolean') return v;
  return isCellError(v) ? v.error : null;
}

const safeSheetName = (name: string, taken: Set<string>): string => {
  const base = stripControlChars(name).replace(/[:\\/?*[\]]/g, ' ').slice(0, 28).trim() || '错误行';
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++) candidate = `${base.slice(0, 26)}(${n})`;
  taken.add(candidate.toLowerCase());
  return candidate;
};

export async function buildErrorWorkbook(sheets: readonly ErrorSheet[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '村企联建';
  const taken = new Set<string>();
  for (const sheet of sheets) {
    const ws = wb.addWorksheet(safeSheetName(sheet.name, taken));
    const columns = sheet.layout.columns;
    const lastIndex = Math.max(-1, ...columns.map((c) => c.index), ...sheet.rows.flatMap((r) => [r.cells.length - 1]));
    // Column 1 is 原行号; the source's column i goes to i + 2; 错误原因 after the last.
    const reasonCol = lastIndex + 3;
    const headerRows = sheet.layout.headerRows;
    const headerCell = (r: number, c: number, text: string) => {
      const cell = ws.getCell(r, c);
      cell.value = text;
      cell.font = { ...SHEET_FONT, bold: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } };
      cell.border = BORDER;
      cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
    };
    headerCell(1, 1, '原行号');
    headerCell(1, reasonCol, '错误原因');
    if (headerRows === 2) {
      ws.mergeCells(1, 1, 2, 1);
      ws.mergeCells(1, reasonCol, 2, reasonCol);
      // Group cells span their children; other headers span both rows.
      const groups = new Map<string, number[]>();
      for (const c of columns) {
        if (c.group) groups.set(`${c.group}`, [...(groups.get(c.group) ?? []), c.index]);
        else {
          headerCell(1, c.index + 2, c.header);
          ws.mergeCells(1, c.index + 2, 2, c.index + 2);
        }
      }
      for (const c of columns) if (c.group) headerCell(2, c.index + 2, c.header);
      for (const [group, indexes] of groups) {
        const from = Math.min(...indexes) + 2;
        const to = Math.max(...indexes) + 2;
        headerCell(1, from, group);
        if (to > from && indexes.length === to - from + 1) ws.mergeCells(1, from, 1, to);
      }
    } else {
      for (const c of columns) headerCell(1, c.index + 2, c.header);
    }
    // Columns as wide as their text (up to 30 characters wide, then wrapped), so every cell
    // prints whole on the landscape A4 the sheet is fitted to.
    const shown = (v: CellValue) => (v instanceof Date ? '2008-12-03' : typeof v === 'string' ? v : v === null ? '' : String(outValue(v) ?? ''));
    const widths = new Map<number, number>();
    for (const c of columns) widths.set(c.index + 2, Math.max(8, textWidth(c.header) + 2, textWidth(c.group ?? '') / 2 + 2));
    for (const row of sheet.rows)
      row.cells.forEach((v, i) => widths.set(i + 2, Math.min(30, Math.max(widths.get(i + 2) ?? 8, ...shown(v).split('\n').map((l) => textWidth(l) + 2)))));
    ws.getColumn(1).width = 8;
    for (let c = 2; c < reasonCol; c++) ws.getColumn(c).width = widths.get(c) ?? 8;
    ws.getColumn(reasonCol).width = 60;
    let r = headerRows + 1;
    for (const row of sheet.rows) {
      const out = ws.getRow(r++);
      out.getCell(1).value = row.row;
      out.getCell(1).font = SHEET_FONT;
      out.getCell(1).alignment = { vertical: 'top' };
      let lines = 1;
      row.cells.forEach((v, i) => {
        const cell = out.getCell(i + 2);
        cell.value = outValue(v);
        cell.font = SHEET_FONT;
        cell.alignment = { wrapText: true, vertical: 'top' };
        if (v instanceof Date) cell.numFmt = 'yyyy-mm-dd';
        // Long digit strings stay text when the sender edits and saves.
        if (typeof v === 'string') {
          cell.numFmt = '@';
          lines = Math.max(lines, wrappedLines(v, widths.get(i + 2) ?? 8));
        }
      });
      for (const i of row.badColumns) {
        const cell = out.getCell(i + 2);
        cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: BAD_FILL } };
        cell.font = { ...SHEET_FONT, color: { argb: BAD_FONT } };
      }
      const reason = out.getCell(reasonCol);
      reason.value = clip(row.reasons.join('\n'));
      reason.font = { ...SHEET_FONT, color: { argb: BAD_FONT } };
      reason.alignment = { wrapText: true, vertical: 'top' };
      lines = Math.max(lines, wrappedLines(String(reason.value), 60));
      // Rows as tall as their wrapped text: no spreadsheet grows a row on opening.
      if (lines > 1) out.height = 4 + lines * 15;
    }
    ws.views = [{ state: 'frozen', ySplit: headerRows, xSplit: 1 }];
    ws.pageSetup = { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: `1:${headerRows}` };
  }
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
