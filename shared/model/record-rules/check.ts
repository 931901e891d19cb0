// Runs the registry's rules over whole tables: each record's content and checks, the
// references it makes (to records of the same set of tables) and the keys no two live records
// may share. Issues go to a ReportBuilder, which keeps the first MAX_REPORTED and counts all.
import type { z } from 'zod';
import { BACKUP_TABLES, PRIMARY_KEYS, type BackupTableName } from '../../backup/tables';
import { RECORD_RULES } from './index';
import { MAX_REPORTED, type FieldIssue, type RecordIssue, type RecordReport, type Row, type TableRule } from './types';

export class ReportBuilder {
  readonly issues: RecordIssue[] = [];
  total = 0;

  add(issue: RecordIssue): void {
    this.total += 1;
    if (this.issues.length < MAX_REPORTED) this.issues.push(issue);
  }

  get report(): RecordReport {
    return { issues: this.issues, total: this.total };
  }
}

type Segment = { key: string; each: boolean };
const compiled = new Map<string, Segment[]>();

function segmentsOf(path: string): Segment[] {
  let segments = compiled.get(path);
  if (!segments) {
    segments = path.split('.').map((s) => (s.endsWith('[]') ? { key: s.slice(0, -2), each: true } : { key: s, each: false }));
    compiled.set(path, segments);
  }
  return segments;
}

/** The values at a path: 'a.b' reads nested fields, 'a[].b' each element's b; arrays at the end give their elements. */
export function valuesAt(row: unknown, path: string): unknown[] {
  let current: unknown[] = [row];
  for (const { key, each } of segmentsOf(path)) {
    const next: unknown[] = [];
    for (const value of current) {
      if (!value || typeof value !== 'object' || !Object.hasOwn(value, key)) continue;
      const child = (value as Row)[key];
      if (each) {
        if (Array.isArray(child)) next.push(...child);
      } else next.push(child);
    }
    current = next;
  }
  return current.flatMap((v) => (Array.isArray(v) ? v : [v]));
}

const short = (s: string, n = 40) => (s.length > n ? `${s.slice(0, n)}…` : s);

export function recordName(rule: TableRule, row: Row): string {
  const name = rule.name ? rule.name(row) : typeof row.name === 'string' ? row.name : '';
  return short(name ?? '');
}

/** The field's Chinese label where the rule knows it (array positions ignored), else its path. */
export function fieldLabel(rule: TableRule, path: string): string {
  const plain = path
    .split('.')
    .filter((s) => !/^\d+$/.test(s))
    .join('.');
  return rule.labels?.[plain]?.label ?? plain;
}

function zodIssues(schema: z.ZodType, row: Row): FieldIssue[] {
  const parsed = schema.safeParse(row);
  if (parsed.success) return [];
  return parsed.error.issues.map((i) => ({ field: i.path.map(String).join('.'), message: i.message }));
}

export type CheckOptions = {
  /** Records that could not be read at all (their shape failed): skipped, but their keys still count as existing. */
  skip?: (table: BackupTableName, index: number) => boolean;
};

/** Checks every record of every table in `tables` (see the module comment). */
export function checkRecords(tables: Readonly<Record<BackupTableName, readonly Row[]>>, out: ReportBuilder, options: CheckOptions = {}): void {
  const keySets = new Map<BackupTableName, Set<unknown>>();
  const keysOf = (table: BackupTableName): Set<unknown> => {
    let set = keySets.get(table);
    if (!set) {
      const key = PRIMARY_KEYS[table];
      set = new Set(tables[table].map((r) => (r && typeof r === 'object' ? r[key] : undefined)));
      keySets.set(table, set);
    }
    return set;
  };

  for (const table of BACKUP_TABLES) {
    const rule = RECORD_RULES[table];
    const rows = tables[table];
    const pk = PRIMARY_KEYS[table];
    const unique = rule.unique ?? [];
    // A plain field is read directly (a restore makes millions of these reads); paths walk.
    const refs = (rule.refs ?? []).map((r) => ({ ...r, direct: !r.field.includes('.') && !r.field.includes('[') }));
    const seen = unique.map(() => new Map<string, number>());
    const say = (i: number, field: string, message: string, label?: string) => {
      const row = rows[i]!;
      out.add({ table, index: i + 1, key: String(row[pk] ?? ''), name: recordName(rule, row), field: label ?? (field ? fieldLabel(rule, field) : ''), message });
    };
    const skip = options.skip;
    for (let i = 0; i < rows.length; i += 1) {
      if (skip && skip(table, i)) continue;
      const row = rows[i]!;
      if (rule.content) for (const issue of zodIssues(rule.content, row)) say(i, issue.field, issue.message);
      if (rule.check) for (const issue of rule.check(row)) say(i, issue.field, issue.message, issue.label);
      for (const ref of refs) {
        const target = typeof ref.to === 'function' ? ref.to(row) : ref.to;
        if (!target) continue;
        const value = ref.direct ? row[ref.field] : valuesAt(row, ref.field);
        if (value === undefined || value === null || value === '') continue;
        const known = keysOf(target);
        // Most references are one id; lists (personIds) and paths walk their values.
        const missing = typeof value === 'string' ? !known.has(value) : !Array.isArray(value) || value.some((id) => id !== undefined && id !== null && id !== '' && (typeof id !== 'string' || !known.has(id)));
        if (missing) say(i, ref.field, `${ref.label}不存在（备份中没有它所指的记录）`, ref.label);
      }
      for (let k = 0; k < unique.length; k += 1) {
        const u = unique[k]!;
        if (u.applies ? !u.applies(row) : row.deleted === 1) continue;
        const key = u.key(row);
        if (key === null) continue;
        const first = seen[k]!.get(key);
        if (first === undefined) seen[k]!.set(key, i);
        else say(i, u.field, `${u.label}与本表第 ${first + 1} 条记录「${recordName(rule, rows[first]!)}」重复`);
      }
    }
  }
}
