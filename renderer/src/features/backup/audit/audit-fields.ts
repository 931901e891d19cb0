// An audit entry as people read it: Chinese names for tables, actions and fields (where the
// app has them — unknown fields keep their key), readable values, ID numbers masked, and the
// before/after as rows with the changed ones flagged.
import type { AuditAction, AuditEntry } from '@shared/model/types';
import { REGISTRY_LABELS, labelWithUnit } from '@shared/model/schemas/labels';
import { CHANGE_LABELS } from '@shared/model/pairing-changes';
import { LEDGER_TYPES } from '@shared/model/ledger-catalog';
import { INDUSTRY_BASE_LABELS } from '@shared/model/schemas/industry-base';
import { maskIdCard } from '@shared/model/idcard';
import { tableLabel } from '@shared/backup/tables';
import { SOURCE_LABELS, type SourceKind } from '@shared/model/figure-source';
import { formatSeconds } from '../format';

export const ACTION_LABELS: Record<AuditAction, string> = { create: '新建', update: '修改', delete: '删除', restore: '恢复' };
export const ACTION_COLORS: Record<AuditAction, string> = { create: 'green', update: 'blue', delete: 'red', restore: 'orange' };

/** The entities the log can show, for the filter (the backup pseudo-entity included). */
export const AUDIT_ENTITIES = [
  'townships', 'villages', 'enterprises', 'persons', 'pairings', 'ledger', 'monthlyReports',
  'inspections', 'rectifications', 'evaluations', 'trainings', 'trainees', 'commendations', 'nominees', 'industryBases', 'figureSources', 'backup',
] as const;

export function entityLabel(entity: string): string {
  return entity === 'backup' ? '数据备份' : tableLabel(entity);
}

/** The one entry of the records an import batch created in a table (v009). */
export const isBatch = (entry: Pick<AuditEntry, 'ids'>): entry is AuditEntry & { ids: string[] } => Array.isArray(entry.ids);

export function actionLabel(entry: Pick<AuditEntry, 'action' | 'entity' | 'ids'>): string {
  if (isBatch(entry)) return '导入新建';
  if (entry.entity === 'backup' && entry.action === 'restore') return '从备份恢复';
  return entry.action === 'restore' ? '撤销删除' : ACTION_LABELS[entry.action];
}

const COMMON: Record<string, string> = {
  id: '编号',
  createdAt: '创建时间',
  updatedAt: '修改时间',
  deleted: '已删除',
  deletedAt: '删除时间',
  importBatchId: '导入批次',
  townshipId: '乡镇',
  villageId: '村',
  enterpriseId: '企业',
  pairingId: '联建',
  personIds: '相关人员',
  description: '说明',
  attachmentIds: '附件',
  name: '名称',
  year: '年度',
  date: '日期',
};

const BY_ENTITY: Record<string, Record<string, string>> = {
  pairings: {
    ...CHANGE_LABELS,
    code: '联建编号',
    status: '状态',
    formation: '结对方式',
    appliedDate: '申请日期',
    approvedDate: '批准日期',
    endedDate: '终止日期',
    endReason: '终止原因',
    'responsibleLeader.name': '挂钩领导',
    'responsibleLeader.post': '挂钩领导职务',
    'enterpriseLiaison.name': '企业联络员',
    'enterpriseLiaison.phone': '企业联络员电话',
    'villageLiaison.name': '村联络员',
    'villageLiaison.phone': '村联络员电话',
  },
  ledger: { type: '台账类型', precision: '日期精度', townshipId: '所属乡镇' },
  monthlyReports: { month: '月份', submittedDate: '报送日期', summary: '活动情况', active: '是否开展活动' },
  inspections: { quarter: '季度', team: '督查组成员', leader: '带队领导', startDate: '督查开始日期', endDate: '督查结束日期', visits: '督查联建点', summary: '总体情况', noticeNumber: '通报文号', noticeDate: '通报日期', noticeImprint: '通报版记' },
  rectifications: {
    inspectionId: '所属督查',
    problem: '存在问题',
    requirement: '整改要求',
    responsible: '责任单位',
    deadline: '整改期限',
    status: '整改状态',
    progress: '整改情况',
    reviewDate: '复查日期',
    reviewer: '复查人',
  },
  evaluations: { scheme: '考评方案', inputs: '人工评分', result: '考评得分' },
  trainings: {
    session: '期次',
    name: '培训班名称',
    startDate: '开班日期',
    endDate: '结业日期',
    place: '地点',
    organizer: '主办单位',
    content: '培训内容',
    hours: '学时',
    unlistedCount: '名单外学员',
    remark: '备注',
    traineeIds: '学员',
    headCount: '人数',
  },
  trainees: { classId: '培训班', personId: '人员', name: '姓名', orgKind: '单位类型', orgId: '单位', orgName: '单位名称', post: '职务', seq: '序号', remark: '备注' },
  commendations: { level: '级别', titles: '称号', status: '状态', docNumber: '文号', decisionDate: '决定日期' },
  nominees: { roundId: '表彰批次', title: '称号', kind: '对象类型', refId: '对象', displayName: '名称', deed: '事迹', source: '来源' },
  backup: { 备份时间: '备份时间', 程序版本: '程序版本', 记录数: '记录数' },
  industryBases: { ...INDUSTRY_BASE_LABELS },
  figureSources: { source: '年度统计表采用' },
};

