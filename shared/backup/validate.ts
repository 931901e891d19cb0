// The whole of a backup's records, checked before anything touches the store: each row's
// shape (normalize.ts, defaults filled), keys that name a prototype, duplicate primary keys,
// then the record rules of every table (shared/model/record-rules: the forms' and the
// importer's own schemas, references, natural keys). Every problem goes into one report —
// table, record, field, what is wrong — so a refused file says all that is wrong with it.
import { checkRecords, ReportBuilder } from '../model/record-rules/check';
import { RECORD_RULES, type RecordReport } from '../model/record-rules';
import { recordName } from '../model/record-rules/check';
import { normalizeRow } from './normalize';
import { BACKUP_TABLES, PRIMARY_KEYS, type BackupTableName } from './tables';

type Row = Record<string, unknown>;

/** A `__proto__` / `constructor` / `prototype` key found (and dropped) while decoding a row. */
export type ForbiddenKey = { table: BackupTableName; index: number; path: string };

export type ValidatedTables = { tables: Record<BackupTableName, Row[]>; report: RecordReport };

/** `upgrade` brings an older version's records to this one's once their shapes are read (before the record rules judge them). */
export function validateBackupTables(
  raw: Readonly<Record<BackupTableName, readonly unknown[]>>,
  fallbackTime: string,
  forbidden: readonly ForbiddenKey[] = [],
  upgrade?: (tables: Record<BackupTableName, Row[]>) => void,
): ValidatedTables {
  const out = new ReportBuilder();
  const unreadable = new Map<BackupTableName, Set<number>>();
  const tables = {} as Record<BackupTableName, Row[]>;
  const badKeys = new Map<string, ForbiddenKey[]>();
  for (const f of forbidden) {
    const k = `${f.table}#${f.index}`;
    badKeys.set(k, [...(badKeys.get(k) ?? []), f]);
  }

  for (const table of BACKUP_TABLES) {
    const rule = RECORD_RULES[table];
    const pk = PRIMARY_KEYS[table];
    const seen = new Map<unknown, number>();
    const skip = new Set<number>();
    const rows: Row[] = [];
    const source = raw[table];
    const say = (i: number, field: string, message: string) => {
      const row = rows[i]!;
      out.add({ table, index: i + 1, key: String(row[pk] ?? ''), name: recordName(rule, row), field, message });
    };
    for (let i = 0; i < source.length; i += 1) {
      const value = source[i];
      const normalized = normalizeRow(table, value, fallbackTime);
      const row: Row = normalized.ok ? normalized.value : value && typeof value === 'object' && !Array.isArray(value) ? (value as Row) : {};
      rows.push(row);
      if (badKeys.size) for (const f of badKeys.get(`${table}#${i}`) ?? []) say(i, f.path, `含有不允许的字段名「${f.path.split('.').pop()}」`);
      if (!normalized.ok) {
        say(i, '', `记录无效：${normalized.error}`);
        skip.add(i);
        continue;
      }
      const first = seen.get(row[pk]);
      if (first === undefined) seen.set(row[pk], i);
      else {
        say(i, '', `记录编号与本表第 ${first + 1} 条记录重复`);
        skip.add(i);
      }
    }
    tables[table] = rows;
    if (skip.size) unreadable.set(table, skip);
  }

  // Unreadable rows stay out of an upgrade (their positions are what `skip` names).
  if (upgrade && unreadable.size === 0) upgrade(tables);
  checkRecords(tables, out, { skip: (table, index) => unreadable.get(table)?.has(index) ?? false });
  return { tables, report: out.report };
}
