// .xls (BIFF, Excel 97–2003) and the HTML / XML "Excel" files web systems export, converted
// with SheetJS (the maintained build @e965/xlsx; the npm `xlsx` 0.18.5 has open CVEs).
// Dates are taken as serial numbers and converted here at UTC midnight, so no time zone can
// move them by a day.
import * as XLSX from '@e965/xlsx';
import { ReadError } from './issues';
import { MAX_ROWS } from './limits';
import { SheetBuilder } from './sheet-builder';
import type { CellValue, SpreadsheetFormat, WorkbookData } from './types';

const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);

const serialToDate = (serial: number, date1904: boolean): Date =>
  new Date((date1904 ? EPOCH_1904 : EPOCH_1900) + Math.round(serial * DAY_MS));

function cellValue(cell: XLSX.CellObject | undefined, date1904: boolean): CellValue {
  if (!cell) return null;
  switch (cell.t) {
    case 'n': {
      const n = cell.v as number;
      return typeof cell.z === 'string' && XLSX.SSF.is_date(cell.z) ? serialToDate(n, date1904) : n;
    }
    case 's':
      return typeof cell.v === 'string' ? cell.v : String(cell.v ?? '');
    case 'b':
      return Boolean(cell.v);
    case 'e':
      return { error: cell.w ?? XLSX.utils.format_cell(cell) ?? '#错误' };
    case 'd':
      return cell.v instanceof Date ? cell.v : null;
    default:
      return null;
  }
}

function passwordMessage(error: unknown): string | null {
  return error instanceof Error && /password/i.test(error.message) ? '文件已加密，请先取消密码' : null;
}

export function readWithSheetJs(fileName: string, data: Uint8Array | string, format: SpreadsheetFormat): WorkbookData {
  let wb: XLSX.WorkBook;
  try {
    wb = XLSX.read(data, {
      type: typeof data === 'string' ? 'string' : 'array',
      dense: true,
      cellDates: false,
      cellNF: true,
      cellHTML: false,
      cellText: false,
      cellStyles: false,
      sheetRows: MAX_ROWS + 1002,
    });
  } catch (error) {
    throw new ReadError(passwordMessage(error) ?? `不是有效的 Excel 文件（${error instanceof Error ? error.message.slice(0, 80) : '格式错误'}），请在 Excel/WPS 中另存为 .xlsx 后重试`);
  }
  const date1904 = Boolean(wb.Workbook?.WBProps?.date1904);
  const sheets = wb.SheetNames.map((name, i) => {
    const ws = wb.Sheets[name] as XLSX.DenseWorkSheet;
    const builder = new SheetBuilder(name, (wb.Workbook?.Sheets?.[i]?.Hidden ?? 0) !== 0);
    const rows = ws['!data'] ?? [];
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (!row) continue;
      builder.startRow(r + 1);
      for (let c = 0; c < row.length; c++) if (row[c]) builder.set(c + 1, cellValue(row[c], date1904));
    }
    const merges = (ws['!merges'] ?? []).map((m: XLSX.Range) => ({ top: m.s.r + 1, left: m.s.c + 1, bottom: m.e.r + 1, right: m.e.c + 1 }));
    return builder.build(merges);
  });
  return { fileName, format, date1904, sheets };
}
