// 导出: the list as the user sees it (filters, sort, totals) → .xlsx → host.saveFile. The
// workbook writer (~0.9 MB with its zip and polyfills, ~0.1 s to evaluate in a CPU profile of
// the 人员 list's open) loads at the first 导出, not with the list.
import type { TableCell, TableModel } from '@shared/reports/xlsx-table';
import { fail, type Result } from '@shared/ipc/contract';
import { host } from '../../../host';
import type { ListColumn } from '@renderer/ui/list/types';

/** Today as YYYY-MM-DD in local time. */
export function todayIso(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function listTableModel<T>(title: string, subtitle: string, columns: readonly ListColumn<T>[], rows: readonly T[], totals?: TableCell[]): TableModel {
  return {
    title,
    subtitle,
    columns: columns.map((c) => ({ header: c.title, unit: c.unit, kind: c.kind })),
    rows: rows.map((r) => columns.map((c) => c.value(r))),
    totals,
  };
}

/** Builds the workbook and hands it to the host; the result says where it went or why not. */
export async function exportTable(model: TableModel): Promise<Result<{ location: string }>> {
  const { buildXlsxTable } = await import('@shared/reports/xlsx-table');
  const built = await buildXlsxTable(model);
  if (!built.ok) return fail(built.error);
  return host.saveFile({
    title: `导出${model.title}`,
    defaultName: `${model.title.replace(/[\\/:*?"<>|]/g, '')}_${todayIso()}.xlsx`,
    bytes: built.value,
    filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
  });
}
