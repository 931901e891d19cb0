// Importing an honours list of several rounds (表彰名单: 表彰机关, 文号, 荣誉称号, 名称 or 姓名…),
// such as a county's list of its organizations honoured by the 龙岩市委 and by the 县委. Rows
// are grouped into rounds by 文号 (the issuing committee gives the round's level): a 文号 the
// store has is that round; a new one is offered in the 「未知名称」 step to create — as an
// approved round (批准) with its 文号, year and the titles its rows carry — or to map to a round
// the office entered by hand. Each row keeps its own title. Honourees are matched to the
// registry as in a single round's list (honour-target.ts). A round of a higher committee only
// records who was honoured: the county issues no document for it.
import type { ImportField } from '@shared/io/fields';
import type { CommendationLevel } from '@shared/model/enums';
import { normalizeHeader, normalizeText } from '@shared/model/normalize';
import { checkApproval, parseDocNumber, roundSchema, type CommendationRoundRecord } from '@shared/model/schemas/commendation';
import { personSchema } from '@shared/model/schemas/person';
import type { AppDatabase } from '../../../db/database';
import type { CreateContext, DraftRecord, ImportTarget, RefCandidate, ValidationOutcome } from '../../import';
import { contentOf, given, zodOutcome } from '../../import';
import { collectives, fillHonouree, HONOUR_FIELDS, honourPersons, newHonourRuleData, validateHonouree } from './honour-target';

/** The honour rule's data, read by the collectives loader before any row is drafted. */
const rule = newHonourRuleData();

export const HONOURS_LIST_FIELDS: readonly ImportField[] = [
  { key: 'committee', label: '表彰机关', kind: 'text', required: true, synonyms: ['授予机关', '表彰单位', '发文机关', '表彰级别', '级别', '授予单位'], help: '如 中共长汀县委、龙岩市委' },
  { key: 'docNumber', label: '文号', kind: 'text', required: true, synonyms: ['表彰文号', '发文字号', '文件号', '发文文号'], help: '如 汀委〔2008〕12号；同一文号的行为一次表彰' },
  { key: 'decisionDate', label: '表彰时间', kind: 'date', synonyms: ['表彰日期', '发文日期', '决定日期', '授予时间'] },
  { key: 'roundYear', label: '年度', kind: 'year', synonyms: ['表彰年度'], help: '不填的按文号中的年份' },
  ...HONOUR_FIELDS,
];

/** 「中共龙岩市委」「龙岩市委员会」 → 市委; null when it names no party committee level. */
export function committeeLevel(text: unknown): CommendationLevel | null {
  const t = normalizeHeader(text);
  if (/省委|省委员会/.test(t)) return '省委';
  if (/市委|市委员会/.test(t)) return '市委';
  if (/[县区]委|[县区]委员会/.test(t)) return '县委';
  return null;
}

const known = { rounds: new Map<string, CommendationRoundRecord>() };

async function roundCandidates(db: AppDatabase): Promise<RefCandidate[]> {
  const rounds = (await db.commendations.where('deleted').equals(0).toArray()) as CommendationRoundRecord[];
  known.rounds = new Map(rounds.map((r) => [r.id, r]));
  return rounds.filter((r) => r.docNumber).map((r) => ({ id: r.id, name: r.docNumber!, kind: 'round', hint: `${r.year}年度${r.level}表彰 · ${r.status}` }));
}

const INVALID = '__invalid';
type Issue = { path: string; message: string };

/** A round as a list row describes it: approved, with the 文号, the committee's level and the row's title. */
function roundDraft(name: string, _index: number, _existing: readonly RefCandidate[], { row }: CreateContext): DraftRecord {
  const issues: Issue[] = [];
  const doc = parseDocNumber(name);
  if (!doc.ok) issues.push({ path: 'docNumber', message: doc.error });
  const level = committeeLevel(row.committee);
  if (!level) issues.push({ path: 'committee', message: `表彰机关「${String(row.committee ?? '')}」看不出是县委、市委还是省委` });
  const year = typeof row.roundYear === 'number' ? row.roundYear : doc.ok ? doc.value.year : undefined;
  const draft: DraftRecord = {
    year,
    level,
    titles: given(row.title) ? [row.title] : [],
    status: '批准',
    docNumber: doc.ok ? doc.value.text : name,
    name: `${normalizeText(row.committee ?? '')}表彰（${doc.ok ? doc.value.text : name}）`.slice(0, 60),
  };
  if (given(row.decisionDate)) {
    const approval = checkApproval({ docNumber: name, decisionDate: row.decisionDate });
    if (approval.ok) draft.decisionDate = approval.value.decisionDate;
    else issues.push({ path: 'decisionDate', message: approval.error });
  }
  if (issues.length) draft[INVALID] = issues;
  return draft;
}

