import type { TableCell } from '@shared/reports/xlsx-table';
import type { ListColumn } from './types';

/** A cell as text on screen and paper: numbers as written, booleans 是/否, blanks empty. */
export function cellText(value: TableCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value);
}

export const isNumeric = <T,>(c: ListColumn<T>): boolean => c.kind === 'integer' || c.kind === 'number' || c.kind === 'money';

export const headerText = <T,>(c: ListColumn<T>): string => (c.unit ? `${c.title}（${c.unit}）` : c.title);
