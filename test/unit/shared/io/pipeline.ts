// Test helper: bytes → rows the way the wizard gets them (read, find the header, map, convert).
import { autoMapping, extractRows, type ParsedRow, type SkippedRow } from '@shared/io/extract';
import type { ImportField } from '@shared/io/fields';
import type { FillDown } from '@shared/io/fill-down';
import { detectLayout, type SheetLayout } from '@shared/io/header';
import { formatIssue } from '@shared/io/issues';
import { readWorkbook, type WorkbookReadOptions } from '@shared/io/read-workbook';
import type { WorkbookData } from '@shared/io/types';

export type Imported = { workbook: WorkbookData; layout: SheetLayout; rows: ParsedRow[]; skipped: SkippedRow[]; filled: FillDown[]; messages: string[] };

export async function importSheet(fileName: string, bytes: Uint8Array, fields: readonly ImportField[], options: WorkbookReadOptions = {}): Promise<Imported> {
  const read = await readWorkbook(fileName, bytes, options);
  if (!read.ok) throw new Error(read.error);
  const sheet = read.workbook.sheets.find((s) => s.rows.length > 0)!;
  const layout = detectLayout(sheet, fields);
  if (!layout) throw new Error('no header found');
  const sheetLabel = read.workbook.format === 'csv' ? undefined : sheet.name;
  const { rows, skipped, filled } = extractRows(sheet, layout, autoMapping(layout), fields, { file: fileName, sheetLabel, date1904: read.workbook.date1904 });
  return { workbook: read.workbook, layout, rows, skipped, filled, messages: rows.flatMap((r) => r.issues.map(formatIssue)) };
}

/** The error message of a file that cannot be read. */
export async function readError(fileName: string, bytes: Uint8Array, options: WorkbookReadOptions = {}): Promise<string> {
  const read = await readWorkbook(fileName, bytes, options);
  if (read.ok) throw new Error(`expected ${fileName} to be refused`);
  return read.error;
}
