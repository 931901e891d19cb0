// Normalize on restore (after Excalidraw's restore.ts): a backup file is never trusted. Each
// row is checked against the loose shape of its table (shared/model/record-rules/shapes.ts) —
// the fields every version of the app wrote must be there with the right type, missing
// optional structure is filled with its neutral default, and fields this version does not
// know are kept (a backup made by a later minor version loses nothing). The record rules
// proper (content, references, uniqueness) run after this, in ./validate.ts.
import type { z } from 'zod';
import { fail, ok, type Result } from '../model/result';
import { RECORD_RULES } from '../model/record-rules';
import { PRIMARY_KEYS, tableLabel, type BackupTableName } from './tables';

type Row = Record<string, unknown>;

function fillDefaults(table: BackupTableName, row: Row, fallbackTime: string): Row {
  const stamps = RECORD_RULES[table].timestamps;
  if (stamps === 'base') {
    row.createdAt ??= fallbackTime;
    row.updatedAt ??= row.createdAt;
  } else if (stamps === 'created') {
    row.createdAt ??= fallbackTime;
  } else if (stamps === 'updated') {
    row.updatedAt ??= fallbackTime;
  }
  if (table === 'ledger' && row.year === undefined) row.year = Number(String(row.date).slice(0, 4));
  return row;
}

function describe(issue: z.core.$ZodIssue): string {
  const field = issue.path.map(String).join('.');
  return field ? `字段「${field}」缺失或格式不对` : '不是一条记录';
}

/** The shape of one row checked and completed; the first issue's description when it cannot be. */
export function normalizeRow(table: BackupTableName, raw: unknown, fallbackTime: string): Result<Row> {
  const parsed = RECORD_RULES[table].shape.safeParse(raw);
  if (!parsed.success) return fail(describe(parsed.error.issues[0]!));
  return ok(fillDefaults(table, parsed.data, fallbackTime));
}

/** Checks and completes the rows of one table; refuses on the first bad row, naming it. */
export function normalizeRows(table: BackupTableName, rows: readonly unknown[], fallbackTime: string): Result<Row[]> {
  const schema = RECORD_RULES[table].shape;
  const key = PRIMARY_KEYS[table];
  const seen = new Set<unknown>();
  const out: Row[] = [];
  for (let i = 0; i < rows.length; i += 1) {
    const parsed = schema.safeParse(rows[i]);
    const where = `「${tableLabel(table)}」第 ${i + 1} 条记录`;
    if (!parsed.success) return fail(`备份文件中${where}无效：${describe(parsed.error.issues[0]!)}`);
    const row = fillDefaults(table, parsed.data, fallbackTime);
    if (seen.has(row[key])) return fail(`备份文件中${where}与前面的记录重复（${String(row[key])}）`);
    seen.add(row[key]);
    out.push(row);
  }
  return ok(out);
}
