// The quick grid (快速录入): many entries of one type typed or pasted as text, one row each.
// Its columns come from the catalog (日期, the type's fields, 情况说明); its rows are read by
// the same validation as the form and the import, every problem named by row and column.
import type { FigureValue } from './types';
import { fieldHeader, type LedgerType } from './ledger-catalog';
import { validateFigures, type FigureResolvers } from './ledger-validate';
import { isBlank, normalizeText } from './normalize';
import { parseDate } from './parse-date';

export type GridColumn = { key: string; header: string; kind: 'date' | 'figure' | 'description'; options?: readonly string[] };

export const DATE_COLUMN = '__date';
export const DESCRIPTION_COLUMN = '__description';

export function gridColumns(type: LedgerType): GridColumn[] {
  return [
    { key: DATE_COLUMN, header: '日期', kind: 'date' },
    ...type.fields.map((f): GridColumn => ({ key: f.key, header: fieldHeader(f), kind: 'figure', options: f.kind === 'bool' ? ['是', '否'] : f.options })),
    { key: DESCRIPTION_COLUMN, header: '情况说明', kind: 'description' },
  ];
}

export type GridRowInput = { row: number; date: string; precision: 'day' | 'month'; figures: Record<string, FigureValue>; description?: string };
/** `column` is '' for a check across fields of the row. */
export type GridIssue = { row: number; column: string; message: string };

/** Rows of cell texts (in gridColumns order) → entries, or the issues of every bad cell. Blank rows are skipped. */
export function readGrid(type: LedgerType, rows: readonly (readonly string[])[], resolvers: FigureResolvers = {}): { inputs: GridRowInput[]; issues: GridIssue[] } {
  const columns = gridColumns(type);
  const inputs: GridRowInput[] = [];
  const issues: GridIssue[] = [];
  rows.forEach((cells, row) => {
    if (cells.every((c) => isBlank(c))) return;
    const at = (key: string) => cells[columns.findIndex((c) => c.key === key)] ?? '';
    let date = '';
    let precision: 'day' | 'month' = 'day';
    const d = parseDate(at(DATE_COLUMN));
    if (!d.ok) issues.push({ row, column: DATE_COLUMN, message: d.error });
    else if (!d.value) issues.push({ row, column: DATE_COLUMN, message: '请填写「日期」' });
    else if (d.value.precision === 'year') issues.push({ row, column: DATE_COLUMN, message: '「日期」应填写到月份或日期，如 2008-03 或 2008-03-15' });
    else {
      date = d.value.iso;
      precision = d.value.precision;
    }
    const raw: Record<string, unknown> = {};
    for (const f of type.fields) raw[f.key] = at(f.key);
    const { figures, errors } = validateFigures(type, raw, resolvers);
    for (const e of errors) issues.push({ row, column: e.field, message: e.message });
    const description = normalizeText(at(DESCRIPTION_COLUMN));
    if (description.length > 1000) issues.push({ row, column: DESCRIPTION_COLUMN, message: '「情况说明」不能超过1000个字' });
    inputs.push({ row, date, precision, figures, description: description || undefined });
  });
  return { inputs: issues.length ? [] : inputs, issues };
}

/**
 * Text pasted from Excel (tab-separated cells, one line per row) written into the grid from
 * (row, column) on; rows are added as needed, cells beyond the last column are dropped.
 */
export function pasteIntoGrid(rows: readonly (readonly string[])[], row: number, column: number, text: string, width: number): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  const next = rows.map((r) => [...r]);
  lines.forEach((line, i) => {
    const target = row + i;
    while (next.length <= target) next.push(Array.from({ length: width }, () => ''));
    line.split('\t').forEach((cell, j) => {
      if (column + j < width) next[target][column + j] = cell;
    });
  });
  return next;
}
