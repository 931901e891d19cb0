// 变更记录: an audit entry's before/after as the fields that changed, in Chinese labels with
// readable values (names instead of ids, 是/否, 、-joined lists).
import { REGISTRY_LABELS } from '@shared/model/schemas/labels';
import type { AuditAction } from '@shared/model/types';

export type FieldDiff = { path: string; label: string; from: string; to: string };

const INTERNAL = new Set(['id', 'createdAt', 'updatedAt', 'deleted', 'deletedAt', 'importBatchId']);
const ORG_KINDS: Record<string, string> = { enterprise: '企业', village: '村', none: '无' };

export const ACTION_LABELS: Record<AuditAction, string> = { create: '新建', update: '修改', delete: '删除', restore: '撤销删除' };

/** Resolves ids (townshipId, orgId) to names; returns undefined to show the value as it is. */
export type NameOf = (path: string, value: string, record: Record<string, unknown>) => string | undefined;

function flatten(obj: unknown, prefix = '', out: Record<string, unknown> = {}): Record<string, unknown> {
  if (!obj || typeof obj !== 'object') return out;
  for (const [k, v] of Object.entries(obj)) {
    if (!prefix && INTERNAL.has(k)) continue;
    const path = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object' && !Array.isArray(v)) flatten(v, path, out);
    else out[path] = v;
  }
  return out;
}

function show(path: string, value: unknown, record: Record<string, unknown>, nameOf: NameOf): string {
  if (value === undefined || value === null || value === '') return '';
  if (typeof value === 'boolean') return value ? '是' : '否';
  if (Array.isArray(value)) return value.join('、');
  if (path === 'orgKind') return ORG_KINDS[String(value)] ?? String(value);
  if (typeof value === 'string') return nameOf(path, value, record) ?? value;
  return String(value);
}

/** The labelled fields that differ between before and after (all filled fields for a create). */
export function diffRecords(table: string, before: unknown, after: unknown, nameOf: NameOf = () => undefined): FieldDiff[] {
  const labels = REGISTRY_LABELS[table] ?? {};
  const b = flatten(before);
  const a = flatten(after);
  const paths = Object.keys(labels).filter((p) => p in a || p in b);
  const out: FieldDiff[] = [];
  for (const path of paths) {
    const from = show(path, b[path], (before ?? {}) as Record<string, unknown>, nameOf);
    const to = show(path, a[path], (after ?? {}) as Record<string, unknown>, nameOf);
    if (from !== to) out.push({ path, label: labels[path].unit ? `${labels[path].label}（${labels[path].unit}）` : labels[path].label, from, to });
  }
  return out;
}
