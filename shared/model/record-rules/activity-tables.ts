// Rules of 联建 and what hangs off it: pairings and their history, ledger entries and their
// attachments, commendation rounds and nominees. Ledger figures are judged by
// validateFigures — the function the entry form, the quick grid and the importer share — and
// must be stored as it would store them (a number as a number, an option as listed).
import { COMMENDATION_STATUSES, PAIRING_EVENT_KINDS, PAIRING_STATUSES } from '../enums';
import { LEDGER_TYPES, type LedgerField } from '../ledger-catalog';
import { MAX_DESCRIPTION, validateFigures } from '../ledger-validate';
import { isRealDate } from '../parse-date';
import { pairingApplicationSchema } from '../schemas/pairing';
import { nomineeSchema, parseDocNumber, roundSchema } from '../schemas/commendation';
import { isLive } from '../pairing-rules';
import type { Pairing } from '../types';
import { attachmentShape, commendationShape, ledgerShape, nomineeShape, pairingEventShape, pairingShape } from './shapes';
import type { FieldIssue, Row, TableRule } from './types';

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** A stored YYYY-MM-DD that names a real day. */
export function isIsoDay(v: unknown): boolean {
  return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) && isRealDate(Number(v.slice(0, 4)), Number(v.slice(5, 7)), Number(v.slice(8, 10)));
}

function dateIssue(row: Row, field: string, label: string, required = false): FieldIssue[] {
  const v = row[field];
  if (v === undefined || v === null || v === '') return required ? [{ field, message: `缺少${label}` }] : [];
  return isIsoDay(v) ? [] : [{ field, message: `${label}「${String(v).slice(0, 20)}」不是有效日期` }];
}

function oneOf(row: Row, field: string, label: string, values: readonly string[]): FieldIssue[] {
  return values.includes(row[field] as string) ? [] : [{ field, message: `${label}「${String(row[field]).slice(0, 20)}」应为 ${values.join('、')} 之一` }];
}

export const pairingRule: TableRule = {
  timestamps: 'base',
  shape: pairingShape,
  content: pairingApplicationSchema,
  check: (r) => [
    ...oneOf(r, 'status', '联建状态', PAIRING_STATUSES),
    ...dateIssue(r, 'approvedDate', '批准日期'),
    ...dateIssue(r, 'endedDate', '终止日期'),
  ],
  refs: [
    { field: 'enterpriseId', label: '企业', to: 'enterprises' },
    { field: 'villageId', label: '村', to: 'villages' },
    { field: 'responsibleTownshipId', label: '挂钩乡镇（开发区）', to: 'townships' },
    { field: 'enterpriseLiaison.personId', label: '企业联络员', to: 'persons' },
    { field: 'villageLiaison.personId', label: '村联络员', to: 'persons' },
  ],
  unique: [
    { label: '联建编号', field: 'code', key: (r) => str(r.code) || null },
    {
      label: '企业和村（同一企业与同一村只能有一个未终止的联建）',
      field: 'villageId',
      key: (r) => `${str(r.enterpriseId)}|${str(r.villageId)}`,
      applies: (r) => isLive(r as Pick<Pairing, 'status' | 'deleted'>),
    },
  ],
  name: (r) => str(r.code),
  labels: {
    code: { label: '联建编号' },
    enterpriseId: { label: '企业' },
    villageId: { label: '村' },
    status: { label: '状态' },
    formation: { label: '联建方式' },
    areas: { label: '联建内容' },
    responsibleTownshipId: { label: '挂钩乡镇（开发区）' },
    appliedDate: { label: '申请日期' },
    approvedDate: { label: '批准日期' },
    endedDate: { label: '终止日期' },
    agreement: { label: '联建协议' },
  },
};

export const pairingEventRule: TableRule = {
  timestamps: 'created',
  shape: pairingEventShape,
  check: (r) => [...oneOf(r, 'kind', '变更类型', PAIRING_EVENT_KINDS), ...dateIssue(r, 'date', '日期', true)],
  refs: [{ field: 'pairingId', label: '所属联建', to: 'pairings' }],
  labels: { kind: { label: '类型' }, date: { label: '日期' } },
};

const TYPES = new Map(LEDGER_TYPES.map((t) => [t.key, t]));

/** Whether a stored figure is what validateFigures makes of it (a form never stores 「120」 for 120). */
function storedAsParsed(field: LedgerField, stored: unknown, parsed: unknown): boolean {
  if (stored === undefined || stored === null) return true;
  if (field.kind === 'text' || field.kind === 'person') return typeof stored === 'string';
  return stored === parsed;
}

