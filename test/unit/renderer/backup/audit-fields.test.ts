import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '@shared/model/types';
import { actionLabel, changeSummary, compareEntry, entityLabel, fieldLabel, recordName } from '@renderer/features/backup/audit/audit-fields';

const entry = (over: Partial<AuditEntry>): AuditEntry => ({ time: '2026-11-25T01:00:00.000Z', action: 'update', entity: 'villages', entityId: 'v1', ...over });

describe('operation log as people read it', () => {
  it('names tables, actions and fields in Chinese, with units, nested and ledger fields included', () => {
    expect(entityLabel('villages')).toBe('村');
    expect(entityLabel('backup')).toBe('数据备份');
    expect(actionLabel({ action: 'restore', entity: 'townships' })).toBe('撤销删除');
    expect(actionLabel({ action: 'restore', entity: 'backup' })).toBe('从备份恢复');
    expect(fieldLabel('villages', 'partyOrg.secretary')).toBe('村党组织书记');
    expect(fieldLabel('villages', 'households')).toBe('户数（户）');
    expect(fieldLabel('ledger', 'figures.sent', { type: 'labour' })).toBe('输送人数（人）');
    expect(fieldLabel('pairings', 'villageLiaison')).toBe('村联络员');
    expect(fieldLabel('somethingNew', 'whatever')).toBe('whatever');
  });

  it('marks exactly the changed fields, resolves ids to names, masks ID numbers, ignores updatedAt', () => {
    const rows = compareEntry(
      entry({
        entity: 'persons',
        before: { id: 'p1', name: '张三', idNumber: '11010519491231002X', orgId: 'v9', updatedAt: '2026-11-01T00:00:00.000Z' },
        after: { id: 'p1', name: '张三丰', idNumber: '11010519491231002X', orgId: 'v9', updatedAt: '2026-11-02T00:00:00.000Z' },
      }),
      (id) => (id === 'v9' ? '红星村' : undefined),
    );
    expect(rows.filter((r) => r.changed).map((r) => r.label)).toEqual(['姓名']);
    const byLabel = Object.fromEntries(rows.map((r) => [r.label, r.after]));
    expect(byLabel['所在单位']).toBe('红星村');
    expect(byLabel['身份证号']).not.toContain('19491231');
    expect(byLabel['修改时间']).toMatch(/^2026-11-02 \d{2}:00:00$/);
  });

  it('summarizes an update as 「字段：旧 → 新」 and names the record', () => {
    const e = entry({ before: { name: '红星村', households: 120, partyOrg: { secretary: '李四' } }, after: { name: '红星村', households: 130, partyOrg: { secretary: '' } } });
    expect(changeSummary(e)).toBe('户数（户）：120 → 130；村党组织书记：李四 → （空）');
    expect(recordName(e)).toBe('红星村');
    expect(recordName(entry({ entity: 'ledger', after: { type: 'funds', date: '2008-12-03' } }))).toBe('资金扶持 2008-12-03');
    expect(changeSummary(entry({ action: 'create', after: { name: 'x' } }))).toBe('');
  });
});
