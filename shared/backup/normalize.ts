// Normalize on restore (after Excalidraw's restore.ts): a backup file is never trusted. Each
// row is checked against a loose schema of its table — the fields every version of the app
// wrote must be there with the right type, missing optional structure is filled with its
// neutral default, and fields this version does not know are kept (a backup made by a
// later minor version loses nothing). A row that cannot be made valid refuses the file.
import { z } from 'zod';
import { fail, ok, type Result } from '../model/result';
import { PRIMARY_KEYS, tableLabel, type BackupTableName } from './tables';

type Row = Record<string, unknown>;

const text = z.string();
const required = z.string().min(1);
const strings = z.array(z.string()).default([]);
const list = z.array(z.unknown()).default([]);
const dict = z.record(z.string(), z.unknown()).default({});
const flag = z
  .union([z.literal(0), z.literal(1), z.boolean()])
  .optional()
  .transform((v): 0 | 1 => (v === 1 || v === true ? 1 : 0));
const base = { id: required, createdAt: text.optional(), updatedAt: text.optional(), deleted: flag };

const SCHEMAS: Record<BackupTableName, z.ZodType<Row>> = {
  townships: z.looseObject({ ...base, name: required, kind: required, order: z.number().default(0) }),
  villages: z.looseObject({
    ...base,
    townshipId: required,
    name: required,
    industries: strings,
    partyOrg: z.looseObject({}).default({}),
  }),
  enterprises: z.looseObject({
    ...base,
    townshipId: required,
    name: required,
    aboveScale: z.boolean().default(false),
    partyOrg: z.looseObject({ type: text.default('未建立') }).default({ type: '未建立' }),
  }),
  persons: z.looseObject({ ...base, name: required, orgKind: z.enum(['enterprise', 'village', 'none']).default('none') }),
  pairings: z.looseObject({
    ...base,
    code: required,
    enterpriseId: required,
    villageId: required,
    status: required,
    formation: required,
    responsibleTownshipId: required,
    appliedDate: required,
    areas: strings,
  }),
  pairingEvents: z.looseObject({ id: required, pairingId: required, kind: required, date: required, createdAt: text.optional() }),
  ledger: z.looseObject({
    ...base,
    townshipId: required,
    type: required,
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    year: z.number().int().optional(),
    precision: z.enum(['day', 'month']).default('day'),
    figures: dict,
    personIds: strings,
    attachmentIds: strings,
  }),
  attachments: z.looseObject({
    id: required,
    ownerId: required,
    name: text,
    mime: text.default('application/octet-stream'),
    size: z.number().int().nonnegative().optional(),
    createdAt: text.optional(),
  }),
  monthlyReports: z.looseObject({
    ...base,
    pairingId: required,
    month: required,
    summary: text.default(''),
    active: z.boolean().default(false),
  }),
  // Before schema 6 a round was 「2008-Q3」 with nested items (upgraded by upgrade-supervision.ts).
  inspections: z.union([
    z.looseObject({ ...base, year: z.number().int(), quarter: z.number().int(), team: text.default(''), startDate: required, endDate: required, visits: list }),
    z.looseObject({ ...base, quarter: required, date: required, inspectors: text.default(''), items: list, rectifications: list }),
  ]),
  rectifications: z.looseObject({
    ...base,
    inspectionId: required,
    pairingId: required,
    townshipId: text.default(''),
    problem: text,
    requirement: text,
    responsible: text,
    deadline: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
    status: required,
    attachmentIds: strings,
  }),
  evaluations: z.union([
    z.looseObject({ ...base, year: z.number().int(), scheme: z.looseObject({}), inputs: dict }),
    z.looseObject({ ...base, year: z.number().int(), scheme: list, scores: list }),
  ]),
  // Before schema 7 a class also carried traineeIds and headCount (kept here, upgraded by upgrade-trainings.ts).
  trainings: z.looseObject({ ...base, name: required, startDate: required }),
  trainees: z.looseObject({
    ...base,
    classId: required,
    personId: required,
    name: text,
    orgKind: z.enum(['enterprise', 'village', 'none']).default('none'),
    seq: z.number().int().nonnegative().default(0),
  }),
  commendations: z.looseObject({ ...base, year: z.number().int(), level: required, titles: strings, status: required }),
  nominees: z.looseObject({
    ...base,
    roundId: required,
    title: required,
    kind: required,
    refId: required,
    displayName: text,
    source: text.default('手工'),
  }),
  importBatches: z.looseObject({
    id: required,
    kind: required,
    fileName: text,
    fileHash: text.default(''),
    createdAt: text.optional(),
    counts: z
      .looseObject({ added: z.number().default(0), updated: z.number().default(0), rejected: z.number().default(0) })
      .default({ added: 0, updated: 0, rejected: 0 }),
    undone: z.boolean().default(false),
  }),
  tallyReports: z.looseObject({ id: required, year: z.number().int(), townshipId: required, batchId: text, rows: list, createdAt: text.optional() }),
  audit: z.looseObject({
    seq: z.number().int().positive(),
    time: required,
    action: z.enum(['create', 'update', 'delete', 'restore']),
    entity: required,
    entityId: text,
    // An import batch's entry for the records it created (v009): their ids and the file.
    ids: z.array(z.string()).optional(),
    fileName: text.optional(),
    fileHash: text.optional(),
  }),
  settings: z.looseObject({ key: required }),
  importMappings: z.looseObject({ signature: required, target: required, mapping: dict, updatedAt: text.optional() }),
  industryBases: z.looseObject({ ...base, name: required, pairingIds: strings, year: z.number().int(), townshipId: required }),
  trainingBases: z.looseObject({ ...base, name: required, villageId: required, enterpriseIds: strings }),
  meetings: z.looseObject({ ...base, kind: required, title: required, date: required, enterpriseIds: strings, villageIds: strings, personIds: strings, decisions: list }),
};

const HAS_BASE: ReadonlySet<BackupTableName> = new Set([
  'townships', 'villages', 'enterprises', 'persons', 'pairings', 'ledger', 'monthlyReports',
  'inspections', 'rectifications', 'evaluations', 'trainings', 'trainees', 'commendations', 'nominees', 'industryBases', 'trainingBases', 'meetings',
]);
const HAS_CREATED_AT: ReadonlySet<BackupTableName> = new Set(['pairingEvents', 'attachments', 'importBatches', 'tallyReports']);

function fillDefaults(table: BackupTableName, row: Row, fallbackTime: string): Row {
  if (HAS_BASE.has(table)) {
    row.createdAt ??= fallbackTime;
    row.updatedAt ??= row.createdAt;
  } else if (HAS_CREATED_AT.has(table)) {
    row.createdAt ??= fallbackTime;
  } else if (table === 'importMappings') {
    row.updatedAt ??= fallbackTime;
  }
  if (table === 'ledger' && row.year === undefined) row.year = Number(String(row.date).slice(0, 4));
  return row;
}

function describe(issue: z.core.$ZodIssue): string {
  const field = issue.path.map(String).join('.');
  return field ? `字段「${field}」缺失或格式不对` : '不是一条记录';
}

/** Checks and completes the rows of one table; refuses on the first bad row, naming it. */
export function normalizeRows(table: BackupTableName, rows: readonly unknown[], fallbackTime: string): Result<Row[]> {
  const schema = SCHEMAS[table];
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
