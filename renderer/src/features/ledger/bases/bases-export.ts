// The bases on screen as .xlsx (title, units, totals row, A4 print setup) through the host.
import { formatDateCn } from '@shared/model/parse-date';
import type { IndustryBase } from '@shared/model/industry-base';
import { todayIso } from '@shared/model/pairing-rules';
import { buildXlsxTable } from '@shared/reports/xlsx-table';
import { basesTableModel, type BaseNames } from '@shared/reports/industry-bases';
import type { Result, SavedFile } from '@shared/ipc/contract';
import { host } from '../../../host';

export async function exportBases(bases: readonly IndustryBase[], names: BaseNames, filterText: string): Promise<Result<SavedFile>> {
  const today = todayIso();
  const built = await buildXlsxTable(basesTableModel(bases, names, `${filterText ? `${filterText}　` : ''}导出日期：${formatDateCn(today)}`));
  if (!built.ok) return built;
  return host.saveFile({
    title: '导出产业基地',
    defaultName: `产业基地_${today}.xlsx`,
    bytes: built.value,
    filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
  });
}
