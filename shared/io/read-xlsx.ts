// .xlsx through ExcelJS's in-memory reader (the one that runs in a browser). checkZip has
// already refused bombs, DOCTYPEs and huge merges before ExcelJS sees the bytes.
import ExcelJS from 'exceljs';
import { excelValue } from './excel-value';
import { ReadError } from './issues';
import { SheetBuilder } from './sheet-builder';
import type { MergeRange, SheetData, WorkbookData } from './types';

type MergeModel = { model?: MergeRange } & Partial<MergeRange>;
type WorksheetWithMerges = ExcelJS.Worksheet & { _merges?: Record<string, MergeModel> };

function mergesOf(ws: WorksheetWithMerges): MergeRange[] {
  return Object.values(ws._merges ?? {}).map((m) => {
    const r = m.model ?? m;
    return { top: r.top!, left: r.left!, bottom: r.bottom!, right: r.right! };
  });
}

export function sheetFromWorksheet(ws: ExcelJS.Worksheet): SheetData {
  const builder = new SheetBuilder(ws.name, ws.state !== 'visible' && ws.state !== undefined);
  const merges = mergesOf(ws as WorksheetWithMerges);
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    builder.startRow(rowNumber);
    row.eachCell({ includeEmpty: false }, (cell, col) => builder.set(col, excelValue(cell.value)));
  });
  const sheet = builder.build(merges);
  // Cells covered by a merge repeat the master's value in ExcelJS; only the master keeps it.
  if (merges.length) {
    const byRow = new Map(sheet.rows.map((r) => [r.r, r]));
    for (const m of merges) {
      for (let r = m.top; r <= m.bottom; r++) {
        const cells = byRow.get(r)?.cells;
        if (!cells) continue;
        for (let c = m.left; c <= Math.min(m.right, cells.length); c++) if (r !== m.top || c !== m.left) cells[c - 1] = null;
      }
    }
  }
  return sheet;
}

export async function readXlsx(fileName: string, bytes: Uint8Array): Promise<WorkbookData> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (error) {
    throw new ReadError(`不是有效的 Excel 工作簿（${error instanceof Error ? error.message.slice(0, 80) : '格式错误'}）`);
  }
  const date1904 = Boolean((wb.properties as { date1904?: boolean }).date1904);
  return { fileName, format: 'xlsx', date1904, sheets: wb.worksheets.map(sheetFromWorksheet) };
}
