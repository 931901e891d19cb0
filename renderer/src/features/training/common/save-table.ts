// Saving what the 培训交流 pages export: the bytes through the host (a save dialog, or a
// download in the browser edition), the user told where they went or why not. The workbook
// builders load when a file is written, not with the page.
import type { TableModel } from '@shared/reports/xlsx-table';
import type { Result } from '@shared/model/result';
import { stripControlChars } from '@shared/model/normalize';
import { host } from '../../../host';

type MessageApi = { success(text: string): unknown; error(text: string): unknown };

const XLSX = [{ name: 'Excel 工作簿', extensions: ['xlsx'] }];

export const fileSafe = (name: string): string => stripControlChars(name).replace(/[\\/:*?"<>|\t\r\n]/g, '_').slice(0, 120);

export async function saveBytes(message: MessageApi, built: Result<Uint8Array>, name: string): Promise<boolean> {
  if (!built.ok) {
    message.error(built.error);
    return false;
  }
  const saved = await host.saveFile({ title: `保存「${name}」`, defaultName: fileSafe(name), bytes: built.value as Uint8Array<ArrayBuffer>, filters: XLSX });
  if (saved.ok) message.success(`已导出：${saved.value.location}`);
  else if (!saved.cancelled) message.error(`导出失败：${saved.error}`);
  return saved.ok;
}

/** A plain list as one sheet (title, header with units, rows, totals, A4). */
export async function saveTable(message: MessageApi, model: TableModel): Promise<boolean> {
  const { buildXlsxTable } = await import('@shared/reports/xlsx-table');
  return saveBytes(message, await buildXlsxTable(model), `${model.title}.xlsx`);
}
