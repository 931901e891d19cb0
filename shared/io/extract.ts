// Sheet + layout + mapping → one parsed row per data row: the converted values by field key,
// every cell problem with its place, and the original cells (for the error workbook). Rows
// are built on null-prototype objects, so no header text can reach Object.prototype. Values
// merged down over several data rows are filled into each of them (fill-down.ts); whether a
// row is data, a 小计/合计 row or blank is judged on its own cells, before the filling.
import type { ImportField } from './fields';
import { convertCell } from './convert';
import { applyFill, FillLog, planFillDown, type FillDown } from './fill-down';
import type { DetectedColumn, SheetLayout } from './header';
import type { ImportIssue } from './issues';
import { classifyRow, type RowKind } from './rows';
import { isEmptyCell } from './sheet-builder';
import type { CellValue, SheetData } from './types';

/** Column index → field key (null: not imported). */
export type ColumnMapping = ReadonlyMap<number, string | null>;

export type RowValues = Record<string, unknown>;

export type ParsedRow = {
  file: string;
  /** Undefined for CSV files. */
  sheet?: string;
  row: number;
  values: RowValues;
  /** Where each field came from, for messages about the value later (one object shared by the sheet's rows). */
  columns: Readonly<Record<string, DetectedColumn>>;
  issues: ImportIssue[];
  cells: CellValue[];
};

export type SkippedRow = { row: number; kind: Exclude<RowKind, 'data'> };

export type SheetExtract = {
  rows: ParsedRow[];
  skipped: SkippedRow[];
  /** Merged cells whose value was filled into the data rows below them (mapped columns only). */
  filled: FillDown[];
};

export type ExtractOptions = {
  file: string;
  /** Undefined for CSV files, whose one sheet has no name worth printing. */
  sheetLabel?: string;
  date1904: boolean;
};

/** The mapping a layout suggests by itself. */
export const autoMapping = (layout: SheetLayout): Map<number, string | null> => new Map(layout.columns.map((c) => [c.index, c.field]));

export function extractRows(sheet: SheetData, layout: SheetLayout, mapping: ColumnMapping, fields: readonly ImportField[], options: ExtractOptions): SheetExtract {
  const fieldByKey = new Map(fields.map((f) => [f.key, f]));
  const mapped: { column: DetectedColumn; field: ImportField }[] = [];
  for (const column of layout.columns) {
    const key = mapping.get(column.index);
    const field = key ? fieldByKey.get(key) : undefined;
    if (!field) continue;
    // A column mapped by hand over a field with another unit keeps the field's unit.
    const sameField = column.field === field.key;
    mapped.push({ column: sameField ? column : { ...column, unit: null, unitShift: 0 }, field });
  }
  const required = fields.filter((f) => f.required);
  const columns: Record<string, DetectedColumn> = Object.create(null);
  for (const { column, field } of mapped) columns[field.key] = column;
  const rows: ParsedRow[] = [];
  const skipped: SkippedRow[] = [];
  const fillPlan = planFillDown(sheet, layout.dataStartRow);
  const fillLog = new FillLog();
  const mappedHeaders = new Map(mapped.map(({ column }) => [column.index, column.header]));
  for (const { r, cells: own } of sheet.rows) {
    if (r < layout.dataStartRow) continue;
    const kind = classifyRow(own, layout);
    if (kind !== 'data') {
      if (kind !== 'blank') skipped.push({ row: r, kind });
      continue;
    }
    // Only the mapped cells decide whether a row is blank: a row with nothing but a 序号 (or a
    // value merged down into it), or nothing but what a template filled in beforehand, is no record.
    if (mapped.every(({ column, field }) => field.prefilled || isEmptyCell(own[column.index]))) {
      skipped.push({ row: r, kind: 'blank' });
      continue;
    }
    const fills = fillPlan.get(r);
    const cells = applyFill(own, fills);
    fillLog.record(r, fills, mappedHeaders);
    const values: RowValues = Object.create(null);
    const issues: ImportIssue[] = [];
    const place = (column: DetectedColumn) => ({ file: options.file, sheet: options.sheetLabel, row: r, column: column.letter, header: column.header });
    for (const { column, field } of mapped) {
      const result = convertCell(cells[column.index] ?? null, field, { date1904: options.date1904, columnUnit: column.unit, unitShift: column.unitShift });
      if (result.ok) values[field.key] = result.value;
      else issues.push({ ...place(column), message: result.error });
    }
    for (const field of required) {
      const column = columns[field.key];
      if (column && values[field.key] === null) issues.push({ ...place(column), message: `未填写${field.label}` });
    }
    rows.push({ file: options.file, sheet: options.sheetLabel, row: r, values, columns, issues, cells });
  }
  return { rows, skipped, filled: fillLog.list() };
}

/** Required fields no column is mapped to: the import cannot start without them. */
export function missingRequired(fields: readonly ImportField[], mapping: ColumnMapping): ImportField[] {
  const mappedKeys = new Set([...mapping.values()].filter(Boolean));
  return fields.filter((f) => f.required && !mappedKeys.has(f.key));
}
