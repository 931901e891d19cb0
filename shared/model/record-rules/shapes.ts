// The bookkeeping shape of each table's records, as every version of the app wrote them: the
// fields that must be there with the right type, and neutral defaults for optional structure
// a restore fills in. `looseObject` keeps fields this version does not know, so a backup made
// by a later minor version loses nothing. The content rules are the registry's (./index.ts).
import { z } from 'zod';
import type { Row } from './types';

export const text = z.string();
export const required = z.string().min(1);
const strings = z.array(z.string()).default([]);
const list = z.array(z.unknown()).default([]);
const dict = z.record(z.string(), z.unknown()).default({});
const flag = z
  .union([z.literal(0), z.literal(1), z.boolean()])
  .optional()
  .transform((v): 0 | 1 => (v === 1 || v === true ? 1 : 0));

/** id, timestamps and the soft-delete flag of a BaseRecord. */
export const base = { id: required, createdAt: text.optional(), updatedAt: text.optional(), deleted: flag };

type Shape = z.ZodType<Row>;

export const townshipShape: Shape = z.looseObject({ ...base, name: required, kind: required, order: z.number().default(0) });

export const villageShape: Shape = z.looseObject({
  ...base,
  townshipId: required,
  name: required,
  industries: strings,
  partyOrg: z.looseObject({}).default({}),
});

export const enterpriseShape: Shape = z.looseObject({
  ...base,
  townshipId: required,
  name: required,
  aboveScale: z.boolean().default(false),
  partyOrg: z.looseObject({ type: text.default('未建立') }).default({ type: '未建立' }),
});

export const personShape: Shape = z.looseObject({ ...base, name: required, orgKind: z.enum(['enterprise', 'village', 'none']).default('none') });

export const pairingShape: Shape = z.looseObject({
  ...base,
  code: required,
  enterpriseId: required,
  villageId: required,
  status: required,
  formation: required,
  responsibleTownshipId: required,
  appliedDate: required,
  areas: strings,
});

export const pairingEventShape: Shape = z.looseObject({ id: required, pairingId: required, kind: required, date: required, createdAt: text.optional() });

export const ledgerShape: Shape = z.looseObject({
  ...base,
  townshipId: required,
  type: required,
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  year: z.number().int().optional(),
  precision: z.enum(['day', 'month']).default('day'),
  figures: dict,
  personIds: strings,
  attachmentIds: strings,
});

export const attachmentShape: Shape = z.looseObject({
  id: required,
  ownerId: required,
  name: text,
  mime: text.default('application/octet-stream'),
  size: z.number().int().nonnegative().optional(),
  createdAt: text.optional(),
});

export const monthlyReportShape: Shape = z.looseObject({
  ...base,
  pairingId: required,
  month: required,
  summary: text.default(''),
  active: z.boolean().default(false),
});

// Before schema 6 a round was 「2008-Q3」 with nested items (upgraded by shared/backup/upgrade-supervision.ts).
export const inspectionShape: Shape = z.union([
  z.looseObject({ ...base, year: z.number().int(), quarter: z.number().int(), team: text.default(''), startDate: required, endDate: required, visits: list }),
  z.looseObject({ ...base, quarter: required, date: required, inspectors: text.default(''), items: list, rectifications: list }),
]);
export const rectificationShape: Shape = z.looseObject({
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
});
export const evaluationShape: Shape = z.union([
  z.looseObject({ ...base, year: z.number().int(), scheme: z.looseObject({}), inputs: dict }),
  z.looseObject({ ...base, year: z.number().int(), scheme: list, scores: list }),
]);
// Before schema 7 a class also carried traineeIds and headCount (kept here, upgraded by shared/backup/upgrade-trainings.ts).
export const trainingShape: Shape = z.looseObject({ ...base, name: required, startDate: required });
export const traineeShape: Shape = z.looseObject({
  ...base,
  classId: required,
  personId: required,
  name: text,
  orgKind: z.enum(['enterprise', 'village', 'none']).default('none'),
  seq: z.number().int().nonnegative().default(0),
});
export const commendationShape: Shape = z.looseObject({ ...base, year: z.number().int(), level: required, titles: strings, status: required });

export const nomineeShape: Shape = z.looseObject({
  ...base,
  roundId: required,
  title: required,
  kind: required,
  refId: required,
  displayName: text,
  source: text.default('手工'),
});

export const importBatchShape: Shape = z.looseObject({
  id: required,
  kind: required,
  fileName: text,
  fileHash: text.default(''),
  createdAt: text.optional(),
  counts: z
    .looseObject({ added: z.number().default(0), updated: z.number().default(0), rejected: z.number().default(0) })
    .default({ added: 0, updated: 0, rejected: 0 }),
  undone: z.boolean().default(false),
});

export const tallyReportShape: Shape = z.looseObject({ id: required, year: z.number().int(), townshipId: required, batchId: text, rows: list, createdAt: text.optional() });

export const auditShape: Shape = z.looseObject({
  seq: z.number().int().positive(),
  time: required,
  action: z.enum(['create', 'update', 'delete', 'restore']),
  entity: required,
  entityId: text,
  // An import batch's entry for the records it created (v009): their ids and the file.
  ids: z.array(z.string()).optional(),
  fileName: text.optional(),
  fileHash: text.optional(),
});

export const settingShape: Shape = z.looseObject({ key: required });

export const importMappingShape: Shape = z.looseObject({ signature: required, target: required, mapping: dict, updatedAt: text.optional() });

export const industryBaseShape: Shape = z.looseObject({ ...base, name: required, pairingIds: strings, year: z.number().int(), townshipId: required });
export const trainingBaseShape: Shape = z.looseObject({ ...base, name: required, villageId: required, enterpriseIds: strings });
export const meetingShape: Shape = z.looseObject({ ...base, kind: required, title: required, date: required, enterpriseIds: strings, villageIds: strings, personIds: strings, decisions: list });

/** A 采用数字 choice: the key fields; the content is figureSourceSchema. */
export const figureSourceShape: Shape = z.looseObject({ id: required, year: z.number().int(), townshipId: required, source: required });
