// The operation log as an .xlsx table (shared/reports/xlsx-table): what the list shows, with
// the filters in the subtitle.
import { buildXlsxTable, type TableModel } from '@shared/reports/xlsx-table';
import type { Result } from '@shared/model/result';
import type { AuditEntry } from '@shared/model/types';
import { formatSeconds } from '../format';
import { actionLabel, changeSummary, entityLabel, recordName, type NameOf } from './audit-fields';

export function auditTable(entries: readonly AuditEntry[], subtitle: string, nameOf?: NameOf): TableModel {
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
    rows: entries.map((e) => [formatSeconds(e.time), entityLabel(e.entity), recordName(e), actionLabel(e), changeSummary(e, nameOf).slice(0, 32_000)]),
  };
}

export function exportAudit(entries: readonly AuditEntry[], subtitle: string, nameOf?: NameOf): Promise<Result<Uint8Array<ArrayBuffer>>> {
  return buildXlsxTable(auditTable(entries, subtitle, nameOf));
}
