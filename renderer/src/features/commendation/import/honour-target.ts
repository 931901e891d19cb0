// Importing a list of honourees into one round (表彰对象名单 from a spreadsheet) through the
// generic import wizard. Each row names a collective (名称: an enterprise's or a village's
// party organization, or a 联建点) or a person (姓名), and its 荣誉称号; the name is kept as
// the row writes it (the office's spelling goes into the documents). Names are matched to the
// registry under every spelling an office uses — 「露湖村」, 「露湖村党支部」, 「河田镇露湖村党支部」,
// the enterprise or its party organization — and a name that matches nothing is mapped in the
// wizard's 「未知名称」 step (a person may also be created there; an organization may not,
// because a name alone does not make a village or an enterprise). Every row passes the honour
// rule of the form (shared/model/honour-rules.ts): the title goes to its kind of honouree, and
// a collective honour only to an enterprise or village with a party organization.
import type { ImportField } from '@shared/io/fields';
import { normalizeHeader, normalizeText } from '@shared/model/normalize';
import { nomineeSchema, NOMINEE_KIND_LABELS, type CommendationRoundRecord } from '@shared/model/schemas/commendation';
import { personSchema } from '@shared/model/schemas/person';
import type { NomineeKind } from '@shared/model/enums';
import { checkPartyOrg, checkTitleTarget, honourDisplayName, type HonourSubject } from '@shared/model/honour-rules';
import { DEFAULT_TITLES, type TitleEntry } from '@shared/model/dictionaries';
import { getSetting } from '../../../db/settings';
import type { AppDatabase } from '../../../db/database';
import type { RowValues } from '@shared/io/extract';
import type { DraftRecord, ImportTarget, RefCandidate, ResolvedRefs, ValidationOutcome } from '../../import';
import { contentOf, given, zodOutcome } from '../../import';

const KIND_BY_LABEL = Object.fromEntries(Object.entries(NOMINEE_KIND_LABELS).map(([k, v]) => [v, k])) as Record<string, NomineeKind>;

export const HONOUR_FIELDS: readonly ImportField[] = [
  { key: 'title', label: '荣誉称号', kind: 'text', required: true, synonyms: ['称号', '表彰称号', '授予称号'], help: '本次表彰的称号之一，如 先进基层党组织' },
  {
    key: 'kind',
    label: '类别',
    kind: 'enum',
    options: Object.values(NOMINEE_KIND_LABELS),
    optionAliases: { 企业党组织: ['企业', '非公企业党组织', '企业党支部'], 村党组织: ['村', '村党支部'], 联建点: ['联建', '村企联建点'], 个人: ['党员', '同志'] },
    synonyms: ['对象类别', '类型'],
    help: '可不填：按名称在信息库中的记录判断',
  },
  { key: 'orgName', label: '名称', kind: 'text', synonyms: ['单位名称', '党组织名称', '集体名称', '先进集体', '联建点名称'], help: '集体的名称，按文件中的写法，如 河田镇露湖村党支部' },
  { key: 'township', label: '所在乡镇', kind: 'text', synonyms: ['乡镇', '所属乡镇'], help: '同名的村在多个乡镇时用来区分' },
  { key: 'personName', label: '姓名', kind: 'text', synonyms: ['个人姓名', '先进个人'], help: '个人的姓名（集体不填）' },
  { key: 'unit', label: '所在单位', kind: 'text', synonyms: ['工作单位', '单位'], help: '同名的人员用来区分' },
  { key: 'deed', label: '事迹简介', kind: 'text', synonyms: ['主要事迹', '事迹', '推荐理由'] },
];

