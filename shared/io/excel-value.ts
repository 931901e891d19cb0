// ExcelJS cell values (formula objects, rich text, hyperlinks, errors…) reduced to CellValue.
import type { CellValue } from './types';

type RichRun = { text?: unknown };

export function excelValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isNaN(v) ? { error: '#NUM!' } : v;
  if (typeof v === 'boolean') return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? { error: '无效日期' } : v;
  if (typeof v !== 'object') return String(v);
  const o = v as Record<string, unknown>;
  if ('error' in o) return { error: String(o.error) };
  if (Array.isArray(o.richText)) return (o.richText as RichRun[]).map((run) => (typeof run.text === 'string' ? run.text : '')).join('');
  if ('formula' in o || 'sharedFormula' in o) {
    // The value Excel computed when it last saved the file; a file written by a program that
    // never computed it has none.
    if (o.result === undefined || o.result === null) return { error: '公式没有计算结果（请在 Excel/WPS 中打开并保存后重试）' };
    return excelValue(o.result);
  }
  if ('hyperlink' in o || 'text' in o) return excelValue(o.text);
  return null;
}