function ledgerFieldLabel(record: Record<string, unknown> | undefined, key: string): string | undefined {
  const type = LEDGER_TYPES.find((t) => t.key === record?.type);
  const field = type?.fields.find((f) => f.key === key);
  return field ? (field.unit ? `${field.label}（${field.unit}）` : field.label) : undefined;
}

export function fieldLabel(entity: string, path: string, record?: Record<string, unknown>): string {
  const registry = REGISTRY_LABELS[entity]?.[path];
  if (registry) return labelWithUnit(registry);
  const own = BY_ENTITY[entity]?.[path] ?? COMMON[path];
  if (own) return own;
  if (entity === 'ledger' && path.startsWith('figures.')) return ledgerFieldLabel(record, path.slice(8)) ?? path;
  if (entity === 'backup' && path.startsWith('记录数.')) return `记录数：${tableLabel(path.slice(4))}`;
  return path;
}

/** Fields never compared: they change with every write and say nothing to the reader. */
const NOISE = new Set(['updatedAt']);

export function flatten(value: unknown, prefix = '', out: Record<string, unknown> = {}): Record<string, unknown> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return out;
  for (const [key, v] of Object.entries(value)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (v && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Date) && prefix.split('.').length < 2) flatten(v, path, out);
    else out[path] = v;
  }
  return out;
}

/** Resolves a record id to its name (a township, village, enterprise, person, pairing). */
export type NameOf = (id: string) => string | undefined;

const TIMESTAMPS = new Set(['createdAt', 'updatedAt', 'deletedAt', 'undoneAt']);
const isReference = (path: string) => /(Id|Ids)$/.test(path.split('.').at(-1)!) && path !== 'importBatchId';

export function showValue(path: string, value: unknown, entity: string, nameOf: NameOf = () => undefined): string {
  if (value === undefined || value === null || value === '') return '';
  if (path === 'idNumber' && typeof value === 'string') return maskIdCard(value);
  if (TIMESTAMPS.has(path) && typeof value === 'string' && !Number.isNaN(Date.parse(value))) return formatSeconds(value);
  if (isReference(path) && typeof value === 'string') return nameOf(value) ?? value;
  if (isReference(path) && Array.isArray(value)) return value.map((v) => nameOf(String(v)) ?? String(v)).join('、');
  if (path === 'deleted') return value ? '是' : '否';
  if (entity === 'ledger' && path === 'type') return LEDGER_TYPES.find((t) => t.key === value)?.name ?? String(value);
  if (entity === 'figureSources' && path === 'source') return SOURCE_LABELS[value as SourceKind] ?? String(value);
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (Array.isArray(value)) return value.map((v) => (v && typeof v === 'object' ? JSON.stringify(v) : String(v))).join('、');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export type FieldRow = { path: string; label: string; before: string; after: string; changed: boolean };

/** Every field of before and after, labelled; `changed` marks the ones that differ. */
export function compareEntry(entry: Pick<AuditEntry, 'entity' | 'before' | 'after'>, nameOf?: NameOf): FieldRow[] {
  const before = flatten(entry.before);
  const after = flatten(entry.after);
  const record = (entry.after ?? entry.before) as Record<string, unknown> | undefined;
  const paths = [...new Set([...Object.keys(before), ...Object.keys(after)])];
  return paths.map((path) => {
    const b = showValue(path, before[path], entry.entity, nameOf);
    const a = showValue(path, after[path], entry.entity, nameOf);
    const changed = entry.before !== undefined && entry.after !== undefined && !NOISE.has(path) && b !== a;
    return { path, label: fieldLabel(entry.entity, path, record), before: b, after: a, changed };
  });
}

/** 「名称：河田镇 → 河田镇人民政府；排序：1 → 2」 for the list and the export. */
export function changeSummary(entry: AuditEntry, nameOf?: NameOf): string {
  if (entry.entity === 'backup') {
    const after = (entry.after ?? {}) as Record<string, unknown>;
    return `恢复自「${entry.entityId}」（备份时间 ${String(after['备份时间'] ?? '')}）`;
  }
  if (isBatch(entry)) return `从文件「${entry.fileName ?? ''}」导入，新建${entityLabel(entry.entity)} ${entry.ids.length.toLocaleString('zh-CN')} 条`;
  if (entry.action !== 'update') return '';
  return compareEntry(entry, nameOf)
    .filter((r) => r.changed)
    .map((r) => `${r.label}：${r.before || '（空）'} → ${r.after || '（空）'}`)
    .join('；');
}

/** The record's name as a person would say it. */
export function recordName(entry: AuditEntry): string {
  if (isBatch(entry)) return `共 ${entry.ids.length.toLocaleString('zh-CN')} 条`;
  const r = (entry.after ?? entry.before ?? {}) as Record<string, unknown>;
  if (entry.entity === 'backup') return entry.entityId;
  const text = (v: unknown) => (typeof v === 'string' && v ? v : undefined);
  if (entry.entity === 'ledger') {
    const type = LEDGER_TYPES.find((t) => t.key === r.type)?.name ?? String(r.type ?? '');
    return `${type} ${String(r.date ?? '')}`.trim();
  }
  return text(r.name) ?? text(r.code) ?? text(r.displayName) ?? text(r.quarter) ?? text(r.month) ?? (r.year ? `${String(r.year)}年` : entry.entityId.slice(0, 8));
}

/** The name of a record an import batch created, as the list and the export show it. */
export function createdRecordName(entity: string, record: Record<string, unknown> | undefined, id: string): string {
  return record ? recordName({ time: '', action: 'create', entity, entityId: id, after: record }) : '（记录已不存在）';
}