const KIND_WORDS: Record<LedgerField['kind'], string> = { int: '整数', decimal: '数字', text: '文字', enum: '选项', bool: '是或否', person: '人员', date: '日期' };

function ledgerIssues(r: Row): FieldIssue[] {
  const issues: FieldIssue[] = isIsoDay(r.date) ? [] : dateIssue(r, 'date', '日期', true);
  if (isIsoDay(r.date) && r.year !== Number(str(r.date).slice(0, 4))) issues.push({ field: 'year', message: `年度（${String(r.year)}）与日期（${str(r.date)}）不符` });
  if (!r.pairingId && !r.enterpriseId && !r.villageId) issues.push({ field: 'pairingId', message: '缺少所属联建，或所属企业、村' });
  if (r.description !== undefined && (typeof r.description !== 'string' || r.description.length > MAX_DESCRIPTION)) {
    issues.push({ field: 'description', message: `情况说明应为不超过${MAX_DESCRIPTION}个字的文字` });
  }
  const type = TYPES.get(str(r.type));
  if (!type) return [...issues, { field: 'type', message: `未知的台账类型「${str(r.type).slice(0, 20)}」` }];
  const stored = r.figures as Record<string, unknown>;
  const { figures, errors } = validateFigures(type, stored);
  for (const e of errors) issues.push({ field: e.field ? `figures.${e.field}` : 'figures', label: e.label, message: e.message });
  for (const field of type.fields) {
    if (storedAsParsed(field, stored[field.key], figures[field.key]) || errors.some((e) => e.field === field.key)) continue;
    issues.push({ field: `figures.${field.key}`, label: field.label, message: `「${field.label}」的值「${String(stored[field.key]).slice(0, 20)}」应存为${KIND_WORDS[field.kind]}` });
  }
  return issues;
}

export const ledgerRule: TableRule = {
  timestamps: 'base',
  shape: ledgerShape,
  check: ledgerIssues,
  refs: [
    { field: 'pairingId', label: '所属联建', to: 'pairings' },
    { field: 'enterpriseId', label: '所属企业', to: 'enterprises' },
    { field: 'villageId', label: '所属村', to: 'villages' },
    { field: 'townshipId', label: '乡镇', to: 'townships' },
    { field: 'personIds', label: '人员', to: 'persons' },
    { field: 'attachmentIds', label: '附件', to: 'attachments' },
  ],
  name: (r) => `${TYPES.get(str(r.type))?.name ?? str(r.type)} ${str(r.date)}`,
  labels: { type: { label: '台账类型' }, date: { label: '日期' }, year: { label: '年度' }, description: { label: '情况说明' } },
};

export const attachmentRule: TableRule = {
  timestamps: 'created',
  shape: attachmentShape,
  // A rectification item's evidence says so (ownerTable); anything else belongs to a ledger entry.
  refs: [{ field: 'ownerId', label: '所属台账或整改事项', to: (r) => (r.ownerTable === 'rectifications' ? 'rectifications' : 'ledger') }],
  name: (r) => str(r.name),
  labels: { name: { label: '文件名' } },
};

export const commendationRule: TableRule = {
  timestamps: 'base',
  shape: commendationShape,
  content: roundSchema,
  check: (r) => {
    const issues = [...oneOf(r, 'status', '表彰状态', COMMENDATION_STATUSES), ...dateIssue(r, 'decisionDate', '决定日期')];
    if (r.docNumber !== undefined && !parseDocNumber(r.docNumber).ok) issues.push({ field: 'docNumber', message: `文号「${String(r.docNumber).slice(0, 30)}」格式不对` });
    return issues;
  },
  name: (r) => str(r.name) || `${String(r.year)}年度${str(r.level)}表彰`,
  labels: { year: { label: '年度' }, level: { label: '级别' }, titles: { label: '荣誉称号' }, status: { label: '状态' }, docNumber: { label: '文号' }, decisionDate: { label: '决定日期' } },
};

const NOMINEE_TABLES = { enterprise: 'enterprises', village: 'villages', pairing: 'pairings', person: 'persons' } as const;

export const nomineeRule: TableRule = {
  timestamps: 'base',
  shape: nomineeShape,
  content: nomineeSchema,
  refs: [
    { field: 'roundId', label: '表彰轮次', to: 'commendations' },
    { field: 'refId', label: '推荐对象', to: (r) => NOMINEE_TABLES[r.kind as keyof typeof NOMINEE_TABLES] },
  ],
  name: (r) => str(r.displayName),
  labels: { title: { label: '荣誉称号' }, kind: { label: '对象类型' }, refId: { label: '推荐对象' }, displayName: { label: '名称' }, source: { label: '推荐来源' } },
};
