// The 操作日志 export with an import batch's entry: the batch row (file, count), then one row
// per record it created, named as people know it, so a search of the sheet finds each record.
import { describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import type { AuditEntry } from '@shared/model/types';
import { auditTable, exportAudit } from '@renderer/features/backup/audit/audit-export';
import { createdRecordName } from '@renderer/features/backup/audit/audit-fields';

const time = '2026-11-25T01:00:00.000Z';
const batch: AuditEntry = { seq: 7, time, action: 'create', entity: 'villages', entityId: 'ib-1', batchId: 'ib-1', ids: ['v1', 'v2'], fileName: '村情信息表.xlsx', fileHash: 'ab'.repeat(32) };
const edit: AuditEntry = { seq: 8, time, action: 'update', entity: 'villages', entityId: 'v3', batchId: 'ib-1', before: { name: '红星村', population: 1600 }, after: { name: '红星村', population: 1630 } };

describe('audit export with import batches', () => {
  it('lists the batch with its count, then each record it created, and the updates as before', async () => {
    const names = new Map([[7, [createdRecordName('villages', { name: '东关村' }, 'v1'), createdRecordName('villages', undefined, 'v2')]]]);
    const model = auditTable([batch, edit], '时间：全部', undefined, names);
    const rows = model.rows.map((r) => r.slice(1).join('|'));
    expect(rows).toEqual([
      '村|共 2 条|导入新建|从文件「村情信息表.xlsx」导入，新建村 2 条',
      '村|　东关村|导入新建|随批次导入，文件「村情信息表.xlsx」',
      '村|　（记录已不存在）|导入新建|随批次导入，文件「村情信息表.xlsx」',
      '村|红星村|修改|人口（人）：1600 → 1630',
    ]);
    // No id or hash anywhere in the sheet.
    expect(JSON.stringify(model.rows)).not.toMatch(/ib-1|abab|v1|v2/);
    const built = await exportAudit([batch, edit], '时间：全部', undefined, names);
    expect(built.ok).toBe(true);
    if (built.ok && process.env.CQ_WRITE_AUDIT_XLSX) writeFileSync(process.env.CQ_WRITE_AUDIT_XLSX, built.value);
  });
});
