// Importing a cross-appointment name list (交叉任职名单: 姓名, 身份证号, 方向, 任职单位, 职务,
// 任职时间, 去向) through the import wizard: one 交叉任职 ledger entry per row, with its person,
// direction, post, start, end and outcome (去向), on the pairing of the 任职单位.
//
// The person is found by 身份证号 first, then by name within an organization — their own or
// the partner of one of its pairings, so the 任职单位 written in the list finds them — never
// by a name alone; one not found is offered in the 「未知名称」 step to create (a party member
// of the other side of the pairing, with the row's ID number) or to map to an existing person.
// The pairing is the 任职单位's only approved pairing, or the one with the 派出单位 (or the
// person's own organization) on its other side, or the one whose 联建编号 the row gives.
// A person who already has a 交叉任职 record is updated, not entered twice, so the list can be
// imported again after its 去向 column is filled in. The figures go through the catalog's
// validation and the pairing's active period, as the ledger form's do.
import type { ImportField } from '@shared/io/fields';
import { CROSS_APPOINTMENT_OUTCOMES, ledgerType } from '@shared/model/ledger-catalog';
import { validateFigures } from '@shared/model/ledger-validate';
import { maskIdCard } from '@shared/model/idcard';
import { normalizeHeader } from '@shared/model/normalize';
import { parseDate } from '@shared/model/parse-date';
import { activePeriodIssue } from '@shared/model/pairing-rules';
import { ok } from '@shared/model/result';
import { personSchema } from '@shared/model/schemas/person';
import { GENDERS } from '@shared/model/enums';
import type { Enterprise, LedgerEntry, Pairing, Person, Township, Village } from '@shared/model/types';
import type { AppDatabase } from '../../db/database';
import type { CreateContext, DraftRecord, ImportTarget, RefCandidate, ResolvedRef, ValidationOutcome } from '../import';
import { contentOf, given, zodOutcome } from '../import';

const TYPE = ledgerType('crossAppointment');
const DIRECTIONS = ['村→企', '企→村'] as const;

export const CROSS_APPOINTMENT_FIELDS: readonly ImportField[] = [
  { key: 'name', label: '姓名', kind: 'text', required: true, synonyms: ['党员姓名', '人员姓名', '交叉任职人员'] },
  { key: 'idNumber', label: '身份证号', kind: 'idcard', synonyms: ['身份证号码', '公民身份号码', '身份证'] },
  { key: 'gender', label: '性别', kind: 'enum', options: GENDERS },
  {
    key: 'figures.direction',
    label: '方向',
    kind: 'enum',
    options: DIRECTIONS,
    optionAliases: { '村→企': ['村到企', '村派企', '村派往企业', '村→企业', '村任企', '村到企业'], '企→村': ['企到村', '企派村', '企业派往村', '企业→村', '企任村', '企业到村'] },
    synonyms: ['任职方向', '交叉方向', '派出方向'],
    help: '可不填：任职单位是企业的为 村→企，是村的为 企→村',
  },
  { key: 'unit', label: '任职单位', kind: 'text', required: true, synonyms: ['任职企业', '任职村', '交叉任职单位', '派往单位', '挂职单位'], help: '企业或村，须为信息库中已有的' },
  { key: 'homeUnit', label: '派出单位', kind: 'text', synonyms: ['原单位', '所在单位', '所在村', '原工作单位'], help: '任职单位有几个联建时用来确定是哪一个' },
  { key: 'pairingCode', label: '联建编号', kind: 'text', synonyms: ['联建号'] },
  { key: 'figures.post', label: '职务', kind: 'text', synonyms: ['任职职务', '担任职务', '所任职务'] },
  { key: 'figures.start', label: '任职时间', kind: 'text', required: true, synonyms: ['任职开始时间', '开始时间', '任职日期', '交叉任职时间'], help: '如 2006-09 或 2006-09-15' },
  { key: 'figures.end', label: '离任时间', kind: 'text', synonyms: ['任职结束时间', '结束时间'] },
  {
    key: 'figures.outcome',
    label: '去向',
    kind: 'enum',
    options: CROSS_APPOINTMENT_OUTCOMES,
    optionAliases: {
      企业中层管理人员: ['企业中层', '中层管理人员', '企业中层干部', '成为企业中层管理人员'],
      农村经济发展带头人: ['发展农村经济带头人', '农村经济带头人', '经济带头人', '致富带头人', '回村成为发展农村经济带头人'],
      当选村党组织书记: ['当选村支书', '当选支部书记', '村党支部书记', '当选村党支部书记', '村党组织书记'],
    },
    synonyms: ['任职成效', '成效', '现状', '任职去向'],
  },
  { key: 'description', label: '备注', kind: 'text', synonyms: ['说明', '情况说明'] },
];