/** One candidate per record and spelling (a spelling shared by two records stays ambiguous). */
function dedupe(candidates: RefCandidate[]): RefCandidate[] {
  const seen = new Set<string>();
  return candidates.filter((c) => {
    const key = `${normalizeHeader(c.name)}|${c.id}`;
    if (!c.name || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** What the loaders read for the honour rule, kept for toDraft (loaders run before any row is drafted). */
export type HonourRuleData = { subjects: Map<string, HonourSubject>; titles: readonly TitleEntry[] };

export const newHonourRuleData = (): HonourRuleData => ({ subjects: new Map(), titles: DEFAULT_TITLES });

export async function collectives(db: AppDatabase, rule: HonourRuleData): Promise<RefCandidate[]> {
  const [townships, enterprises, villages, pairings] = await Promise.all([
    db.townships.toArray(),
    db.enterprises.where('deleted').equals(0).toArray(),
    db.villages.where('deleted').equals(0).toArray(),
    db.pairings.where('deleted').equals(0).toArray(),
  ]);
  const township = new Map(townships.map((t) => [t.id, t.name]));
  const enterpriseName = new Map(enterprises.map((e) => [e.id, e.name]));
  const village = new Map(villages.map((v) => [v.id, v]));
  const out: RefCandidate[] = [];
  rule.titles = await getSetting(db, 'commendationTitles');
  rule.subjects.clear();
  for (const e of enterprises) rule.subjects.set(e.id, { kind: 'enterprise', name: e.name, partyOrg: e.partyOrg });
  for (const v of villages) rule.subjects.set(v.id, { kind: 'village', name: v.name, townshipName: township.get(v.townshipId), partyOrg: v.partyOrg ?? {} });
  for (const e of enterprises) {
    const scope = township.get(e.townshipId);
    for (const name of [e.name, e.partyOrg.name ?? '', e.partyOrg.type !== '未建立' ? `${e.name}${e.partyOrg.type}` : ''])
      out.push({ id: e.id, name, kind: 'enterprise', scope, hint: `企业 · ${scope ?? ''}` });
  }
  for (const v of villages) {
    const scope = township.get(v.townshipId) ?? '';
    const type = v.partyOrg.type ?? '党支部';
    for (const name of [v.name, v.partyOrg.name ?? '', `${v.name}${type}`, `${scope}${v.name}`, `${scope}${v.name}${type}`, `${scope}${v.partyOrg.name ?? ''}`])
      out.push({ id: v.id, name, kind: 'village', scope, hint: `村 · ${scope}` });
  }
  for (const p of pairings) {
    const v = village.get(p.villageId);
    const e = enterpriseName.get(p.enterpriseId) ?? '';
    const scope = township.get(p.responsibleTownshipId);
    for (const name of [p.code, v ? `${e}—${v.name}` : '', v ? `${e}—${township.get(v.townshipId) ?? ''}${v.name}` : ''])
      out.push({ id: p.id, name, kind: 'pairing', scope, hint: `联建 ${p.code}` });
  }
  return dedupe(out);
}

export async function honourPersons(db: AppDatabase): Promise<RefCandidate[]> {
  const [list, enterprises, villages] = await Promise.all([
    db.persons.where('deleted').equals(0).toArray(),
    db.enterprises.where('deleted').equals(0).toArray(),
    db.villages.where('deleted').equals(0).toArray(),
  ]);
  const org = new Map<string, string>([...enterprises.map((e) => [e.id, e.name] as const), ...villages.map((v) => [v.id, v.name] as const)]);
  return list.map((p) => {
    const unit = p.orgId ? org.get(p.orgId) : undefined;
    return { id: p.id, name: p.name, kind: 'person', scope: unit, hint: `${unit ?? '无单位'}${p.post ? ` · ${p.post}` : ''}` };
  });
}

const checkPerson = zodOutcome(personSchema);
const checkNominee = zodOutcome(nomineeSchema);

/** The honour rule over a drafted row: which column is wrong and why. */
function honourRefusal(draft: DraftRecord, rule: HonourRuleData): { path: string; message: string } | undefined {
  if (typeof draft.title !== 'string' || typeof draft.refId !== 'string') return undefined;
  const kind = draft.kind as NomineeKind;
  const name = String(draft.displayName ?? '');
  const target = checkTitleTarget(draft.title, { kind, name }, rule.titles);
  if (!target.ok) return { path: 'title', message: target.error };
  const subject = rule.subjects.get(draft.refId);
  const org = subject && subject.kind === kind ? checkPartyOrg(draft.title, subject) : undefined;
  return org && !org.ok ? { path: 'orgName', message: org.error } : undefined;
}

/** The honouree a row names (集体 by 名称, 个人 by 姓名), as the list writes it, checked by the honour rule. */
export function fillHonouree(draft: DraftRecord, row: RowValues, refs: ResolvedRefs, rule: HonourRuleData): DraftRecord {
  // A person created in the wizard comes back without a kind: 姓名 always names a person.
  const ref = refs.orgName ?? (refs.personName && { ...refs.personName, kind: 'person' });
  const written = normalizeText(row.orgName ?? row.personName ?? '');
  if (ref) {
    draft.refId = ref.id;
    draft.kind = ref.kind;
  }
  if (written) draft.displayName = written;
  // A row naming the unit (「某某公司」, 「竹排村」) honours its party organization: print that organization's name.
  const subject = ref && (ref.kind === 'enterprise' || ref.kind === 'village') ? rule.subjects.get(ref.id) : undefined;
  if (subject && written && !/(党委|党总支|党支部|党组织)$/.test(written)) {
    draft.displayName = honourDisplayName(subject);
    draft.writtenName = written;
  }
  if (given(row.deed)) draft.deed = row.deed;
  if (given(row.kind)) draft.declaredKind = row.kind;
  if (given(row.orgName) && given(row.personName)) draft.bothNames = true;
  const refusal = honourRefusal(draft, rule);
  if (refusal) draft.refusal = refusal;
  return draft;
}

export function validateHonouree(draft: DraftRecord): ValidationOutcome {
  const { declaredKind, bothNames, refusal, writtenName, ...rest } = draft as DraftRecord & { declaredKind?: string; bothNames?: boolean; refusal?: { path: string; message: string }; writtenName?: string };
  if (bothNames) return { ok: false, issues: [{ path: 'personName', message: '一行只填一个对象：集体填「名称」，个人填「姓名」' }] };
  if (!given(rest.refId)) return { ok: false, issues: [{ path: 'orgName', message: '请填写名称（集体）或姓名（个人）' }] };
  if (declaredKind && KIND_BY_LABEL[declaredKind] !== rest.kind) {
    const actual = NOMINEE_KIND_LABELS[rest.kind as NomineeKind];
    return { ok: false, issues: [{ path: 'kind', message: `类别填的是「${declaredKind}」，但「${String(writtenName ?? rest.displayName)}」在信息库中是${actual}` }] };
  }
  if (refusal) return { ok: false, issues: [refusal] };
  return checkNominee(rest);
}

/** The import target of one round; the wizard is offered only while the round is 推荐. */
export function honourTarget(round: CommendationRoundRecord): ImportTarget {
  const rule = newHonourRuleData();
  return {
    key: 'honours',
    kind: 'honours',
    label: '表彰对象',
    title: '表彰对象名单',
    table: 'nominees',
    fields: HONOUR_FIELDS,
    references: [
      { field: 'title', idPath: 'title', label: '荣誉称号', load: async () => round.titles.map((t) => ({ id: t, name: t, hint: '本次表彰的称号' })) },
      { field: 'orgName', idPath: 'refId', label: '集体（企业党组织、村党组织或联建点）', load: (db) => collectives(db, rule), scopeField: 'township' },
      {
        field: 'personName',
        idPath: 'refId',
        label: '人员',
        load: honourPersons,
        scopeField: 'unit',
        create: { table: 'persons', draft: (name) => ({ name, orgKind: 'none' }), validate: checkPerson },
      },
    ],
    identities: [
      {
        label: '称号和对象',
        key: (r) => (r.roundId === round.id && given(r.title) && given(r.refId) ? `${String(r.title)}|${String(r.kind)}|${String(r.refId)}` : null),
        fields: ['orgName', 'personName', 'title'],
      },
    ],
    toDraft: (row, refs, existing) => {
      const draft: DraftRecord = existing ? contentOf(existing) : { roundId: round.id, source: '导入' };
      draft.title = refs.title?.id ?? draft.title;
      return fillHonouree(draft, row, refs, rule);
    },
    validate: validateHonouree,
    name: (r) => String(r.displayName ?? ''),
    listRoute: `/commendation/${round.id}`,
  };
}
