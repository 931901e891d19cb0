// The operation log as an .xlsx table (shared/reports/xlsx-table): what the list shows, with
// the filters in the subtitle.
import { buildXlsxTable, type TableModel } from '@shared/reports/xlsx-table';
import type { Result } from '@shared/model/result';
import type { AuditEntry } from '@shared/model/types';
import { formatSeconds } from '../format';
import { actionLabel, changeSummary, entityLabel, isBatch, recordName, type NameOf } from './audit-fields';

/**
 * An import's entry is one row with the file and the count, followed by one row per record it
 * created (`batchNames`, by the entry's seq): whoever reads the sheet looks a record up by its
 * name (Ctrl+F) to see when and from which file it came, so every record has its row.
 */
export function auditTable(entries: readonly AuditEntry[], subtitle: string, nameOf?: NameOf, batchNames?: ReadonlyMap<number, string[]>): TableModel {
  const rows: (string | number)[][] = [];
  for (const e of entries) {
    const time = formatSeconds(e.time);
    rows.push([time, entityLabel(e.entity), recordName(e), actionLabel(e), changeSummary(e, nameOf).slice(0, 32_000)]);
    if (!isBatch(e)) continue;
    const names = (e.seq !== undefined ? batchNames?.get(e.seq) : undefined) ?? [];
    for (const name of names) rows.push([time, entityLabel(e.entity), `　${name}`, '导入新建', `随批次导入，文件「${e.fileName ?? ''}」`]);
  }
  return {
    title: '操作日志',
    subtitle,
    sheetName: '操作日志',
    columns: [
      { header: '时间', kind: 'text', width: 20 },
      { header: '对象类型', kind: 'text', width: 12 },
      { header: '对象', kind: 'text', width: 30 },
      { header: '操作', kind: 'text', width: 10 },
      { header: '变更内容', kind: 'text', width: 80 },
    ],
    rows,
  };
}

export function exportAudit(entries: readonly AuditEntry[], subtitle: string, nameOf?: NameOf, batchNames?: ReadonlyMap<number, string[]>): Promise<Result<Uint8Array<ArrayBuffer>>> {
  return buildXlsxTable(auditTable(entries, subtitle, nameOf, batchNames));
}