type Registry = { pairings: Pairing[]; persons: Person[]; enterprises: Enterprise[]; villages: Village[]; townships: Township[] };
/** What the loaders read, for the drafts (pairings of a unit, persons' organizations). */
const known: Registry = { pairings: [], persons: [], enterprises: [], villages: [], townships: [] };

async function loadRegistry(db: AppDatabase): Promise<void> {
  const live = <T,>(t: string) => db.table<T>(t).where('deleted').equals(0).toArray();
  [known.pairings, known.persons, known.enterprises, known.villages, known.townships] = await Promise.all([
    live<Pairing>('pairings'),
    live<Person>('persons'),
    live<Enterprise>('enterprises'),
    live<Village>('villages'),
    live<Township>('townships'),
  ]);
}

const orgName = (id: string | undefined): string => known.enterprises.find((e) => e.id === id)?.name ?? known.villages.find((v) => v.id === id)?.name ?? '';
const townshipName = (id: string) => known.townships.find((t) => t.id === id)?.name ?? '';
const approved = (p: Pairing) => Boolean(p.approvedDate) && p.status !== '申请';

/** 任职单位: an enterprise or a village, by its name (a village also as 「乡镇+村名」). */
async function unitCandidates(db: AppDatabase): Promise<RefCandidate[]> {
  await loadRegistry(db);
  return [
    ...known.enterprises.map((e) => ({ id: e.id, name: e.name, kind: 'enterprise', hint: `企业 · ${townshipName(e.townshipId)}` })),
    ...known.villages.flatMap((v) => {
      const t = townshipName(v.townshipId);
      return [
        { id: v.id, name: v.name, kind: 'village', scope: t, hint: `村 · ${t}` },
        { id: v.id, name: `${t}${v.name}`, kind: 'village', scope: t, hint: `村 · ${t}` },
      ];
    }),
  ];
}

/** A person under their own organization and under each partner of its pairings; found first by ID number. */
async function personCandidates(db: AppDatabase): Promise<RefCandidate[]> {
  await loadRegistry(db);
  const partners = new Map<string, Set<string>>();
  for (const p of known.pairings) {
    partners.set(p.enterpriseId, (partners.get(p.enterpriseId) ?? new Set()).add(p.villageId));
    partners.set(p.villageId, (partners.get(p.villageId) ?? new Set()).add(p.enterpriseId));
  }
  return known.persons.flatMap((p) => {
    const keys = p.idNumber ? [p.idNumber] : [];
    const hint = `${orgName(p.orgId) || '无单位'}${p.idNumber ? ` · ${maskIdCard(p.idNumber)}` : ''}`;
    const scopes = p.orgId ? [p.orgId, ...(partners.get(p.orgId) ?? [])].map(orgName) : [''];
    return scopes.map((scope) => ({ id: p.id, name: p.name, kind: 'person', scope, hint, keys }));
  });
}

type PairingPick = { ok: true; pairing: Pairing } | { ok: false; message: string; path: string };