/** A later row of the same 文号: its title joins the round's; another committee is a contradiction. */
function mergeRound(draft: DraftRecord, { row }: CreateContext): DraftRecord {
  const titles = draft.titles as string[];
  const next: DraftRecord = { ...draft, titles: given(row.title) && !titles.includes(row.title as string) ? [...titles, row.title] : titles };
  const level = committeeLevel(row.committee);
  if (level && level !== draft.level) {
    next[INVALID] = [...((draft[INVALID] as Issue[] | undefined) ?? []), { path: 'committee', message: `文号「${String(draft.docNumber)}」的各行表彰机关不一致（${String(draft.level)}、${level}）` }];
  }
  return next;
}

function validateRound(draft: DraftRecord): ValidationOutcome {
  const { [INVALID]: issues, ...rest } = draft;
  if (Array.isArray(issues) && issues.length) return { ok: false, issues: issues as Issue[] };
  const r = roundSchema.safeParse(rest);
  if (!r.success) return { ok: false, issues: r.error.issues.map((i) => ({ path: 'docNumber', message: i.message })) };
  const value: DraftRecord = { ...r.data, status: '批准', docNumber: rest.docNumber };
  if (rest.decisionDate) value.decisionDate = rest.decisionDate;
  return { ok: true, value };
}

const ISSUES = '__issues';

export const honoursListTarget: ImportTarget = {
  key: 'honours-list',
  kind: 'honours',
  label: '表彰对象',
  title: '表彰名单（按文号分次）',
  table: 'nominees',
  fields: HONOURS_LIST_FIELDS,
  references: [
    {
      field: 'docNumber',
      idPath: 'roundId',
      label: '表彰（文号）',
      load: roundCandidates,
      create: { table: 'commendations', draft: roundDraft, merge: mergeRound, validate: validateRound },
    },
    { field: 'orgName', idPath: 'refId', label: '集体（企业党组织、村党组织或联建点）', load: (db) => collectives(db, rule), scopeField: 'township' },
    {
      field: 'personName',
      idPath: 'refId',
      label: '人员',
      load: honourPersons,
      scopeField: 'unit',
      create: { table: 'persons', draft: (name) => ({ name, orgKind: 'none' }), validate: zodOutcome(personSchema) },
    },
  ],
  identities: [
    {
      label: '文号、称号和对象',
      fields: ['docNumber', 'title', 'orgName', 'personName'],
      key: (r) => (given(r.roundId) && given(r.title) && given(r.refId) ? `${String(r.roundId)}|${String(r.title)}|${String(r.kind)}|${String(r.refId)}` : null),
    },
  ],
  toDraft: (row, refs, existing) => {
    const draft: DraftRecord = existing ? contentOf(existing) : { source: '导入' };
    const roundId = refs.docNumber?.id;
    if (roundId) draft.roundId = roundId;
    if (given(row.title)) draft.title = normalizeText(row.title);
    // A round already stored must agree with the row: its level, and a title it awards.
    const stored = roundId ? known.rounds.get(roundId) : undefined;
    const issues: Issue[] = [];
    const level = committeeLevel(row.committee);
    if (stored && level && level !== stored.level) issues.push({ path: 'committee', message: `文号「${String(stored.docNumber ?? '')}」是${stored.level}表彰，本行表彰机关为「${String(row.committee)}」` });
    if (stored && given(draft.title) && !stored.titles.includes(draft.title as string)) issues.push({ path: 'title', message: `「${String(stored.docNumber ?? stored.year)}」这次表彰没有「${String(draft.title)}」称号（有：${stored.titles.join('、')}）` });
    if (issues.length) draft[ISSUES] = issues;
    return fillHonouree(draft, row, refs, rule);
  },
  validate: (draft) => {
    const { [ISSUES]: issues, ...rest } = draft;
    if (Array.isArray(issues) && issues.length) return { ok: false, issues: issues as Issue[] };
    if (!given(rest.roundId)) return { ok: false, issues: [{ path: 'docNumber', message: '请填写文号' }] };
    return validateHonouree(rest);
  },
  name: (r) => String(r.displayName ?? ''),
  listRoute: '/commendation',
};
