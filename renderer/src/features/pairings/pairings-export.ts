// The pairing list as .xlsx: the rows on screen (filters applied), one line per pairing. The
// writer (ExcelJS, ~930 kB) loads at the first export, not with the list: imported with it, it
// was the largest part of a CPU profile of the list's cold open.
import { formatDateCn } from '@shared/model/parse-date';
import type { TableModel } from '@shared/reports/xlsx-table';
import { formatAreas, formatLeader, formatLiaison } from '@shared/model/pairing-changes';
import { todayIso } from '@shared/model/pairing-rules';
import type { Result, SavedFile } from '@shared/ipc/contract';
import { host } from '../../host';
import type { PairingRow } from './pairing-filters';

export function pairingsTable(rows: readonly PairingRow[], today: string): TableModel {
  return {
    title: '村企党组织联建名单',
    subtitle: `导出日期：${formatDateCn(today)}　共 ${rows.length} 对`,
    sheetName: '联建名单',
    columns: [
      { header: '编号', kind: 'text' },
      { header: '企业名称', kind: 'text' },
      { header: '乡镇', kind: 'text' },
      { header: '村', kind: 'text' },
      { header: '联建方式', kind: 'text' },
      { header: '联建内容', kind: 'text' },
      { header: '状态', kind: 'text' },
      { header: '申请日期', kind: 'date' },
      { header: '批准日期', kind: 'date' },
      { header: '终止日期', kind: 'date' },
      { header: '企业联络员', kind: 'text' },
      { header: '村联络员', kind: 'text' },
      { header: '挂钩乡镇', kind: 'text' },
      { header: '挂钩领导', kind: 'text' },
    ],
    rows: rows.map((r) => [
      r.code,
      r.enterpriseName,
      r.villageTownshipName,
      r.villageName,
      r.formation,
      formatAreas(r.areas),
      r.status,
      r.appliedDate,
      r.approvedDate,
      r.endedDate,
      formatLiaison(r.enterpriseLiaison),
      formatLiaison(r.villageLiaison),
      r.responsibleName,
      formatLeader(r.responsibleLeader),
    ]),
  };
}

export async function exportPairings(rows: readonly PairingRow[]): Promise<Result<SavedFile>> {
  const today = todayIso();
  const { buildXlsxTable } = await import('@shared/reports/xlsx-table');
  const built = await buildXlsxTable(pairingsTable(rows, today));
  if (!built.ok) return built;
  return host.saveFile({
    title: '导出联建名单',
    defaultName: `联建名单_${today}.xlsx`,
    bytes: built.value as Uint8Array<ArrayBuffer>,
    filters: [{ name: 'Excel 工作簿', extensions: ['xlsx'] }],
  });
}