/** The pairing a row is about (see the module comment). */
function pairingFor(row: Record<string, unknown>, unit: ResolvedRef | undefined, personOrgId?: string): PairingPick {
  if (!unit) return { ok: false, path: 'unit', message: '请填写任职单位' };
  const side = unit.kind === 'village' ? 'villageId' : 'enterpriseId';
  const other = side === 'villageId' ? 'enterpriseId' : 'villageId';
  const mine = known.pairings.filter((p) => p[side] === unit.id && approved(p)).sort((a, b) => a.code.localeCompare(b.code));
  const code = typeof row.pairingCode === 'string' ? normalizeHeader(row.pairingCode) : '';
  if (code) {
    const p = known.pairings.find((x) => normalizeHeader(x.code) === code);
    if (!p) return { ok: false, path: 'pairingCode', message: `联建编号「${String(row.pairingCode)}」不存在` };
    if (p[side] !== unit.id) return { ok: false, path: 'pairingCode', message: `联建「${p.code}」不是「${orgName(unit.id)}」的联建` };
    return { ok: true, pairing: p };
  }
  if (mine.length === 0) return { ok: false, path: 'unit', message: `「${orgName(unit.id)}」没有已批准的联建，不能登记交叉任职` };
  let found = mine;
  const home = typeof row.homeUnit === 'string' ? normalizeHeader(row.homeUnit) : '';
  if (home) {
    found = mine.filter((p) => {
      const id = p[other];
      const village = known.villages.find((v) => v.id === id);
      return [orgName(id), village ? `${townshipName(village.townshipId)}${village.name}` : ''].some((n) => n && normalizeHeader(n) === home);
    });
    if (found.length === 0) return { ok: false, path: 'homeUnit', message: `「${orgName(unit.id)}」与「${String(row.homeUnit)}」没有已批准的联建` };
  } else if (mine.length > 1 && personOrgId) {
    const own = mine.filter((p) => p[other] === personOrgId);
    if (own.length) found = own;
  }
  if (found.length > 1) {
    const names = found.map((p) => orgName(p[other])).join('、');
    return { ok: false, path: 'unit', message: `「${orgName(unit.id)}」有${found.length}个联建（${names}），请填写「派出单位」或「联建编号」` };
  }
  return { ok: true, pairing: found[0] };
}

const INVALID = '__invalid';

/** A new person: a party member of the other side of the pairing, with the row's ID number. */
function newPerson(name: string, _index: number, _existing: readonly RefCandidate[], { row, refs }: CreateContext): DraftRecord {
  const pick = pairingFor(row, refs.unit);
  if (!pick.ok) return { name, orgKind: 'none', [INVALID]: `无法确定其所在单位：${pick.message}` };
  const villageSide = refs.unit?.kind !== 'village';
  const draft: DraftRecord = {
    name,
    politicalStatus: '中共党员',
    orgKind: villageSide ? 'village' : 'enterprise',
    orgId: villageSide ? pick.pairing.villageId : pick.pairing.enterpriseId,
  };
  if (given(row.idNumber)) draft.idNumber = row.idNumber;
  if (given(row.gender)) draft.gender = row.gender;
  return draft;
}

const checkPerson = zodOutcome(personSchema);
function validatePerson(draft: DraftRecord): ValidationOutcome {
  const { [INVALID]: invalid, ...rest } = draft;
  return typeof invalid === 'string' ? { ok: false, issues: [{ path: 'name', message: invalid }] } : checkPerson(rest);
}

function readDate(raw: unknown, label: string): { iso: string; precision: 'day' | 'month' } | string | null {
  const text = typeof raw === 'string' ? raw.trim() : '';
  if (!text) return null;
  const parsed = parseDate(/^\d{5}(\.\d+)?$/.test(text) ? Number(text) : text);
  if (!parsed.ok) return `「${label}」${parsed.error}`;
  if (!parsed.value) return null;
  if (parsed.value.precision === 'year') return `「${label}」应填写到月份或日，如 2006-09 或 2006-09-15`;
  return { iso: parsed.value.iso, precision: parsed.value.precision };
}

type Issue = { path: string; message: string };
const ISSUES = '__issues';

function toDraft(row: Record<string, unknown>, refs: Record<string, ResolvedRef | undefined>, existing: DraftRecord | undefined): DraftRecord {
  const issues: Issue[] = [];
  const personId = refs.name?.id;
  const stored = existing as (DraftRecord & Partial<LedgerEntry>) | undefined;
  const personOrg = known.persons.find((p) => p.id === personId)?.orgId;
  const pick = pairingFor(row, refs.unit, personOrg);
  if (!pick.ok) issues.push({ path: pick.path, message: pick.message });
  const pairing = pick.ok ? pick.pairing : undefined;

  const inferred = refs.unit?.kind === 'village' ? '企→村' : '村→企';
  const direction = typeof row['figures.direction'] === 'string' && row['figures.direction'] ? row['figures.direction'] : inferred;
  if (refs.unit && direction !== inferred) issues.push({ path: 'figures.direction', message: `方向为「${direction}」时任职单位应为${direction === '村→企' ? '企业' : '村'}，「${orgName(refs.unit.id)}」是${refs.unit.kind === 'village' ? '村' : '企业'}` });

  const start = readDate(row['figures.start'], '任职时间');
  const end = readDate(row['figures.end'], '离任时间');
  for (const [d, path] of [[start, 'figures.start'], [end, 'figures.end']] as const) if (typeof d === 'string') issues.push({ path, message: d });
  const startDate = start && typeof start === 'object' ? start : undefined;
  const endDate = end && typeof end === 'object' ? end : undefined;
  if (startDate && endDate && endDate.iso < startDate.iso) issues.push({ path: 'figures.end', message: '离任时间不能早于任职时间' });
  if (pairing && startDate) {
    const outside = activePeriodIssue(pairing, startDate.iso, startDate.precision);
    if (outside) issues.push({ path: 'figures.start', message: outside.replace('台账日期', '任职时间') });
  }

  const before = (stored?.figures ?? {}) as Record<string, unknown>;
  const raw: Record<string, unknown> = {
    person: personId,
    direction,
    post: given(row['figures.post']) ? row['figures.post'] : before.post,
    start: startDate?.iso ?? before.start,
    end: endDate?.iso ?? before.end,
    outcome: given(row['figures.outcome']) ? row['figures.outcome'] : before.outcome,
  };
  const { figures, errors } = validateFigures(TYPE, raw, { person: (id) => ok(id) });
  for (const e of errors) issues.push({ path: e.field === 'person' ? 'name' : e.field ? `figures.${e.field}` : 'name', message: e.message });

  const date = startDate?.iso ?? String(stored?.date ?? '');
  const draft: DraftRecord = {
    ...(stored ? contentOf(stored) : { attachmentIds: [] }),
    pairingId: pairing?.id,
    townshipId: pairing?.responsibleTownshipId,
    type: TYPE.key,
    date,
    precision: startDate?.precision ?? stored?.precision ?? 'day',
    year: Number(date.slice(0, 4)),
    figures,
    personIds: personId ? [personId] : [],
  };
  if (given(row.description)) draft.description = String(row.description).slice(0, 1000);
  if (issues.length) draft[ISSUES] = issues;
  return draft;
}

function validate(draft: DraftRecord): ValidationOutcome {
  const { [ISSUES]: issues, ...record } = draft;
  if (Array.isArray(issues) && issues.length) return { ok: false, issues: issues as Issue[] };
  if (!given(record.pairingId)) return { ok: false, issues: [{ path: 'unit', message: '无法确定所属联建' }] };
  return { ok: true, value: record };
}

export const crossAppointmentTarget: ImportTarget = {
  key: 'cross-appointments',
  kind: 'ledger',
  label: '交叉任职记录',
  title: '交叉任职名单',
  table: 'ledger',
  fields: CROSS_APPOINTMENT_FIELDS,
  references: [
    { field: 'unit', idPath: 'unitId', label: '任职单位（企业或村）', load: unitCandidates },
    {
      field: 'name',
      idPath: 'figures.person',
      label: '人员',
      load: personCandidates,
      scopeField: 'unit',
      strictScope: true,
      keyField: 'idNumber',
      keyLabel: (v) => `身份证号 ${maskIdCard(v)}`,
      create: { table: 'persons', draft: newPerson, validate: validatePerson },
    },
  ],
  identities: [
    {
      label: '人员（已有交叉任职记录的更新）',
      fields: ['name', 'idNumber'],
      key: (r) => {
        const person = (r.figures as Record<string, unknown> | undefined)?.person;
        return r.type === TYPE.key && typeof person === 'string' ? `xa:${person}` : null;
      },
    },
  ],
  toDraft,
  validate,
  name: (r) => known.persons.find((p) => p.id === (r.figures as Record<string, unknown> | undefined)?.person)?.name ?? '交叉任职',
  listRoute: '/ledger',
};
